import { defineFixture } from '../fixture';
import { defaultManyScoresState, sesameOf, toggleAction, type ManyScoresState } from '../../model/many-scores';
import { manyScoresData } from '../../model/many-scores-data';

/** The readout and the perk rows are Sesame's: the one system here that the model scores with perks attached. */
const missed = toggleAction(defaultManyScoresState, 'miss-repayment');
const missedAndLittered = toggleAction(missed, 'litter-rongcheng');
const littered = toggleAction(missedAndLittered, 'miss-repayment');

export default defineFixture<ManyScoresState>({
  component: () => import('./ManyScores.svelte'),
  system: manyScoresData.sesame,
  score: (state) => sesameOf(manyScoresData, state),
  primary: { control: '[data-choice="miss-repayment"]', keys: ['Enter'], after: missed },
  keyboard: [
    { control: '[data-choice="miss-repayment"]', keys: ['Enter'], after: missed },
    { control: '[data-choice="litter-rongcheng"]', keys: ['Enter'], after: missedAndLittered },
    { control: '[data-choice="miss-repayment"]', keys: [' '], after: littered },
    { control: '[data-choice="ignore-judgment"]', keys: ['Enter'], after: toggleAction(littered, 'ignore-judgment') },
  ],
  // Native <details>: opens with or without hydration.
  grow: { control: '[data-card="rongcheng"] details.others > summary', clicks: 1, native: true },
});
