import { dictionary, fill } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { EmbedWidget } from '../embed/codes';
import type { WidgetRegistration } from './registration';

export interface WidgetText {
  readonly title: string;
  /** One sentence for embed metadata and link previews. */
  readonly description: string;
}

/** A widget's title and description in a locale, from `site.widgets['<id>']` in the dictionary. */
export function widgetText(locale: Locale, id: string): WidgetText {
  const all: Readonly<Record<string, WidgetText>> = dictionary(locale).site.widgets;
  const text = Object.hasOwn(all, id) ? all[id] : undefined;
  if (!text) throw new Error(`src/i18n/${locale}/site.ts: no title and description for widget "${id}" in site.widgets`);
  return text;
}

/** What the embed codes need of a widget, in a locale: its id, height and the words of its frame. */
export function embedWidget(widget: Pick<WidgetRegistration<never>, 'id' | 'embedHeight'>, locale: Locale): EmbedWidget {
  const { site } = dictionary(locale);
  const { title } = widgetText(locale, widget.id);
  return { id: widget.id, embedHeight: widget.embedHeight, title, frameTitle: fill(site.embed.frameTitle, { title, site: site.name }) };
}
