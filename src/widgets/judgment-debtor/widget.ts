import { defineWidget } from '../registration';
import { refsOf } from '../../model/evidence';
import type { DebtorState } from '../../model/judgment-debtor';
import { debtorIdentity, type DebtorWords } from './state';
import { debtorData, debtorEvidence, debtorWords } from './words';

export default defineWidget<DebtorState, DebtorWords>({
  ...debtorIdentity,
  embedHeight: 4500,
  words: debtorWords,
  refs: [...new Set(debtorEvidence(debtorData()).flatMap(refsOf))],
});
