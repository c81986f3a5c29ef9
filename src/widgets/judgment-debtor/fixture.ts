import { defineFixture } from '../fixture';
import { debtorPath, defaultDebtorState, nextStep, pathStep, restart, type DebtorState } from '../../model/judgment-debtor';

/**
 * The path is not a score: what the shared tests read as one is the step reached (1 to 5), and
 * the rows they check are the stages, reached or ahead (see `debtorPath`). The path opens
 * complete; the one walking button starts it again from the judgment and then keeps focus from
 * step to step.
 */
const one = restart(defaultDebtorState);
const two = nextStep(one);
const three = nextStep(two);

export default defineFixture<DebtorState>({
  component: () => import('./JudgmentDebtor.svelte'),
  system: debtorPath,
  score: pathStep,
  // The walking button (data-walk) is also data-restart at the last step and data-next before it.
  primary: { control: '[data-walk]', keys: ['Enter'], after: one },
  keyboard: [
    { control: '[data-walk]', keys: ['Enter'], after: one },
    { control: '[data-walk]', keys: ['Enter'], after: two },
    { control: '[data-walk]', keys: [' '], after: three },
    { control: '[data-walk]', keys: ['Enter'], after: nextStep(three) },
  ],
  // Native <details>: opens with or without hydration.
  grow: { control: '[data-about] > summary', clicks: 1, native: true },
});
