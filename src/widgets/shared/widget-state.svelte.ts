import { ChangeAnnouncer } from './announcer.svelte';
import { keepStateInUrl, stateFromSearch } from '../url-state';
import type { WidgetIdentity } from '../registration';

export interface WidgetStateOptions<State, Action> {
  /** Its id (also its key in the page URL), codec and default state, from its state.ts. */
  readonly widget: WidgetIdentity<State>;
  /** From the widget's props: false keeps the URL alone, for reading and for writing. */
  readonly syncUrl: boolean | undefined;
  /** The model's sentence for a settled burst of changes: from one state to another, and why. */
  describe(from: State, to: State, actions: readonly Action[]): string;
  /** The ids of the rows a change flipped (consequences switched on or off). */
  flipped(from: State, to: State): Set<string>;
}

/**
 * The one state helper every widget uses: the current state, one polite announcement per
 * settled change, the rows a change flipped (to flash them, again on a second flip) and the
 * scenario kept in the page URL. Honouring `syncUrl` here, once, is what keeps widgets from
 * drifting apart on it.
 */
export class WidgetState<State, Action = never> {
  current: State = $state.raw() as State;
  /** Rows whose status the last change flipped. */
  flipped = $state(new Set<string>());
  /** Alternates with each change, so a row that flips twice in a row flashes twice. */
  flashPhase = $state(0);
  readonly announcer: ChangeAnnouncer<State>;
  #actions: Action[] = [];

  constructor(private readonly options: WidgetStateOptions<State, Action>) {
    this.current = options.widget.defaultState;
    this.announcer = new ChangeAnnouncer<State>((from) => {
      const actions = this.#actions;
      this.#actions = [];
      return options.describe(from, this.current, actions);
    });
  }

  /** `settleMs`: how long changes may keep coming (a drag, a held key) before one announcement. */
  set(next: State, action?: Action, settleMs = 50): void {
    const before = this.current;
    this.current = next;
    this.flipped = this.options.flipped(before, next);
    this.flashPhase = 1 - this.flashPhase;
    if (action !== undefined) this.#actions.push(action);
    this.announcer.changed(before, settleMs);
    if (this.options.syncUrl !== false) keepStateInUrl(this.options.widget.codec, this.options.widget.id, next);
  }

  /** Call from onMount: opens the scenario in the URL, and returns the clean-up. */
  mount(): () => void {
    if (this.options.syncUrl !== false) {
      const fromUrl = stateFromSearch(this.options.widget.codec, this.options.widget.id, location.search);
      if (fromUrl) this.current = fromUrl;
    }
    return () => this.announcer.dispose();
  }
}
