import type { StateCodec } from './url-state';
import type { Locale } from '../i18n/locales';

/**
 * What both the registration and the component need: the id (the URL-state key), the codec and
 * the default state. Each widget declares it once, in its state.ts, which stays small enough for
 * the browser bundle.
 */
export interface WidgetIdentity<State> {
  /** Kebab-case; also the folder name, the embed URL segment and the URL-state key. */
  readonly id: string;
  readonly defaultState: State;
  readonly codec: StateCodec<State>;
}

/**
 * Everything the site needs to know about a widget, declared once in its folder's widget.ts.
 * Chapters (<Widget id>), the embed page (/embed/<id>/) and the shared tests read this.
 */
export interface WidgetRegistration<State = unknown, Words = unknown> extends WidgetIdentity<State> {
  // Its title and one-sentence description are UI strings: they live in the dictionary, under
  // `site.widgets['<id>']`, and are read with `widgetText(locale, id)` from ./text.ts.
  // Its chapter and section are where a chapter's MDX places <Widget id>: read from there at
  // build time (placementOf in src/lib/chapters.ts), never declared here a second time.
  /** Height in CSS px that fits the default state at a 320 px column, for bare iframes. */
  readonly embedHeight: number;
  /** Bibliography ids the widget shows, so embed pages can list them without the chapter. */
  readonly refs: readonly string[];
  /** Everything the widget says in a locale, as plain data for its island (see words.ts). */
  readonly words: (locale: Locale) => Words;
}

export function defineWidget<State, Words>(registration: WidgetRegistration<State, Words>): WidgetRegistration<State, Words> {
  return registration;
}
