import { describe, expect, it } from 'vitest';
import {
  choose,
  codes,
  debtorPath,
  defaultDebtorState,
  describeDebtorChange,
  flippedBetween,
  listingOf,
  nextStep,
  outcomeOf,
  periodOf,
  restart,
  restrictionApplies,
  shamingApplies,
  shamingChoices,
  STAGES,
  stageIds,
  standingOf,
  tierIds,
  type DebtorState,
  type DebtorVoice,
} from '../../src/model/judgment-debtor';
import { listGroundIds, repairTiers, restrictions, unableToPay } from '../../src/model/lao-lai';
import { modelCopy } from '../../src/model/copy';
import { formatterFor } from '../../src/i18n';
import { decodeState, encodeState } from '../../src/widgets/url-state';
import { debtorIdentity } from '../../src/widgets/judgment-debtor/state';
import { debtorData, debtorEvidence, debtorWords } from '../../src/widgets/judgment-debtor/words';
import bibliography from '../../content/bibliography.json';

const copy = modelCopy('en');
const voice: DebtorVoice = { copy: copy.judgmentDebtor, common: copy.common, format: formatterFor('en') };
const data = debtorData();
const at = (step: number, changes: Partial<DebtorState> = {}): DebtorState => ({ ...defaultDebtorState, ...changes, step });

describe('who is listed: conduct, not debt and not a score', () => {
  it('lists an able debtor on exactly the ground of what they did, for each of the six', () => {
    for (const ground of listGroundIds) expect(listingOf({ means: 'able', conduct: ground })).toEqual({ listed: true, ground });
  });

  it('does not list an able debtor who pays', () => {
    expect(listingOf({ means: 'able', conduct: 'pays' })).toEqual({ listed: false, reason: 'paid' });
  });

  it('never lists a debtor who cannot pay as dishonest, whatever conduct the state still holds', () => {
    for (const conduct of ['pays', ...listGroundIds] as const) expect(listingOf({ means: 'unable', conduct })).toEqual({ listed: false, reason: 'unable' });
  });

  it('rests the unable-to-pay distinction on the ledger’s evidence (verified, secondary: documented with a note)', () => {
    expect(data.unable.evidence).toEqual(unableToPay.evidence);
    expect(data.unable.evidence.kind).toBe('documented');
    expect(data.unable.evidence.note).toBeDefined();
    expect(data.unable.since).toBe(2024);
  });

  it('applies restrictions and shaming only once reached, and only to a listed debtor', () => {
    expect(restrictionApplies(at(2))).toBe(false);
    expect(restrictionApplies(at(3))).toBe(true);
    expect(restrictionApplies(at(3, { conduct: 'pays' }))).toBe(false);
    expect(restrictionApplies(at(5, { means: 'unable' }))).toBe(false);
    expect(shamingApplies(at(3))).toBe(false);
    expect(shamingApplies(at(4))).toBe(true);
    expect(shamingApplies(at(4, { means: 'unable' }))).toBe(false);
  });
});

describe('the way out', () => {
  it('has nothing to leave for a debtor never listed', () => {
    expect(outcomeOf(at(5, { conduct: 'pays' }), data)).toEqual({ kind: 'never-listed', reason: 'paid' });
    expect(outcomeOf(at(5, { means: 'unable' }), data)).toEqual({ kind: 'never-listed', reason: 'unable' });
  });

  it('gives each repair tier the display period of the 2025 plan and 2026 measures', () => {
    for (const tier of tierIds) {
      const { fromMonths, toMonths } = repairTiers.find((t) => t.id === tier)!;
      expect(outcomeOf(at(5, { exit: 'credit-repair', tier }), data)).toEqual({ kind: 'credit-repair', tier, fromMonths, toMonths });
    }
    expect(outcomeOf(at(5, { exit: 'perform' }), data)).toEqual({ kind: 'perform' });
  });

  it('says the periods in words', () => {
    expect(periodOf({ fromMonths: 0, toMonths: 3 }, voice.copy, voice.format)).toBe('up to 3 months');
    expect(periodOf({ fromMonths: 12, toMonths: 36 }, voice.copy, voice.format)).toBe('12 to 36 months');
  });
});

describe('the path as the kit reads it', () => {
  it('has one stage per step, each reached at its own step, and marks only the stages a step flips', () => {
    expect(debtorPath.consequences.map((c) => c.id)).toEqual([...stageIds]);
    expect(debtorPath.scale).toMatchObject({ min: 1, max: STAGES });
    expect(flippedBetween(at(1), at(2))).toEqual(new Set(['deadline']));
    expect(flippedBetween(at(5), restart(at(5)))).toEqual(new Set(['deadline', 'decision', 'shaming', 'way-out']));
    expect(flippedBetween(at(3), choose(at(3), 'conduct', 'evades')).size).toBe(0);
    expect(nextStep(at(STAGES)).step).toBe(STAGES);
  });

  it('announces the step and where the reader stands', () => {
    expect(describeDebtorChange(at(1), data, voice)).toBe('Step 1 of 5: The judgment. You are a person, able to pay.');
    expect(describeDebtorChange(at(3, { conduct: 'evades' }), data, voice)).toBe('Step 3 of 5: The court decides. Listed as a dishonest judgment debtor, for evading enforcement.');
    expect(describeDebtorChange(at(3, { means: 'unable' }), data, voice)).toBe('Step 3 of 5: The court decides. Not listed as dishonest: you cannot pay.');
    expect(standingOf(at(5, { exit: 'credit-repair', tier: 'serious' }), data, voice)).toBe('Credit repair, tier serious: a record of this tier is shown for 12 to 36 months; once repaired, publication stops.');
    expect(standingOf(at(4, { conduct: 'pays' }), data, voice)).toBe('No shaming: you are not on the list.');
  });
});

describe('the facts come from the lao-lai model, each with its evidence', () => {
  it('shows every 2015 restriction once, and the bar on company posts', () => {
    expect(data.restrictions.map((r) => r.id).sort()).toEqual([...restrictions.map((r) => r.id), 'executive-posts'].sort());
    expect(data.restrictions.filter((r) => r.shown).map((r) => r.icon)).toEqual(['plane', 'train', 'hotel', 'school', undefined]);
  });

  it('ties each shaming method to a documented case of that method', () => {
    for (const choice of shamingChoices) expect(data.cases[choice].evidence.kind).toBe('documented');
    expect(data.cases.ringback).toMatchObject({ id: 'guanyun-ringback', date: '2017-07', debtors: 10 });
    expect(data.cases.moments.date).toBe('2017-09');
  });

  it('labels as illustrative only the widget’s own choices: the steps, the court’s method, the tier, the open question', () => {
    const illustrative = debtorEvidence(data).filter((e) => e.kind === 'illustrative').map((e) => e.note);
    expect(new Set(illustrative)).toEqual(new Set(['judgmentDebtor.path', 'judgmentDebtor.shaming-choice', 'judgmentDebtor.tier-choice', 'judgmentDebtor.unable-open']));
  });

  it('cites only entries in the bibliography, and has a note for every note key', () => {
    const ids = new Set(bibliography.map((e) => e.id));
    const words = debtorWords('en');
    for (const e of debtorEvidence(data)) {
      for (const ref of e.refs ?? []) expect(ids.has(ref), ref).toBe(true);
      if (e.note) expect(words.copy.notes[e.note], e.note).toBeTruthy();
    }
  });

  it('has words for every id it shows', () => {
    const c = copy.judgmentDebtor;
    for (const id of stageIds) expect(c.stages[id].label).toBeTruthy();
    for (const id of ['pays', ...listGroundIds] as const) expect(c.conduct[id].option).toBeTruthy();
    for (const r of data.restrictions) expect(c.restrictions[r.id]).toBeTruthy();
    for (const choice of shamingChoices) expect(c.cases[data.cases[choice].id as keyof typeof c.cases], choice).toBeTruthy();
  });
});

describe('the URL codec', () => {
  const { codec } = debtorIdentity;
  it('round-trips every choice', () => {
    const states: DebtorState[] = [defaultDebtorState, at(3, { who: 'company', means: 'unable' }), at(5, { conduct: 'refuses-settlement', shaming: 'map', exit: 'credit-repair', tier: 'minor' })];
    for (const conduct of Object.keys(codes.conduct) as DebtorState['conduct'][]) states.push(at(2, { conduct }));
    for (const state of states) expect(decodeState(codec, encodeState(codec, state))).toEqual(state);
    expect(encodeState(codec, defaultDebtorState)).toBe('1.5iarrpg');
  });

  it('returns null for anything it did not write', () => {
    for (const bad of ['', '1.', '1.1iarrp', '1.1iarrpgx', '1.6iarrpg', '1.0iarrpg', '1.1zarrpg', '1.1iaZrpg', '2.1iarrpg', '1.xiarrpg', 'junk', '1.1iarrp\u00e9'])
      expect(decodeState(codec, bad), bad).toBeNull();
  });
});
