/**
 * A graphic element's look in each scrolly state: SVG attributes plus optional text. Graphics
 * write these on the server (JSON in data-states); the client applies them as steps change.
 * "*" is the fallback for states an element does not list.
 */
export type StateAttributes = Record<string, string | number> & { text?: string };
export type ElementStates = Record<string, StateAttributes>;

export function statesAttribute(states: ElementStates): string {
  return JSON.stringify(states);
}

export function attributesFor(states: ElementStates, state: string): StateAttributes | undefined {
  return states[state] ?? states['*'];
}
