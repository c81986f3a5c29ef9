import { dictionary } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { modelCopy } from '../../model/copy';
import { manyScoresData, manyScoresNoteKeys } from '../../model/many-scores-data';
import { sesame } from '../../model/sesame';
import { drawingsOf } from '../shared/icons';
import type { ManyScoresWords } from './state';

/**
 * On the server: everything the widget says in one locale. Sesame's words come as the kit's
 * copy (its readout and perks are the kit's ConsequenceList and ScoreReadout), trimmed to what
 * they show; the notes are those of every piece of evidence the cards can show, whichever
 * system's copy holds them; the drawings are those of Sesame's perks, the only icons it shows;
 * the model's data travels with them (see state.ts).
 */
export function manyScoresWords(locale: Locale): ManyScoresWords {
  const copy = modelCopy(locale);
  const { widgets } = dictionary(locale);
  const { name, bandNoun, bands, consequences, conflicting } = copy.sesame;
  const notes: Readonly<Record<string, string>> = { ...copy.sesame.notes, ...copy.rongcheng.notes, ...copy.manyScores.notes };
  return {
    locale,
    common: copy.common,
    copy: { name, bandNoun, bands, consequences, conflicting, notes: Object.fromEntries([...manyScoresNoteKeys].map((key) => [key, notes[key] ?? ''])) },
    many: copy.manyScores,
    data: manyScoresData,
    ui: widgets['many-scores'],
    kit: widgets.kit,
    icons: drawingsOf(sesame.consequences.map((c) => c.icon)),
  };
}
