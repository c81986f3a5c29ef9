import type { StateCodec } from '../url-state';
import type { WidgetIdentity } from '../registration';
import type { WidgetWords } from '../shared/words';
import type { Dictionary } from '../../i18n';
import type { ModelCopy } from '../../model/copy';
import { claims, noAnswers, verdictCodes, type Answers } from '../../model/claims';
import { verdictStatuses, type VerdictStatus } from '../../model/evidence';

const NOT_SORTED = '-';
const verdictOfCode = new Map<string, VerdictStatus>(verdictStatuses.map((v) => [verdictCodes[v], v]));

/**
 * Payload: one letter per claim in the model's order, its verdict's code or "-" for not yet
 * sorted, e.g. "m-r---------". A link from before the claims changed in number does not fit,
 * and opens the sorter empty; bump the version when the claims change their order or meaning.
 */
const sorterCodec: StateCodec<Answers> = {
  version: 1,
  encodePayload: (answers) => claims.map((c) => (answers[c.id] ? verdictCodes[answers[c.id]!] : NOT_SORTED)).join(''),
  decodePayload(payload) {
    if (payload.length !== claims.length) return null;
    const answers: Record<string, VerdictStatus> = {};
    for (const [i, c] of claims.entries()) {
      const code = payload[i]!;
      if (code === NOT_SORTED) continue;
      const verdict = verdictOfCode.get(code);
      if (!verdict) return null;
      answers[c.id] = verdict;
    }
    return answers;
  },
};

/**
 * What the component itself needs of the registration. Kept apart from widget.ts so the browser
 * bundle carries neither the registration's text nor its source list.
 */
export const sorterIdentity: WidgetIdentity<Answers> = { id: 'claim-sorter', codec: sorterCodec, defaultState: noAnswers };

export type ClaimsCopy = ModelCopy['claims'];

/**
 * What the widget says, in one locale (see ../words.ts), and the address of the section that
 * explains each claim, by claim id.
 */
export type SorterWords = WidgetWords<ClaimsCopy, Dictionary['widgets']['claim-sorter']> & { readonly sections: Readonly<Record<string, string>> };
