/**
 * A graphic element's look in each scrolly state, written on the server (JSON in data-states)
 * and applied by the client as steps change: on an SVG element, attributes; on an HTML element,
 * CSS properties (set from script, which the page's CSP allows where it forbids style
 * attributes); plus optional text. "*" is the fallback for states an element does not list, and
 * is the graphic's complete final state, which the server draws and print and readers without
 * JavaScript see.
 */
export type StateAttributes = Record<string, string | number> & { text?: string };
export type ElementStates = Record<string, StateAttributes>;

export function statesAttribute(states: ElementStates): string {
  return JSON.stringify(states);
}

export function attributesFor(states: ElementStates, state: string): StateAttributes | undefined {
  return states[state] ?? states['*'];
}

/** What `look` is asked for: a step, or "*", the complete final state with no step being read. */
export type Look<Step extends string> = Step | '*';

/** What every graphic is given by <Scrolly>: the id of its data table and summary, for aria-details. */
export interface GraphicProps {
  dataId?: string;
}

/** Whether a look is at or after step `first`: what a story has told so far (all of it in the final state). */
export function reached<Step extends string>(steps: readonly Step[], first: Step, state: Look<Step>): boolean {
  return state === '*' || steps.indexOf(state) >= steps.indexOf(first);
}

/** An element's look at every step and in the final state, from one function. */
export function perStep<Step extends string>(steps: readonly Step[], look: (state: Look<Step>) => StateAttributes): ElementStates {
  return { ...Object.fromEntries(steps.map((step) => [step, look(step)])), '*': look('*') };
}

/**
 * The states to write on an SVG element and the attributes to draw it with (its final state,
 * text aside): `<rect {...drawn(states)} />` spreads both.
 */
export function drawn(states: ElementStates): Record<string, string | number> {
  const { text: _text, ...attributes } = states['*'] ?? {};
  return { ...attributes, 'data-states': statesAttribute(states) };
}
