import { defineWidget } from '../registration';
import { widgetWords } from '../words';
import { defaultRongchengState, rongchengRefs, type RongchengState } from '../../model/rongcheng';
import { RONGCHENG_WIDGET_ID, rongchengCodec, type RongchengWords } from './state';

export { rongchengCodec };

export default defineWidget<RongchengState, RongchengWords>({
  id: RONGCHENG_WIDGET_ID,
  defaultState: defaultRongchengState,
  codec: rongchengCodec,
  embedHeight: 5800,
  words: (locale) => widgetWords(locale, 'rongcheng', 'rongcheng-ledger'),
  refs: [...rongchengRefs],
});
