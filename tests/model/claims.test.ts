import { describe, expect, it } from 'vitest';
import { sectionIds } from '../support/sections';
import {
  answer,
  claims,
  claimsRefs,
  claimTally,
  describeSorterChange,
  matches,
  noAnswers,
  sortedCount,
  tally,
  tallyChange,
  verdictCodes,
} from '../../src/model/claims';
import { verdictStatuses } from '../../src/model/evidence';
import { consequencesAt } from '../../src/model/system';
import { voiceFor } from '../../src/model/copy';
import { fill } from '../../src/i18n';
import { loadBibliography } from '../../src/content/citations';
import { decodeState, encodeState } from '../../src/widgets/url-state';
import { sorterIdentity } from '../../src/widgets/claim-sorter/state';

const voice = voiceFor('en', 'claims');
const { copy, common } = voice;
const label = (status: keyof typeof common.verdicts) => common.verdicts[status].label;
const allAnswered = Object.fromEntries(claims.map((c) => [c.id, c.verdict]));


describe('the claims', () => {
  it('are 10 to 12, each once, with answers spread across all four verdicts', () => {
    expect(claims.length).toBeGreaterThanOrEqual(10);
    expect(claims.length).toBeLessThanOrEqual(12);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    for (const verdict of verdictStatuses) expect(claims.filter((c) => c.verdict === verdict).length, verdict).toBeGreaterThanOrEqual(2);
  });

  it('open with the home page question: one score for every citizen is a myth', () => {
    expect(claims[0]).toMatchObject({ id: 'one-score', verdict: 'myth', explainedIn: { chapter: 'big-picture', section: 'the-myth' } });
  });

  it('say where each claim is made and what its verdict rests on, by bibliography id', () => {
    const known = new Set(loadBibliography().map((e) => e.id));
    for (const c of claims) {
      expect(c.claimedIn.length, c.id).toBeGreaterThan(0);
      expect(c.evidence.length, c.id).toBeGreaterThan(0);
      for (const id of [...c.claimedIn, ...c.evidence]) expect(known.has(id), `${c.id}: ${id}`).toBe(true);
    }
    expect([...claimsRefs].sort()).toEqual([...new Set(claims.flatMap((c) => [...c.claimedIn, ...c.evidence]))].sort());
  });

  it('link each claim to a section heading that exists in its chapter', () => {
    for (const c of claims) expect(sectionIds(c.explainedIn.chapter)?.has(c.explainedIn.section), `${c.id}: ${c.explainedIn.chapter}#${c.explainedIn.section}`).toBe(true);
  });

  it('have their words in the model copy: the claim, why, and the link label', () => {
    for (const c of claims) {
      const words = copy.claims[c.id as keyof typeof copy.claims];
      expect(words, c.id).toBeDefined();
      for (const part of [words.text, words.why, words.more]) expect(part.length, c.id).toBeGreaterThan(0);
    }
    for (const band of claimTally.bands) expect(copy.bands[band.id as keyof typeof copy.bands], band.id).toBeDefined();
    for (const c of claimTally.consequences) expect(copy.consequences[c.id as keyof typeof copy.consequences], c.id).toBeDefined();
    for (const e of [claimTally.scale.evidence, ...claimTally.bands.map((b) => b.evidence), ...claimTally.consequences.map((c) => c.evidence)]) {
      if (e.note) expect(copy.notes[e.note as keyof typeof copy.notes], e.note).toBeDefined();
    }
  });
});

describe('answers and the tally', () => {
  it('a verdict sorts a claim; a second one replaces it; an unknown claim is a bug', () => {
    const once = answer(noAnswers, 'one-score', 'reported');
    expect(sortedCount(once)).toBe(1);
    expect(matches(claims[0]!, once)).toBe(false);
    const twice = answer(once, 'one-score', 'myth');
    expect(sortedCount(twice)).toBe(1);
    expect(matches(claims[0]!, twice)).toBe(true);
    expect(noAnswers).toEqual({});
    expect(() => answer(noAnswers, 'no-such-claim', 'myth')).toThrow(RangeError);
  });

  it('counts sorted and matching claims, verdict by verdict, with what was said instead', () => {
    const myths = claims.filter((c) => c.verdict === 'myth');
    const unsupported = claims.filter((c) => c.verdict === 'unsupported');
    let answers = noAnswers;
    for (const c of myths) answers = answer(answers, c.id, 'myth');
    for (const c of unsupported) answers = answer(answers, c.id, 'myth');
    const counts = tally(answers);
    expect(counts).toMatchObject({ total: claims.length, sorted: myths.length + unsupported.length, matched: myths.length });
    const row = (verdict: string) => counts.byVerdict.find((r) => r.verdict === verdict)!;
    expect(row('myth')).toEqual({ verdict: 'myth', claims: myths.length, sorted: myths.length, matched: myths.length, saidInstead: [] });
    expect(row('unsupported')).toEqual({ verdict: 'unsupported', claims: unsupported.length, sorted: unsupported.length, matched: 0, saidInstead: [{ verdict: 'myth', count: unsupported.length }] });
    expect(row('documented')).toMatchObject({ sorted: 0, matched: 0 });
    expect(tally(allAnswered)).toMatchObject({ sorted: claims.length, matched: claims.length });
  });

  it('as a scale: the first claim sorted brings the answer link, the last the final tally', () => {
    const at = (score: number) => consequencesAt(claimTally, score).unlocked.map((c) => c.id);
    expect(at(0)).toEqual([]);
    expect(at(1)).toEqual(['answer-link']);
    expect(at(claims.length - 1)).toEqual(['answer-link']);
    expect(at(claims.length)).toEqual(['answer-link', 'final-tally']);
    expect(tallyChange(noAnswers, answer(noAnswers, 'jaywalkers-on-screens', 'documented')).unlocked.map((c) => c.id)).toEqual(['answer-link']);
  });
});

describe('what the live region says', () => {
  const progress = (sorted: number, matched: number) => fill(copy.sentences.progress, { sorted, total: claims.length, matched });

  it('the verdict given, the evidence’s, the progress, and what a line passed brought', () => {
    const after = answer(noAnswers, 'court-flight-ban', 'myth');
    expect(describeSorterChange(noAnswers, after, { type: 'answer', claim: 'court-flight-ban', verdict: 'myth' }, voice)).toBe(
      [
        fill(copy.sentences.answered, { n: 2, said: label('myth'), verdict: label('documented'), match: copy.sentences.noMatch }),
        progress(1, 0),
        fill(common.change.unlocked, { list: copy.consequences['answer-link'].label }),
      ].join(' '),
    );
    const again = answer(after, 'court-flight-ban', 'documented');
    expect(describeSorterChange(after, again, { type: 'answer', claim: 'court-flight-ban', verdict: 'documented' }, voice)).toBe(
      [fill(copy.sentences.answered, { n: 2, said: label('documented'), verdict: label('documented'), match: copy.sentences.match }), progress(1, 1)].join(' '),
    );
  });

  it('the last claim sorted brings the final tally; clearing loses both lines', () => {
    const last = claims.at(-1)!;
    const { [last.id]: _, ...allButLast } = allAnswered;
    expect(describeSorterChange(allButLast, allAnswered, { type: 'answer', claim: last.id, verdict: last.verdict }, voice)).toContain(
      fill(common.change.unlocked, { list: copy.consequences['final-tally'].label }),
    );
    expect(describeSorterChange(allAnswered, noAnswers, { type: 'clear' }, voice)).toBe(
      [copy.sentences.cleared, progress(0, 0), fill(common.change.lost, { list: [copy.consequences['answer-link'].label, copy.consequences['final-tally'].label].join(common.change.listSeparator) })].join(' '),
    );
  });

  it('on the home page, alone: the verdicts only', () => {
    const after = answer(noAnswers, 'one-score', 'myth');
    expect(describeSorterChange(noAnswers, after, { type: 'answer', claim: 'one-score', verdict: 'myth' }, voice, true)).toBe(
      fill(copy.sentences.answeredAlone, { said: label('myth'), verdict: label('myth'), match: copy.sentences.match }),
    );
  });
});

describe('the sorter in the URL', () => {
  const { codec } = sorterIdentity;

  it('round-trips any set of answers, one letter per claim', () => {
    for (const answers of [noAnswers, answer(noAnswers, 'one-score', 'myth'), allAnswered]) expect(decodeState(codec, encodeState(codec, answers))).toEqual(answers);
    expect(encodeState(codec, answer(noAnswers, 'rongcheng-start', 'reported'))).toBe(`1.--r${'-'.repeat(claims.length - 3)}`);
    expect(new Set(Object.values(verdictCodes)).size).toBe(verdictStatuses.length);
  });

  it('opens empty on anything it does not understand, without throwing', () => {
    for (const bad of ['', '1.', '1.m', `1.${'x'.repeat(claims.length)}`, `1.${'m'.repeat(claims.length + 1)}`, `2.${'-'.repeat(claims.length)}`, '1.<script>', null, undefined]) {
      expect(decodeState(codec, bad), String(bad)).toBeNull();
    }
  });
});
