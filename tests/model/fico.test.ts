import { describe, expect, it } from 'vitest';
import {
  categoryIds,
  defaultFicoState,
  describeFicoChange,
  ficoScore,
  findProfile,
  flippedBetween,
  setStanding,
  viewFico,
  type FicoState,
  type FicoVoice,
} from '../../src/model/fico';
import { ficoBands, ficoCategoryIds, ficoWeights, scoreDatingApp } from '../../src/model/schufa';
import { consequencesAt, describeChange, compare } from '../../src/model/system';
import { modelCopy } from '../../src/model/copy';
import { formatterFor } from '../../src/i18n/format';
import { ficoWords } from '../../src/widgets/fico-builder/words';
import { ficoData, ficoNoteKeys, ficoRefs } from '../../src/widgets/fico-builder/data';
import bibliography from '../../content/bibliography.json';

const all = (v: number): FicoState => ({ standings: Object.fromEntries(categoryIds.map((id) => [id, v])) as FicoState['standings'] });
const score = (s: FicoState) => ficoScore(ficoData, s);
const words = ficoWords('en');
const voice: FicoVoice = { copy: words.copy, common: words.common, format: formatterFor('en'), fico: words.fico };

describe('FICO builder model', () => {
  it('uses the five published weights, which add up to 100 %', () => {
    expect(ficoData.categories).toBe(ficoWeights);
    expect(categoryIds).toEqual(ficoCategoryIds);
    expect(ficoData.categories.map((c) => c.weight)).toEqual([0.35, 0.3, 0.15, 0.1, 0.1]);
    expect(ficoData.categories.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1);
  });

  it('spans the 300–850 scale from the worst to the best standings', () => {
    expect(score(all(0))).toBe(300);
    expect(score(all(100))).toBe(850);
    expect(score(defaultFicoState)).toBe(575);
  });

  it('weighs payment history most: the same step moves it more than credit mix', () => {
    const up = (id: (typeof categoryIds)[number]) => score(setStanding(defaultFicoState, id, 70)) - score(defaultFicoState);
    expect(up('payment-history')).toBeGreaterThan(up('amounts-owed'));
    expect(up('amounts-owed')).toBeGreaterThan(up('length-of-history'));
    expect(up('length-of-history')).toBeGreaterThan(up('credit-mix'));
    expect(up('new-credit')).toBe(up('credit-mix'));
  });

  it('puts scores in the usual bands, edges included', () => {
    expect(ficoData.system.bands.map((b) => [b.id, b.min, b.max])).toEqual(ficoBands.map((b) => [b.id, b.min, b.max]));
    const bandOf = (s: number) => ficoData.system.bands.find((b) => s >= b.min && s <= b.max)!.id;
    expect([579, 580, 669, 670, 739, 740, 799, 800].map(bandOf)).toEqual(['poor', 'fair', 'fair', 'good', 'good', 'very-good', 'very-good', 'exceptional']);
    expect(viewFico(ficoData, all(100)).band.id).toBe('exceptional');
  });

  it('opens the dating app at its documented 675 line, and the rate tiers are labelled illustrative', () => {
    const app = ficoData.system.consequences.find((c) => c.id === 'score-dating-app')!;
    expect(app.when).toEqual({ atLeast: scoreDatingApp.minScore });
    expect(app.when.atLeast).toBe(675);
    expect(app.evidence.kind).toBe('documented');
    const ids = (s: number) => consequencesAt(ficoData.system, s).unlocked.map((c) => c.id);
    expect(ids(674)).not.toContain('score-dating-app');
    expect(ids(675)).toContain('score-dating-app');
    expect(ids(579)).toEqual(['likely-declined']);
    expect(ids(580)).toEqual(['high-rate-loan']);
    expect(ids(740)).toEqual(['high-rate-loan', 'standard-rate-loan', 'score-dating-app', 'best-rate-loan']);
    for (const c of ficoData.system.consequences.filter((c) => c.id !== 'score-dating-app')) expect(c.evidence.kind, c.id).toBe('illustrative');
    expect(ficoData.formulaEvidence.kind).toBe('illustrative');
    for (const p of ficoData.profiles) expect(p.evidence.kind).toBe('illustrative');
  });

  it('clamps and rounds standings, and refuses unknown categories and bad numbers', () => {
    expect(setStanding(defaultFicoState, 'credit-mix', 140).standings['credit-mix']).toBe(100);
    expect(setStanding(defaultFicoState, 'credit-mix', -3).standings['credit-mix']).toBe(0);
    expect(setStanding(defaultFicoState, 'credit-mix', 40.6).standings['credit-mix']).toBe(41);
    expect(() => setStanding(defaultFicoState, 'income', 50)).toThrow(RangeError);
    expect(() => setStanding(defaultFicoState, 'credit-mix', Number.NaN)).toThrow(RangeError);
    expect(() => score({ standings: { ...defaultFicoState.standings, 'new-credit': 101 } })).toThrow(RangeError);
    expect(() => findProfile(ficoData, 'nobody')).toThrow(RangeError);
  });

  it('announces a change with the model’s sentence, naming the profile as its cause', () => {
    const clean = findProfile(ficoData, 'long-clean-record').state;
    const expected = describeChange(compare(ficoData.system, 575, score(clean)), voice, 'Profile: A long, clean record');
    expect(describeFicoChange(ficoData, defaultFicoState, clean, voice, 'long-clean-record')).toBe(expected);
    expect(expected).toContain('Joining the "Score" dating app');
    expect([...flippedBetween(ficoData, defaultFicoState, clean)].sort()).toEqual(['best-rate-loan', 'high-rate-loan', 'likely-declined', 'score-dating-app', 'standard-rate-loan']);
  });

  it('has words for every id and note, and every source is in the bibliography', () => {
    const copy = modelCopy('en').fico;
    for (const b of ficoData.system.bands) expect(copy.system.bands[b.id as keyof typeof copy.system.bands], b.id).toBeDefined();
    for (const c of ficoData.system.consequences) expect(copy.system.consequences[c.id as keyof typeof copy.system.consequences], c.id).toBeDefined();
    for (const id of categoryIds) expect(copy.categories[id]).toBeDefined();
    for (const p of ficoData.profiles) expect(copy.profiles[p.id]).toBeDefined();
    for (const key of ficoNoteKeys) expect(words.copy.notes[key], key).toBeTruthy();
    const ids = new Set(bibliography.map((e) => e.id));
    for (const id of ficoRefs) expect(ids.has(id), id).toBe(true);
  });
});
