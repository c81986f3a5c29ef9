import { illustrative, verdictStatuses, type RefId, type VerdictStatus } from './evidence';
import { compare, type Change, type Consequence, type ScoringSystem, type Voice } from './system';
import { fill } from '../i18n/format';
import type { ModelCopy } from './copy';

type ClaimsCopy = ModelCopy['claims'];

/**
 * Claims people repeat about China's social credit systems, each taken from one of the seed
 * documents, with the verdict a fact-checker can defend from the research ledger, the sources
 * that verdict rests on and the chapter section that explains it. The reader sorts them in the
 * claim sorter; the first also opens the home page. "Unsupported" means claimed without
 * evidence and "myth" contradicted by it (see `verdictStatuses`): the set spreads its answers
 * across all four, so a reader who answers "myth" to everything gets a quarter right.
 *
 * The words (each claim, why it is judged so, the link's label) are model copy, in
 * src/model/copy/<locale>/claims.ts; the sections are checked against the chapters by the build.
 */
export interface Claim {
  readonly id: string;
  readonly verdict: VerdictStatus;
  /** Where the claim is made: seed documents, by bibliography id. */
  readonly claimedIn: readonly RefId[];
  /** What the verdict rests on, by bibliography id. */
  readonly evidence: readonly RefId[];
  /** The chapter (its slug) and section (its heading id) that explain it. */
  readonly explainedIn: { readonly chapter: string; readonly section: string };
}

const claim = (id: string, verdict: VerdictStatus, claimedIn: RefId[], evidence: RefId[], chapter: string, section: string): Claim => ({
  id,
  verdict,
  claimedIn,
  evidence,
  explainedIn: { chapter, section },
});

/** In the order the reader meets them; the first is the home page's question. */
export const claims: readonly Claim[] = [
  claim('one-score', 'myth', ['seed-explained-2024'], ['chinaplus-2018-sesame', 'technode-2018-sesame', 'mittr-yang-2022', 'brussee-9dashline-2023'], 'big-picture', 'the-myth'),
  claim('court-flight-ban', 'documented', ['seed-explained-2024', 'seed-deakin-xu'], ['chinadaily-2018-defaulters', 'globe-2018-liu-hu'], 'big-picture', 'records-and-lists'),
  claim('rongcheng-start', 'reported', ['seed-explained-2024'], ['fp-mistreanu-2018', 'chinanews-huantai-2022'], 'rongcheng', 'the-starting-line'),
  claim('peer-ratings', 'unsupported', ['seed-deakin-xu'], ['scmp-gan-2019', 'brussee-9dashline-2023'], 'big-picture', 'many-systems'),
  claim('jaywalkers-on-screens', 'documented', ['seed-deakin-xu'], ['scmp-2018-shenzhen-jaywalkers', 'wired-matsakis-2019'], 'big-picture', 'surveillance'),
  claim('video-games', 'myth', ['seed-classroom-wechat', 'seed-explained-2024'], ['bbc-rollingstone-sesame'], 'sesame-credit', 'nappies-games-and-posts'),
  claim('local-discounts', 'documented', ['seed-deakin-xu'], ['chinanews-huantai-2022', 'usafer-2018-suqian'], 'big-picture', 'many-systems'),
  claim('half-the-cameras', 'unsupported', ['seed-explained-2024'], ['nst-2019-surveillance-revenue', 'scmp-2019-cameras'], 'big-picture', 'surveillance'),
  claim('companies-too', 'documented', ['seed-deakin-xu'], ['shine-2025-ndrc', 'opinions-2025-text'], 'big-picture', 'records-and-lists'),
  claim('low-score-travel-ban', 'myth', ['seed-deakin-xu'], ['chinadaily-2018-defaulters', 'clt-rongcheng-experience'], 'rongcheng', 'what-a-low-score-does-not-do'),
  claim('sesame-lowest-tier', 'reported', ['coda-zhong-2018'], ['wodefinance-sesame', 'chinadaily-2015-sesame'], 'sesame-credit', 'from-poor-to-excellent'),
  claim('paid-informers', 'unsupported', ['seed-deakin-xu', 'seed-explained-2024'], ['scmp-gan-2019', 'daum-rongcheng'], 'rongcheng', 'documented-reported-myth'),
];

export const findClaim = (id: string): Claim | undefined => claims.find((c) => c.id === id);

/** The reader's verdicts, by claim id; a claim not yet sorted has none. */
export type Answers = Readonly<Record<string, VerdictStatus>>;

export const noAnswers: Answers = {};

/** One letter per verdict, for links: the URL codec writes one per claim, in the order above. */
export const verdictCodes: Readonly<Record<VerdictStatus, string>> = { documented: 'd', reported: 'r', unsupported: 'u', myth: 'm' };

/** Gives a claim the reader's verdict (a second answer replaces the first). Unknown ids are a bug. */
export function answer(answers: Answers, id: string, verdict: VerdictStatus): Answers {
  if (!findClaim(id)) throw new RangeError(`No claim "${id}" in src/model/claims.ts`);
  return { ...answers, [id]: verdict };
}

/** How many claims the reader has sorted: the sorter's score, 0 to the number of claims. */
export const sortedCount = (answers: Answers): number => claims.filter((c) => answers[c.id] !== undefined).length;

/** Sorted the way the evidence sorts it. */
export const matches = (c: Claim, answers: Answers): boolean => answers[c.id] === c.verdict;

export interface VerdictTally {
  readonly verdict: VerdictStatus;
  /** Claims whose verdict this is. */
  readonly claims: number;
  /** Of those, how many the reader sorted, and how many to this verdict. */
  readonly sorted: number;
  readonly matched: number;
  /** What the reader said instead, for each other verdict, where they did. */
  readonly saidInstead: readonly { readonly verdict: VerdictStatus; readonly count: number }[];
}

export interface Tally {
  readonly total: number;
  readonly sorted: number;
  readonly matched: number;
  readonly byVerdict: readonly VerdictTally[];
}

export function tally(answers: Answers): Tally {
  const byVerdict = verdictStatuses.map((verdict): VerdictTally => {
    const ofVerdict = claims.filter((c) => c.verdict === verdict);
    const said = ofVerdict.map((c) => answers[c.id]).filter((a): a is VerdictStatus => a !== undefined);
    return {
      verdict,
      claims: ofVerdict.length,
      sorted: said.length,
      matched: said.filter((a) => a === verdict).length,
      saidInstead: verdictStatuses.filter((v) => v !== verdict).flatMap((v) => {
        const count = said.filter((a) => a === v).length;
        return count ? [{ verdict: v, count }] : [];
      }),
    };
  });
  return { total: claims.length, sorted: sortedCount(answers), matched: claims.filter((c) => matches(c, answers)).length, byVerdict };
}

const tallyEvidence = illustrative('claims.tally');

/**
 * The sorter's progress as a scale of its own, so the widget kit treats it like any score:
 * claims sorted, 0 to all of them. Sorting the first claim brings a link that carries the
 * reader's answers; sorting the last, the final tally. These are the sorter's rules, not a
 * source's, hence illustrative.
 */
export const claimTally: ScoringSystem = {
  id: 'claims',
  scale: { min: 0, max: claims.length, evidence: tallyEvidence },
  bands: [
    { id: 'sorting', min: 0, max: claims.length - 1, evidence: tallyEvidence },
    { id: 'sorted', min: claims.length, max: claims.length, evidence: tallyEvidence },
  ],
  consequences: [
    { id: 'answer-link', kind: 'perk', when: { atLeast: 1 }, evidence: tallyEvidence },
    { id: 'final-tally', kind: 'perk', when: { atLeast: claims.length }, evidence: tallyEvidence },
  ],
};

export const tallyChange = (from: Answers, to: Answers): Change => compare(claimTally, sortedCount(from), sortedCount(to));

/** What the reader did: sorted a claim, or cleared every answer. */
export type SorterAction = { readonly type: 'answer'; readonly claim: string; readonly verdict: VerdictStatus } | { readonly type: 'clear' };

/**
 * One sentence for a settled change, as the live region speaks it: the verdict the reader gave
 * and the evidence's, then (unless `alone`: the home page's one claim) how far the sorting has
 * got and what that brought. A burst is described from its last action.
 */
export function describeSorterChange(from: Answers, to: Answers, action: SorterAction | undefined, voice: Voice<ClaimsCopy>, alone = false): string {
  const { copy, common, format } = voice;
  const t = copy.sentences;
  const parts: string[] = [];
  if (action?.type === 'answer') {
    const c = findClaim(action.claim)!;
    const position = claims.indexOf(c) + 1;
    parts.push(
      fill(alone ? t.answeredAlone : t.answered, {
        n: format.number(position),
        said: common.verdicts[action.verdict].label,
        verdict: common.verdicts[c.verdict].label,
        match: matches(c, to) ? t.match : t.noMatch,
      }),
    );
  } else if (action?.type === 'clear') {
    parts.push(t.cleared);
  }
  if (!alone) {
    const { sorted, matched, total } = tally(to);
    parts.push(fill(t.progress, { sorted: format.number(sorted), total: format.number(total), matched: format.number(matched) }));
    const { unlocked, locked } = tallyChange(from, to);
    const labels = (list: readonly Consequence[]) => list.map((c) => copy.consequences[c.id as keyof typeof copy.consequences].label).join(common.change.listSeparator);
    if (unlocked.length) parts.push(fill(common.change.unlocked, { list: labels(unlocked) }));
    if (locked.length) parts.push(fill(common.change.lost, { list: labels(locked) }));
  }
  return parts.join(common.change.sentenceSeparator);
}

/** Every bibliography id the claims show: where each is made and what its verdict rests on. */
export const claimsRefs: ReadonlySet<RefId> = new Set(claims.flatMap((c) => [...c.claimedIn, ...c.evidence]));
