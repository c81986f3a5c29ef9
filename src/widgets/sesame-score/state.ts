import type { StateCodec } from '../url-state';
import type { WidgetIdentity } from '../registration';
import type { WidgetWords } from '../shared/words';
import type { Dictionary } from '../../i18n';
import type { SesameCopy } from '../../model/copy';
import { defaultSesameState, dimensions, LEVEL_MAX, LEVEL_MIN, type SesameState } from '../../model/sesame';

/** Payload: the five standings in the model's dimension order, joined by "-", e.g. "40-40-40-40-40". */
const sesameCodec: StateCodec<SesameState> = {
  version: 1,
  encodePayload: (state) => dimensions.map((d) => state.levels[d.id]).join('-'),
  decodePayload(payload) {
    const parts = payload.split('-');
    if (parts.length !== dimensions.length || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
    const values = parts.map(Number);
    if (values.some((v) => v < LEVEL_MIN || v > LEVEL_MAX)) return null;
    return { levels: Object.fromEntries(dimensions.map((d, i) => [d.id, values[i]])) as SesameState['levels'] };
  },
};

/**
 * What the component itself needs of the registration. Kept apart from widget.ts so the browser
 * bundle carries neither the registration's text nor its source list.
 */
export const sesameIdentity: WidgetIdentity<SesameState> = { id: 'sesame-score', codec: sesameCodec, defaultState: defaultSesameState };

/** What the widget says, in one locale: see ../words.ts. */
export type SesameWords = WidgetWords<SesameCopy, Dictionary['widgets']['sesame-score']>;
