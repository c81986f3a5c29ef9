import { defineWidget } from '../registration';
import { defaultSesameState, sesameRefs, type SesameState } from '../../model/sesame';
import { SESAME_WIDGET_ID, sesameCodec } from './state';

export { sesameCodec };

export default defineWidget<SesameState>({
  id: SESAME_WIDGET_ID,
  title: 'Move a Sesame Credit score',
  description: 'Change the five things Sesame Credit weighs and watch perks such as deposit-free bikes and visa fast-tracks unlock and lock.',
  chapter: 'sesame-credit',
  section: 'try-it-yourself',
  defaultState: defaultSesameState,
  codec: sesameCodec,
  embedHeight: 3500,
  refs: [...sesameRefs],
});
