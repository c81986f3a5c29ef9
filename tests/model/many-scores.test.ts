import { describe, expect, it } from 'vitest';
import bibliography from '../../content/bibliography.json';
import {
  actionIds,
  cardOf,
  courtRestrictions,
  defaultManyScoresState,
  describeElsewhere,
  describeManyScoresChange,
  describeReaction as describeCell,
  describeScale,
  describeSystem,
  flippedBetween,
  reachedBy as reached,
  reactionOf as cell,
  readingOf,
  sesameOf,
  standingOf as standing,
  systemIds,
  systemsReached as changeReaches,
  toggleAction,
  type ActionId,
  type ManyScoresState,
  type ManyScoresVoice,
  type Reaction,
  type SystemId,
} from '../../src/model/many-scores';
import * as rules from '../../src/model/many-scores';
import * as model from '../../src/model/many-scores-data';
import { ledgerItemOf, manyScoresData as data, manyScoresEvidence, manyScoresNoteKeys, manyScoresRefs, personSesame, sesameBehaviourOf } from '../../src/model/many-scores-data';
import { applyBehaviour, sesame, sesameScore } from '../../src/model/sesame';
import { findLedgerItem, RONGCHENG_START } from '../../src/model/rongcheng';
import { tencentCreditScale } from '../../src/model/timeline';
import { consequencesAt } from '../../src/model/system';
import { modelCopy, voiceFor } from '../../src/model/copy';

const copy = modelCopy('en');
const voice: ManyScoresVoice = { ...voiceFor('en', 'sesame'), many: copy.manyScores };
const refIds = new Set(bibliography.map((entry) => entry.id));
const notes: Record<string, string> = { ...copy.sesame.notes, ...copy.rongcheng.notes, ...copy.manyScores.notes };

const doing = (...ids: string[]): ManyScoresState => ids.reduce(toggleAction, defaultManyScoresState);
const reactionOf = (action: ActionId, system: SystemId) => cell(data, action, system);
const reachedBy = (action: ActionId) => reached(data, action);
const standingOf = (state: ManyScoresState, system: SystemId) => standing(data, state, system);
const describeReaction = (reaction: Reaction, words: ManyScoresVoice) => describeCell(reaction, words);
const personSesameScore = (state: ManyScoresState) => sesameOf(data, state);
const personRongchengPoints = (state: ManyScoresState) => readingOf(data, state, 'rongcheng')!.value;
const findSystem = (id: string) => data.systems.find((s) => s.id === id)!;
const findAction = (id: string) => data.actions.find((a) => a.id === id)!;
const { reactions, systems: manySystems, actions: manyActions } = data;
const standings = (state: ManyScoresState) => Object.fromEntries(systemIds.map((id) => [id, standingOf(state, id)]));

describe('the systems, each on its own native scale', () => {
  it('has eight systems and seven actions, every cell filled', () => {
    expect(manySystems.map((s) => s.id)).toEqual([...systemIds]);
    expect(manyActions.map((a) => a.id)).toEqual([...actionIds]);
    expect(reactions).toHaveLength(systemIds.length * actionIds.length);
  });

  it('takes the scales other models own from those models, not a second copy', () => {
    expect(findSystem('sesame').scale).toEqual({ kind: 'range', min: sesame.scale.min, max: sesame.scale.max });
    expect(findSystem('sesame').evidence).toContain(sesame.scale.evidence);
    expect(findSystem('tencent').scale).toEqual({ kind: 'range', min: tencentCreditScale.min, max: tencentCreditScale.max });
    expect(findSystem('rongcheng').scale).toEqual({ kind: 'ledger', start: RONGCHENG_START });
  });

  it.each([
    ['sesame', '350–950'],
    ['tencent', '300–850'],
    ['rongcheng', 'points from 1,000'],
    ['yangqiao', '0–100'],
    ['court-list', 'on the list or not'],
    ['company-list', 'on the list or not'],
    ['schufa', '100–999'],
    ['fico', '300–850'],
  ])('%s is shown on its scale, %s', (id, scale) => {
    expect(describeScale(findSystem(id).scale, voice)).toBe(scale);
  });

  it('says when Tencent Credit existed: one day', () => {
    expect(describeSystem(findSystem('tencent'), voice)).toBe(
      "Tencent's score, 300 to 850, opened to the whole country through WeChat on 30 January 2018 and pulled on 31 January 2018.",
    );
  });

  it('has no total: nothing in the model adds the systems up, only the evidence for why not', () => {
    expect([...Object.keys(rules), ...Object.keys(model), ...Object.keys(data)].filter((name) => /total|sum|overall|combined/i.test(name))).toEqual(['noTotalEvidence']);
  });
});

describe('what each action reaches', () => {
  it('posting criticism changes no system', () => {
    expect(reachedBy('post-criticism')).toEqual([]);
    const after = doing('post-criticism');
    expect(personSesameScore(after)).toBe(personSesameScore(defaultManyScoresState));
    expect(personRongchengPoints(after)).toBe(RONGCHENG_START);
    expect(Object.values(standings(after)).every((s) => s === 'rest')).toBe(true);
  });

  it('no action reaches every system, and most reach one or none', () => {
    for (const action of actionIds) expect(reachedBy(action).length, action).toBeLessThan(systemIds.length);
    expect(actionIds.filter((action) => reachedBy(action).length <= 1).length).toBeGreaterThan(actionIds.length / 2);
  });

  it('doing everything at once still leaves systems untouched: Tencent Credit and a village elsewhere', () => {
    const everything = doing(...actionIds);
    expect(standingOf(everything, 'tencent')).toBe('rest');
    expect(standingOf(everything, 'yangqiao')).toBe('rest');
    expect(cardOf(data, 'tencent').triggers).toEqual([]);
  });

  it.each([
    ['miss-repayment', ['sesame', 'rongcheng', 'schufa', 'fico']],
    ['ignore-judgment', ['court-list']],
    ['litter-rongcheng', ['rongcheng']],
    ['give-blood-nanjing', []],
    ['post-criticism', []],
    ['move-postcode', ['schufa']],
    ['company-inspection', ['company-list']],
  ])('%s reaches %j', (action, systems) => {
    expect(reachedBy(action as ActionId)).toEqual(systems);
  });

  it('works out Sesame’s and Rongcheng’s numbers with their own models, for every combination of the actions that move them', () => {
    const [sesameReading, rongchengReading] = data.readings;
    expect(sesameReading!.moves).toEqual(actionIds.filter((id) => sesameBehaviourOf[id]));
    expect(rongchengReading!.moves).toEqual(actionIds.filter((id) => ledgerItemOf[id]));
    for (const reading of data.readings) expect(Object.keys(reading.values)).toHaveLength(2 ** reading.moves.length);
    const everything = doing(...actionIds);
    expect(personRongchengPoints(everything)).toBe(RONGCHENG_START + findLedgerItem('bank-arrears').points + findLedgerItem('sunflower-seeds').points);
    expect(personSesameScore(everything)).toBe(sesameScore(applyBehaviour(applyBehaviour(personSesame, 'miss-repayment'), 'post-criticism').levels));
    expect(readingOf(data, everything, 'schufa')).toBeNull();
  });

  it('a missed repayment moves Sesame by its own model and Rongcheng by its own ledger', () => {
    const after = doing('miss-repayment');
    expect(personSesameScore(after)).toBe(sesameScore(applyBehaviour(personSesame, 'miss-repayment').levels));
    expect(personSesameScore(after)).toBeLessThan(personSesameScore(defaultManyScoresState));
    expect(personRongchengPoints(after)).toBe(RONGCHENG_START + findLedgerItem('bank-arrears').points);
    expect(standings(after)).toMatchObject({ sesame: 'reacts', rongcheng: 'reacts', schufa: 'reacts', fico: 'reacts', 'court-list': 'rest' });
  });

  it('the person starts above the 750 visa lines, and one missed repayment takes them below', () => {
    const unlocked = (state: ManyScoresState) => consequencesAt(sesame, personSesameScore(state)).unlocked.map((c) => c.id);
    expect(unlocked(defaultManyScoresState)).toContain('luxembourg-visa');
    expect(unlocked(doing('miss-repayment'))).not.toContain('luxembourg-visa');
    expect(flippedBetween(data, defaultManyScoresState, doing('miss-repayment'))).toEqual(new Set(['luxembourg-visa', 'japan-visa', 'canada-finances', 'sesame', 'rongcheng', 'schufa', 'fico']));
  });

  it('littering in a Rongcheng village costs what the ledger says, and touches nothing else', () => {
    expect(personRongchengPoints(doing('litter-rongcheng'))).toBe(RONGCHENG_START + findLedgerItem('sunflower-seeds').points);
    expect(describeReaction(reactionOf('litter-rongcheng', 'rongcheng'), voice)).toMatch(/^−10 points and a village fine/);
    expect(describeReaction(reactionOf('litter-rongcheng', 'yangqiao'), voice)).toMatch(/^Yangqiao takes −5 for littering/);
    expect(reactionOf('litter-rongcheng', 'yangqiao').reach).toBe('none');
  });

  it('giving blood does not lift a court listing: only paying does', () => {
    expect(standingOf(doing('ignore-judgment', 'give-blood-nanjing'), 'court-list')).toBe('reacts');
    expect(describeReaction(reactionOf('give-blood-nanjing', 'court-list'), voice)).toBe('Good deeds do not end a listing: paying, or doing what the judgment orders, does.');
    expect(describeElsewhere(findAction('give-blood-nanjing'), voice)).toMatch(/50%–60% off buses and the subway\. About 5,000 had been issued/);
  });

  it('the reactions that need a decision or a finding say so: they depend', () => {
    expect(reactionOf('company-inspection', 'company-list').reach).toBe('depends');
    expect(reactionOf('move-postcode', 'schufa').reach).toBe('depends');
    expect(describeReaction(reactionOf('company-inspection', 'company-list'), voice)).toMatch(/at most 3 months if minor, 3 to 12 months if general, 12 to 36 months if serious\.$/);
  });

  it('where no source gives a size, the cell gives the rule and no number of points', () => {
    for (const system of ['schufa', 'fico'] as const) {
      const sentence = describeReaction(reactionOf('miss-repayment', system), voice);
      expect(sentence).toMatch(/Our sources give no number of points\.$/);
      expect(reactionOf('miss-repayment', system).figures).not.toHaveProperty('points');
    }
  });
});

describe('every reaction has evidence and words', () => {
  it.each(reactions.map((r) => [`${r.action} × ${r.system}`, r] as const))('%s', (_cell, reaction) => {
    const { evidence } = reaction;
    if (evidence.kind === 'illustrative') expect(notes[evidence.note], evidence.note).toBeDefined();
    else expect(evidence.refs.length).toBeGreaterThan(0);
    for (const ref of evidence.refs ?? []) expect(refIds.has(ref), ref).toBe(true);
    const sentence = describeReaction(reaction, voice);
    expect(sentence.length).toBeGreaterThan(20);
    expect(sentence, 'every hole filled').not.toMatch(/\{\w+\}/);
  });

  it('cites only bibliography entries, and has a note for every note key', () => {
    expect([...manyScoresRefs].filter((id) => !refIds.has(id))).toEqual([]);
    expect([...manyScoresNoteKeys].filter((key) => notes[key] === undefined)).toEqual([]);
    expect(manyScoresEvidence.length).toBeGreaterThan(reactions.length);
  });

  it('has words for every system, action and restriction', () => {
    for (const system of manySystems) {
      const words = copy.manyScores.systems[system.id];
      expect(describeSystem(system, voice), system.id).not.toMatch(/\{\w+\}/);
      for (const standing of ['reacts', 'depends'] as const) {
        if (reactions.some((r) => r.system === system.id && r.reach === standing)) expect(words[standing], `${system.id} ${standing}`).toBeDefined();
      }
    }
    for (const action of actionIds) expect(copy.manyScores.actions[action].label).toBeTruthy();
    for (const action of manyActions) if (action.elsewhere) expect(describeElsewhere(action, voice), action.id).not.toMatch(/\{\w+\}/);
    for (const id of courtRestrictions) expect(copy.manyScores.restrictions[id], id).toBeDefined();
  });
});

describe('the reader’s actions', () => {
  it('toggle on and off, in a fixed order, each at most once', () => {
    expect(doing('litter-rongcheng', 'miss-repayment').actions).toEqual(['miss-repayment', 'litter-rongcheng']);
    expect(doing('miss-repayment', 'miss-repayment')).toEqual(defaultManyScoresState);
    expect(() => toggleAction(defaultManyScoresState, 'jaywalk')).toThrow(RangeError);
  });

  it('the systems a change reaches are those of the action taken or taken back', () => {
    expect(changeReaches(data, defaultManyScoresState, doing('ignore-judgment'))).toEqual(['court-list']);
    expect(changeReaches(data, doing('ignore-judgment'), defaultManyScoresState)).toEqual(['court-list']);
  });
});

describe('the announcement: one sentence per change, from the model', () => {
  it('names the action, the systems it reached of how many, and Sesame’s score with the perks it lost', () => {
    expect(describeManyScoresChange(data, defaultManyScoresState, doing('miss-repayment'), voice)).toBe(
      'Miss a loan repayment. Reached 4 of 8 systems: Sesame Credit; Rongcheng personal credit; Schufa; FICO Score. Sesame Credit 770 to 728 (−42). Lost: Luxembourg (Schengen) visa application; Japan visa application (certain provinces); Proof of funds for a Canadian visa.',
    );
  });

  it('says so when nothing reacts', () => {
    expect(describeManyScoresChange(data, defaultManyScoresState, doing('post-criticism'), voice)).toBe('Post criticism of the government online. No system reacts. Sesame Credit stays at 770.');
  });

  it('says what was undone, and a burst as one change count', () => {
    expect(describeManyScoresChange(data, doing('ignore-judgment'), defaultManyScoresState, voice)).toBe(
      'Undone: Ignore a court judgment you could pay. Reached 1 of 8 systems: Court defaulter list. Sesame Credit stays at 770.',
    );
    expect(describeManyScoresChange(data, defaultManyScoresState, doing('litter-rongcheng', 'post-criticism'), voice)).toBe(
      '2 changes to what you did. Reached 1 of 8 systems: Rongcheng personal credit. Sesame Credit stays at 770.',
    );
  });
});
