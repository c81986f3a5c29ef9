import { isScenario } from '../embed/constants';

/**
 * A widget's scenario in the URL: `?<widget-id>=<version>.<payload>`. Decoding never throws:
 * anything missing, from another version, malformed or hostile gives `null`, and the caller
 * falls back to the default state. What a scenario may be (its length and characters) is one
 * rule with the embed loader and codes: `isScenario` in src/embed/constants.ts.
 */
export interface StateCodec<State> {
  /** Bumped whenever the payload format changes; old links then fall back to defaults. */
  readonly version: number;
  encodePayload(state: State): string;
  /** Returns null for anything it does not fully understand. */
  decodePayload(payload: string): State | null;
}

export function encodeState<State>(codec: StateCodec<State>, state: State): string {
  return `${codec.version}.${codec.encodePayload(state)}`;
}

export function decodeState<State>(codec: StateCodec<State>, value: string | null | undefined): State | null {
  if (!isScenario(value)) return null;
  const dot = value.indexOf('.');
  if (dot < 1 || value.slice(0, dot) !== String(codec.version)) return null;
  try {
    return codec.decodePayload(value.slice(dot + 1));
  } catch {
    return null;
  }
}

/** Reads a widget's state from a query string, warning (not failing) on a value it rejects. */
export function stateFromSearch<State>(codec: StateCodec<State>, widgetId: string, search: string): State | null {
  const raw = new URLSearchParams(search).get(widgetId);
  if (raw === null) return null;
  const state = decodeState(codec, raw);
  if (state === null) console.warn(`Scored: ignored the unreadable "${widgetId}" scenario in the URL.`);
  return state;
}

export function searchWithState<State>(codec: StateCodec<State>, widgetId: string, search: string, state: State): string {
  const params = new URLSearchParams(search);
  params.set(widgetId, encodeState(codec, state));
  return `?${params}`;
}

/** Per widget, the pending write of its latest state to the URL. */
const pendingWrites = new Map<string, ReturnType<typeof setTimeout>>();

/**
 * Writes a widget's state into the page URL, so a copied link reopens the same scenario. The
 * write waits until the changes pause (150 ms: a held key or a drag counts as one change):
 * Chromium reloads the page's icon on every URL change, work that would otherwise compete with
 * the frames answering the reader's key presses.
 */
export function keepStateInUrl<State>(codec: StateCodec<State>, widgetId: string, state: State): void {
  clearTimeout(pendingWrites.get(widgetId));
  const write = () => {
    try {
      history.replaceState(history.state, '', `${location.pathname}${searchWithState(codec, widgetId, location.search, state)}${location.hash}`);
    } catch {
      // Some sandboxes forbid history changes; the scenario then just is not kept in the URL.
    }
  };
  pendingWrites.set(widgetId, setTimeout(write, 150));
}
