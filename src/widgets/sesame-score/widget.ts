import { defineWidget } from '../registration';
import { widgetWords } from '../words';
import { sesameRefs, type SesameState } from '../../model/sesame';
import { sesameIdentity, type SesameWords } from './state';

export default defineWidget<SesameState, SesameWords>({
  ...sesameIdentity,
  embedHeight: 4000,
  words: (locale) => widgetWords(locale, 'sesame', 'sesame-score'),
  refs: [...sesameRefs],
});
