import { dictionary, type Dictionary } from '../i18n';
import type { Locale } from '../i18n/locales';
import { modelCopy, type ModelCopy, type SystemCopyKey } from '../model/copy';
import type { WidgetWords } from './shared/words';
import { drawingsOf } from './shared/icons';
import type { ScoringSystem } from '../model/system';
import { sesame } from '../model/sesame';
import { rongcheng } from '../model/rongcheng';
import { claimTally } from '../model/claims';
import { classroomProgress } from '../model/classroom';

export type SystemKey = SystemCopyKey;
export type WidgetKey = Exclude<keyof Dictionary['widgets'], 'kit'>;

/** Each system whose copy a widget can speak, by its key in the model copy. */
const systems: Readonly<Record<SystemKey, ScoringSystem>> = { sesame, rongcheng, claims: claimTally, classroom: classroomProgress };

/**
 * On the server: everything a widget says in one locale, gathered from the model copy of its
 * scoring system and the dictionary, to hand to its island as plain data; with it, the drawings
 * of the icons its system's consequences show, and no others.
 */
export function widgetWords<S extends SystemKey, W extends WidgetKey>(locale: Locale, system: S, widget: W): WidgetWords<ModelCopy[S], Dictionary['widgets'][W]> {
  const copy = modelCopy(locale);
  const words = dictionary(locale).widgets;
  return { locale, common: copy.common, copy: copy[system], ui: words[widget], kit: words.kit, icons: drawingsOf(systems[system].consequences.map((c) => c.icon)) };
}
