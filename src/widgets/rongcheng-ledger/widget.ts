import { defineWidget } from '../registration';
import type { StateCodec } from '../url-state';
import {
  defaultRongchengState,
  findLedgerItem,
  findLedgerItemByCode,
  MAX_LEDGER_ENTRIES,
  rongchengRefs,
  type RongchengState,
} from '../../model/rongcheng';

/** Payload: "c" (consented) or "n" (not), then each entry's two-letter code, e.g. "c-tv-ss". */
export const rongchengCodec: StateCodec<RongchengState> = {
  version: 1,
  encodePayload: (state) => [state.consented ? 'c' : 'n', ...state.entries.map((id) => findLedgerItem(id).code)].join('-'),
  decodePayload(payload) {
    const [consent, ...codes] = payload.split('-');
    if (consent !== 'c' && consent !== 'n') return null;
    if (codes.length > MAX_LEDGER_ENTRIES) return null;
    const entries: string[] = [];
    for (const code of codes) {
      const item = findLedgerItemByCode(code);
      if (!item) return null;
      entries.push(item.id);
    }
    return { consented: consent === 'c', entries };
  },
};

export default defineWidget<RongchengState>({
  id: 'rongcheng-ledger',
  title: 'Keep a Rongcheng credit ledger',
  description: 'Add good deeds and offences to a ledger that starts at 1,000 points, watch the grade change, and see where penalties really come from.',
  chapter: 'rongcheng',
  section: 'try-the-ledger',
  defaultState: defaultRongchengState,
  codec: rongchengCodec,
  embedHeight: 1700,
  refs: [...rongchengRefs],
});
