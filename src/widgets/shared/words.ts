import { getContext, setContext } from 'svelte';
import { formatterFor, type Formatter } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { Dictionary } from '../../i18n';
import type { CommonCopy } from '../../model/copy';
import type { SystemCopy, Voice } from '../../model/system';
import type { SourceLinks } from './sources';
import type { IconDrawings } from './icons';

/**
 * Everything a widget says, for one locale, resolved on the server and handed to the island as
 * plain data: the model copy of its scoring system, the shared templates, its own UI strings
 * and the kit's; and the drawings of the icons it shows, so its bundle holds no path data.
 * Nothing in a widget's code is in a language, so a new locale (or the pseudo-locale) needs no
 * change to any component.
 */
export interface WidgetWords<Copy extends SystemCopy & { notes: Readonly<Record<string, string>> }, Ui> {
  readonly locale: Locale;
  readonly common: CommonCopy;
  readonly copy: Copy;
  readonly ui: Ui;
  readonly kit: Dictionary['widgets']['kit'];
  readonly icons: IconDrawings;
}

/** What every widget component takes, from <Widget id>, the embed page and the tests. */
export interface WidgetProps<Words> {
  /** Bibliography links for every id the widget shows. */
  sources: SourceLinks;
  words: Words;
  /**
   * Keep the scenario in the page URL so a copied link reopens it; on unless false. Read as
   * `syncUrl !== false` rather than given a destructuring default: a default makes every page
   * ship Svelte's prop() helper, about 0.4 KB gzipped.
   */
  syncUrl?: boolean;
}

/** What the kit's parts need from the widget around them. */
export interface KitContext {
  readonly sources: SourceLinks;
  readonly notes: Readonly<Record<string, string>>;
  readonly common: CommonCopy;
  readonly kit: Dictionary['widgets']['kit'];
  readonly format: Formatter;
  readonly icons: IconDrawings;
}

const KEY = Symbol('scored-widget');

/** Called once by a widget's root component; returns the voice its model sentences need. */
export function provideWords<Copy extends SystemCopy & { notes: Readonly<Record<string, string>> }>(
  words: WidgetWords<Copy, unknown>,
  sources: SourceLinks,
): Voice<Copy> {
  const format = formatterFor(words.locale);
  setContext<KitContext>(KEY, { sources, notes: words.copy.notes, common: words.common, kit: words.kit, format, icons: words.icons });
  return { copy: words.copy, common: words.common, format };
}

export const kitContext = (): KitContext => getContext<KitContext>(KEY);
