import { defineFixture } from '../fixture';
import { defaultFicoState, ficoScore, findProfile, setStanding, type FicoState } from '../../model/fico';
import { ficoData } from './data';

const start = defaultFicoState;
/** Three steps up on the heaviest slider: from just below the fair band across its first line. */
const nudged = setStanding(start, 'payment-history', start.standings['payment-history'] + 3);
const emptied = setStanding(nudged, 'payment-history', 0);
const clean = findProfile(ficoData, 'long-clean-record').state;
const behind = findProfile(ficoData, 'missed-payments').state;

export default defineFixture<FicoState>({
  component: () => import('./FicoBuilder.svelte'),
  system: ficoData.system,
  score: (state) => ficoScore(ficoData, state),
  primary: { control: '[data-profile="long-clean-record"]', keys: ['Enter'], after: clean },
  keyboard: [
    { control: '[data-part="payment-history"]', keys: Array(3).fill('ArrowRight'), after: nudged },
    { control: '[data-part="payment-history"]', keys: ['Home'], after: emptied },
    { control: '[data-profile="long-clean-record"]', keys: ['Enter'], after: clean },
    { control: '[data-profile="missed-payments"]', keys: [' '], after: behind },
  ],
  // Native <details>: opens with or without hydration.
  grow: { control: '[data-perk] details.consequence-more > summary', clicks: 1, native: true },
});
