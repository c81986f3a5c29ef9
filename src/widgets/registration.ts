import type { StateCodec } from './url-state';

/**
 * Everything the site needs to know about a widget, declared once in its folder's widget.ts.
 * The chapter (<Widget id>), the embed page (/embed/<id>/) and the shared tests read this.
 */
export interface WidgetRegistration<State = unknown> {
  /** Kebab-case; also the folder name, the embed URL segment and the URL-state key. */
  readonly id: string;
  readonly title: string;
  /** One sentence for embed metadata and link previews. */
  readonly description: string;
  /** Chapter slug and the id of the section heading the widget sits under. */
  readonly chapter: string;
  readonly section: string;
  readonly defaultState: State;
  readonly codec: StateCodec<State>;
  /** Height in CSS px that fits the default state at a 320 px column, for bare iframes. */
  readonly embedHeight: number;
  /** Bibliography ids the widget shows, so embed pages can list them without the chapter. */
  readonly refs: readonly string[];
}

export function defineWidget<State>(registration: WidgetRegistration<State>): WidgetRegistration<State> {
  return registration;
}
