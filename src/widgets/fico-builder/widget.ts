import { defineWidget } from '../registration';
import type { FicoState } from '../../model/fico';
import { ficoRefs } from './data';
import { ficoIdentity, type FicoWords } from './state';
import { ficoWords } from './words';

export default defineWidget<FicoState, FicoWords>({
  ...ficoIdentity,
  embedHeight: 2950,
  words: ficoWords,
  refs: [...ficoRefs],
});
