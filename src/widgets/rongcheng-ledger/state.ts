import type { StateCodec } from '../url-state';
import type { WidgetIdentity } from '../registration';
import type { WidgetWords } from '../shared/words';
import type { Dictionary } from '../../i18n';
import type { RongchengCopy } from '../../model/copy';
import { defaultRongchengState, findLedgerItem, findLedgerItemByCode, MAX_LEDGER_ENTRIES, type LedgerAction, type RongchengState } from '../../model/rongcheng';
import type { Voice } from '../../model/system';
import type { WidgetState } from '../shared/widget-state.svelte';

/** Payload: "c" (consented) or "n" (not), then each entry's two-letter code, e.g. "c-tv-ss". */
const rongchengCodec: StateCodec<RongchengState> = {
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

/**
 * What the component itself needs of the registration. Kept apart from widget.ts so the browser
 * bundle carries neither the registration's text nor its source list.
 */
export const rongchengIdentity: WidgetIdentity<RongchengState> = { id: 'rongcheng-ledger', codec: rongchengCodec, defaultState: defaultRongchengState };

/** What the widget says, in one locale: see ../words.ts. */
export type RongchengWords = WidgetWords<RongchengCopy, Dictionary['widgets']['rongcheng-ledger']>;

/** What each part of the ledger (picker, entries, penalties) is given by RongchengLedger.svelte. */
export interface LedgerPartProps {
  ledger: WidgetState<RongchengState, LedgerAction>;
  voice: Voice<RongchengCopy>;
  ui: RongchengWords['ui'];
}
