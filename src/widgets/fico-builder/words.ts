import { dictionary } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { modelCopy } from '../../model/copy';
import { ficoData, ficoNoteKeys } from './data';
import { drawingsOf } from '../shared/icons';
import type { FicoWords } from './state';

/**
 * On the server: everything the widget says in one locale, with the notes of every piece of
 * evidence it shows (FICO's sourcing notes are in Schufa's copy), the drawings its consequences
 * use, and FICO's data, so the island carries none of the Schufa model.
 */
export function ficoWords(locale: Locale): FicoWords {
  const copy = modelCopy(locale);
  const { widgets } = dictionary(locale);
  const { system, ...fico } = copy.fico;
  const notes: Readonly<Record<string, string>> = { ...copy.schufa.notes, ...system.notes };
  return {
    locale,
    common: copy.common,
    copy: { ...system, notes: Object.fromEntries([...ficoNoteKeys].map((key) => [key, notes[key] ?? ''])) },
    fico,
    data: ficoData,
    ui: widgets['fico-builder'],
    kit: widgets.kit,
    icons: drawingsOf(ficoData.system.consequences.map((c) => c.icon)),
  };
}
