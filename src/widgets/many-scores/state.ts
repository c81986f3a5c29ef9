import type { StateCodec } from '../url-state';
import type { WidgetIdentity } from '../registration';
import type { WidgetWords } from '../shared/words';
import type { Dictionary } from '../../i18n';
import type { ManyScoresCopy } from '../../model/copy';
import type { SystemCopy } from '../../model/system';
import { actionCodes, actionIds, actionOfCode, defaultManyScoresState, type ActionId, type ManyScoresData, type ManyScoresState } from '../../model/many-scores';

/**
 * Payload: the chosen actions' two-letter codes in the model's order, joined by "-", e.g.
 * "mr-lr"; empty for none. Anything else (an unknown code, a repeat, another order) is not a
 * state this widget writes, so it opens the default.
 */
const manyScoresCodec: StateCodec<ManyScoresState> = {
  version: 1,
  encodePayload: (state) => state.actions.map((id) => actionCodes[id]).join('-'),
  decodePayload(payload) {
    if (payload === '') return defaultManyScoresState;
    const actions: ActionId[] = [];
    for (const code of payload.split('-')) {
      const action = actionOfCode(code);
      if (!action || (actions.length > 0 && actionIds.indexOf(action) <= actionIds.indexOf(actions.at(-1)!))) return null;
      actions.push(action);
    }
    return { actions };
  },
};

/**
 * What the component itself needs of the registration. Kept apart from widget.ts so the browser
 * bundle carries neither the registration's text nor its source list.
 */
export const manyScoresIdentity: WidgetIdentity<ManyScoresState> = { id: 'many-scores', codec: manyScoresCodec, defaultState: defaultManyScoresState };

/**
 * What the widget says, in one locale: Sesame's words for the readout and its perks (with the
 * evidence notes of every system shown) and the many-scores copy for the cards; and, language
 * free, the model's data, so the island carries none of the other models' code.
 */
export type ManyScoresWords = WidgetWords<SystemCopy & { readonly notes: Readonly<Record<string, string>> }, Dictionary['widgets']['many-scores']> & {
  readonly many: ManyScoresCopy;
  readonly data: ManyScoresData;
};
