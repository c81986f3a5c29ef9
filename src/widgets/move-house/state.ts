import type { StateCodec } from '../url-state';
import type { WidgetIdentity } from '../registration';
import type { WidgetWords } from '../shared/words';
import type { Dictionary } from '../../i18n';
import type { SystemCopy } from '../../model/system';
import { defaultMoveHouseState, neighbourhoods, ruleCodes, ruleIds, type MoveHouseCopy, type MoveHouseData, type MoveHouseState, type NeighbourhoodId } from '../../model/move-house';

/**
 * Payload: three letters, the rule's code, the home's code, then "s" (settled) or "f" (just
 * moved), e.g. "ars". Anything else is not a state this widget writes, so it opens the default.
 */
const moveHouseCodec: StateCodec<MoveHouseState> = {
  version: 1,
  encodePayload: (state) => `${ruleCodes[state.rule]}${neighbourhoods.find((n) => n.id === state.home)!.code}${state.settled ? 's' : 'f'}`,
  decodePayload(payload) {
    if (payload.length !== 3) return null;
    const rule = ruleIds.find((id) => ruleCodes[id] === payload[0]);
    const home = neighbourhoods.find((n) => n.code === payload[1]);
    const settled = payload[2] === 's' ? true : payload[2] === 'f' ? false : null;
    if (!rule || !home || settled === null) return null;
    return { rule, home: home.id, settled };
  },
};

/** What the component needs of the registration, kept apart from widget.ts (see wechat-day). */
export const moveHouseIdentity: WidgetIdentity<MoveHouseState> = { id: 'move-house', codec: moveHouseCodec, defaultState: defaultMoveHouseState };

/**
 * What the widget says, in one locale: the illustrative score's words for the kit's readout and
 * loan rows (with the notes of every piece of evidence it shows), the rules' and the city's
 * words, and, language-free, what the widget takes from the schufa model (MoveHouseData) and
 * each neighbourhood's shade on the map, both worked out on the server.
 */
export type MoveHouseWords = WidgetWords<SystemCopy & { readonly notes: Readonly<Record<string, string>> }, Dictionary['widgets']['move-house']> & {
  readonly house: MoveHouseCopy;
  readonly data: MoveHouseData;
  readonly shades: Readonly<Record<NeighbourhoodId, number>>;
};
