import { defineFixture } from '../fixture';
import { classroomProgress, stages } from '../../model/classroom';

/**
 * The exercise's "score" is its stage (see `classroomProgress`); the state is the stage alone,
 * so each step's model state is a stage number. The widget opens on the demo class's roster.
 */
export default defineFixture<number>({
  component: () => import('./ClassroomExercise.svelte'),
  system: classroomProgress,
  score: (stage) => stage,
  primary: { control: '[data-next]', keys: ['Enter'], after: stages.extremes },
  keyboard: [
    { control: '[data-next]', keys: ['Enter'], after: stages.extremes },
    { control: '[data-next]', keys: ['Enter'], after: stages.firstEvidence },
    { control: '[data-back]', keys: [' '], after: stages.extremes },
  ],
  // Native <details>: opens with or without hydration.
  grow: { control: '[data-how] > summary', clicks: 1, native: true },
});
