import type { Component } from 'svelte';
import type { ScoringSystem } from '../model/system';

/**
 * What the shared tests need to drive a widget without knowing it: each widget folder's
 * fixture.ts exports one. Controls are found by their stable data attributes and states come
 * from the model, so nothing here repeats a sentence, a label or a number the widget shows;
 * the exact copy is asserted in the model and component tests.
 */
export interface FixtureAction<State> {
  /** CSS selector of the control, inside the widget, by a stable data attribute. */
  readonly control: string;
  /** What a keyboard user presses once the control has focus, in order. */
  readonly keys: readonly string[];
  /** The state the widget is in afterwards, built with the model's own functions. */
  readonly after: State;
}

export interface WidgetFixture<State> {
  /** The widget's main component, for rendering it as the server does (loaded only by the SSR tests). */
  readonly component: () => Promise<{ default: Component<never> }>;
  /** The system its score is on, so a test can check each consequence row against the model. */
  readonly system: ScoringSystem;
  /** The score a state gives (null: not scored), as the model computes it. */
  score(state: State): number | null;
  /**
   * The reader's first move from the default state, on a button, so a key press, a click and a
   * tap all do it. It must change the score and flip at least one consequence.
   */
  readonly primary: FixtureAction<State>;
  /** Further keyboard steps, in order, each from the state the one before left. */
  readonly keyboard: readonly FixtureAction<State>[];
  /**
   * A change that makes the widget at least 10 px taller or shorter, for the embed tests.
   * `native`: it works before hydration too (a <details> summary), so even a frame whose
   * scripts cannot load can be checked with it.
   */
  readonly grow: { readonly control: string; readonly clicks: number; readonly native: boolean };
}

export function defineFixture<State>(fixture: WidgetFixture<State>): WidgetFixture<State> {
  return fixture;
}
