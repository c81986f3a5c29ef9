import { defineWidget } from '../registration';
import type { StateCodec } from '../url-state';
import { defaultSesameState, dimensions, LEVEL_MAX, LEVEL_MIN, sesameRefs, type SesameState } from '../../model/sesame';

/** Payload: the five standings in the model's dimension order, joined by "-", e.g. "40-40-40-40-40". */
export const sesameCodec: StateCodec<SesameState> = {
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

export default defineWidget<SesameState>({
  id: 'sesame-score',
  title: 'Move a Sesame Credit score',
  description: 'Change the five things Sesame Credit weighs and watch perks such as deposit-free bikes and visa fast-tracks unlock and lock.',
  chapter: 'sesame-credit',
  section: 'try-it-yourself',
  defaultState: defaultSesameState,
  codec: sesameCodec,
  embedHeight: 1500,
  refs: [...sesameRefs],
});
