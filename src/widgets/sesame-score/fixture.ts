import { defineFixture } from '../fixture';
import { applyBehaviour, defaultSesameState, findPreset, sesame, sesameScore, setLevel, type SesameState } from '../../model/sesame';

const start = defaultSesameState;
/** Five steps up on one slider: from the typical 2015 user across the first perk line. */
const nudged = setLevel(start, 'credit-history', start.levels['credit-history'] + 5);
const emptied = setLevel(nudged, 'credit-history', 0);
const howYou = findPreset('how-you').state;

export default defineFixture<SesameState>({
  component: () => import('./SesameScore.svelte'),
  system: sesame,
  score: (state) => sesameScore(state.levels),
  primary: { control: '[data-preset="how-you"]', keys: ['Enter'], after: howYou },
  keyboard: [
    { control: '[data-part="credit-history"]', keys: Array(5).fill('ArrowRight'), after: nudged },
    { control: '[data-part="credit-history"]', keys: ['Home'], after: emptied },
    { control: '[data-preset="how-you"]', keys: ['Enter'], after: howYou },
    { control: '[data-behaviour="miss-repayment"]', keys: [' '], after: applyBehaviour(howYou, 'miss-repayment') },
  ],
  // Native <details>: opens with or without hydration.
  grow: { control: '[data-perk] details.consequence-more > summary', clicks: 1, native: true },
});
