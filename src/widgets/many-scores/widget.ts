import { defineWidget } from '../registration';
import type { ManyScoresState } from '../../model/many-scores';
import { manyScoresRefs } from '../../model/many-scores-data';
import { manyScoresIdentity, type ManyScoresWords } from './state';
import { manyScoresWords } from './words';

export default defineWidget<ManyScoresState, ManyScoresWords>({
  ...manyScoresIdentity,
  embedHeight: 8040,
  words: manyScoresWords,
  refs: [...manyScoresRefs],
});
