import { defineWidget } from '../registration';
import * as schufa from '../../model/schufa';
import { moveHouseData, moveHouseRefs, type MoveHouseState } from '../../model/move-house';
import { moveHouseIdentity, type MoveHouseWords } from './state';
import { moveHouseWords } from './words';

export default defineWidget<MoveHouseState, MoveHouseWords>({
  ...moveHouseIdentity,
  embedHeight: 2940,
  words: moveHouseWords,
  refs: [...moveHouseRefs(moveHouseData(schufa))],
});
