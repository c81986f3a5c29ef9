import { defineFixture } from '../fixture';
import { answer, claimTally, noAnswers, sortedCount, type Answers } from '../../model/claims';

const first = answer(noAnswers, 'one-score', 'myth');
const second = answer(first, 'court-flight-ban', 'documented');
const changedMind = answer(second, 'court-flight-ban', 'myth');

export default defineFixture<Answers>({
  component: () => import('./ClaimSorter.svelte'),
  system: claimTally,
  score: sortedCount,
  primary: { control: '[data-claim="one-score"] [data-verdict="myth"]', keys: ['Enter'], after: first },
  keyboard: [
    { control: '[data-claim="one-score"] [data-verdict="myth"]', keys: ['Enter'], after: first },
    { control: '[data-claim="court-flight-ban"] [data-verdict="documented"]', keys: ['Enter'], after: second },
    // A second verdict on the same claim replaces the first: the count stays, the answer changes.
    { control: '[data-claim="court-flight-ban"] [data-verdict="myth"]', keys: [' '], after: changedMind },
    { control: '[data-clear]', keys: ['Enter'], after: noAnswers },
  ],
  // Native <details>: the answer opens with or without hydration.
  grow: { control: '[data-claim="one-score"] summary', clicks: 1, native: true },
});
