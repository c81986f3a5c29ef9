import { defineFixture } from '../fixture';
import { defaultMoveHouseState, moveHouseData, moveHouseScore, moveTo, setRule, stay, type MoveHouseState } from '../../model/move-house';
import * as schufa from '../../model/schufa';

const data = moveHouseData(schufa);

/** Moving to the area that costs most under the one-factor rule loses the loan terms. */
const moved = moveTo(defaultMoveHouseState, 'station');
const newScore = setRule(moved, 'new-score');
const stayed = stay(newScore);
const banned = setRule(stayed, 'draft-ban');

export default defineFixture<MoveHouseState>({
  component: () => import('./MoveHouse.svelte'),
  system: data.system,
  score: (state) => moveHouseScore(data, state),
  primary: { control: '[data-place="station"]', keys: ['Enter'], after: moved },
  keyboard: [
    { control: '[data-place="station"]', keys: ['Enter'], after: moved },
    { control: '[data-choice="new-score"]', keys: [' '], after: newScore },
    { control: '[data-stay]', keys: ['Enter'], after: stayed },
    { control: '[data-choice="draft-ban"]', keys: ['Enter'], after: banned },
  ],
  // Native <details>: opens with or without hydration.
  grow: { control: '[data-perk] details.consequence-more > summary', clicks: 1, native: true },
});
