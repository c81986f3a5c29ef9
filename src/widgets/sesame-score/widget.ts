import { defineWidget } from '../registration';
import { widgetWords } from '../words';
import { defaultSesameState, sesameRefs, type SesameState } from '../../model/sesame';
import { SESAME_WIDGET_ID, sesameCodec, type SesameWords } from './state';

export { sesameCodec };

export default defineWidget<SesameState, SesameWords>({
  id: SESAME_WIDGET_ID,
  defaultState: defaultSesameState,
  codec: sesameCodec,
  embedHeight: 3950,
  words: (locale) => widgetWords(locale, 'sesame', 'sesame-score'),
  refs: [...sesameRefs],
});
