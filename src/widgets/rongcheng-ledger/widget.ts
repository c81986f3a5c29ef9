import { defineWidget } from '../registration';
import { defaultRongchengState, rongchengRefs, type RongchengState } from '../../model/rongcheng';
import { RONGCHENG_WIDGET_ID, rongchengCodec } from './state';

export { rongchengCodec };

export default defineWidget<RongchengState>({
  id: RONGCHENG_WIDGET_ID,
  title: 'Keep a Rongcheng credit ledger',
  description: 'Add good deeds and offences to a ledger that starts at 1,000 points, watch the grade change, and see where penalties really come from.',
  chapter: 'rongcheng',
  section: 'try-the-ledger',
  defaultState: defaultRongchengState,
  codec: rongchengCodec,
  embedHeight: 4800,
  refs: [...rongchengRefs],
});
