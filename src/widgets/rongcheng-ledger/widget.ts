import { defineWidget } from '../registration';
import { widgetWords } from '../words';
import { rongchengRefs, type RongchengState } from '../../model/rongcheng';
import { rongchengIdentity, type RongchengWords } from './state';

export default defineWidget<RongchengState, RongchengWords>({
  ...rongchengIdentity,
  embedHeight: 5800,
  words: (locale) => widgetWords(locale, 'rongcheng', 'rongcheng-ledger'),
  refs: [...rongchengRefs],
});
