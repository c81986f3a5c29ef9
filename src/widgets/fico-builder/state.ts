import type { StateCodec } from '../url-state';
import type { WidgetIdentity } from '../registration';
import type { WidgetWords } from '../shared/words';
import type { Dictionary } from '../../i18n';
import { categoryIds, defaultFicoState, STANDING_MAX, STANDING_MIN, type FicoBuilderCopy, type FicoData, type FicoState, type FicoSystemCopy } from '../../model/fico';

/** Payload: the five standings in the model's category order, joined by "-", e.g. "50-50-50-50-50". */
const ficoCodec: StateCodec<FicoState> = {
  version: 1,
  encodePayload: (state) => categoryIds.map((id) => state.standings[id]).join('-'),
  decodePayload(payload) {
    const parts = payload.split('-');
    if (parts.length !== categoryIds.length || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
    const values = parts.map(Number);
    if (values.some((v) => v < STANDING_MIN || v > STANDING_MAX)) return null;
    return { standings: Object.fromEntries(categoryIds.map((id, i) => [id, values[i]])) as FicoState['standings'] };
  },
};

/**
 * What the component itself needs of the registration. Kept apart from widget.ts so the browser
 * bundle carries neither the registration's text nor its source list.
 */
export const ficoIdentity: WidgetIdentity<FicoState> = { id: 'fico-builder', codec: ficoCodec, defaultState: defaultFicoState };

/** What the widget says, in one locale, and FICO's data as plain data: see words.ts. */
export type FicoWords = WidgetWords<FicoSystemCopy, Dictionary['widgets']['fico-builder']> & {
  readonly fico: FicoBuilderCopy;
  readonly data: FicoData;
};
