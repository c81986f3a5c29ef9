import type { StateCodec } from '../url-state';
import type { WidgetIdentity } from '../registration';
import type { WidgetWords } from '../shared/words';
import type { Dictionary } from '../../i18n';
import type { SystemCopy } from '../../model/system';
import type { IconDrawings } from '../shared/icons';
import { codes, defaultDebtorState, STAGES, type DebtorData, type DebtorState, type JudgmentDebtorCopy } from '../../model/judgment-debtor';

type Choice = Exclude<keyof DebtorState, 'step'>;
/** The choices in the order their letters are written. */
const order: readonly Choice[] = ['who', 'means', 'conduct', 'shaming', 'exit', 'tier'];

function valueOf<K extends Choice>(key: K, letter: string): DebtorState[K] | undefined {
  const entry = Object.entries(codes[key]).find(([, code]) => code === letter);
  return entry?.[0] as DebtorState[K] | undefined;
}

/**
 * Payload: the step (1 to 5), then one letter per choice in the order above, e.g. "3iaergp"
 * (step 3, a person, able to pay, evading, …). Anything else, of another length, with an unknown
 * letter or a step off the path, is not a state this widget writes, so it opens the default.
 */
const debtorCodec: StateCodec<DebtorState> = {
  version: 1,
  encodePayload: (state) => `${state.step}${order.map((key) => (codes[key] as Record<string, string>)[state[key]]).join('')}`,
  decodePayload(payload) {
    if (payload.length !== order.length + 1) return null;
    const step = Number(payload[0]);
    if (!Number.isInteger(step) || step < 1 || step > STAGES) return null;
    const state: Record<string, unknown> = { step };
    for (const [i, key] of order.entries()) {
      const value = valueOf(key, payload[i + 1]!);
      if (value === undefined) return null;
      state[key] = value;
    }
    return state as unknown as DebtorState;
  },
};

/**
 * What the component itself needs of the registration. Kept apart from widget.ts so the browser
 * bundle carries neither the registration's text nor its source list.
 */
export const debtorIdentity: WidgetIdentity<DebtorState> = { id: 'judgment-debtor', codec: debtorCodec, defaultState: defaultDebtorState };

/**
 * What the widget says, in one locale: the path's stages as the kit's copy (with the notes of
 * every piece of evidence it shows), the path's own words, and, language free, the lao-lai
 * model's facts as plain data (see words.ts).
 */
export type DebtorWords = WidgetWords<SystemCopy & { readonly notes: Readonly<Record<string, string>> }, Dictionary['widgets']['judgment-debtor']> & {
  readonly debtor: JudgmentDebtorCopy;
  readonly data: DebtorData;
  /** The drawings of the restrictions a reader can picture first (plane, train, hotel, school). */
  readonly restrictionIcons: IconDrawings;
};
