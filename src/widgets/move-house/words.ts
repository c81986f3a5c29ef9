import { scaleQuantize } from 'd3-scale';
import { dictionary } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { modelCopy } from '../../model/copy';
import * as schufa from '../../model/schufa';
import { lossAt, moveHouseData, moveHouseNoteKeys, neighbourhoods, type NeighbourhoodId } from '../../model/move-house';
import { drawingsOf } from '../shared/icons';
import type { MoveHouseWords } from './state';

/**
 * On the server: everything the widget says in one locale, and the map's shading: d3 sorts each
 * neighbourhood's address loss (0 up to the "up to half" cap) into four shades, so the island
 * carries no d3. The shade is never the only signal: each tile states its score in words.
 */
export function moveHouseWords(locale: Locale): MoveHouseWords {
  const data = moveHouseData(schufa);
  const copy = modelCopy(locale);
  const { widgets } = dictionary(locale);
  const notes: Readonly<Record<string, string>> = { ...copy.schufa.notes, ...copy.moveHouse.system.notes };
  const shade = scaleQuantize<number>().domain([0, data.maxLoss]).range([0, 1, 2, 3]);
  return {
    locale,
    common: copy.common,
    copy: { ...copy.moveHouse.system, notes: Object.fromEntries([...moveHouseNoteKeys(data)].map((key) => [key, notes[key] ?? ''])) },
    house: copy.moveHouse,
    data,
    shades: Object.fromEntries(neighbourhoods.map((n) => [n.id, shade(lossAt(data, n.id))])) as Record<NeighbourhoodId, number>,
    ui: widgets['move-house'],
    kit: widgets.kit,
    icons: drawingsOf(data.system.consequences.map((c) => c.icon)),
  };
}
