import { describe, expect, it } from 'vitest';
import {
  NEW_ADDRESS_COST,
  OWN_RECORD,
  addressCounts,
  defaultMoveHouseState,
  describeMoveHouseChange,
  flippedBetween,
  loanTerms,
  moveHouseEvidence,
  moveHouseNoteKeys,
  moveHouseRefs,
  moveHouseScore,
  moveHouseData,
  lossAt,
  moveTo,
  neighbourhoodIds,
  neighbourhoods,
  ruleIds,
  setRule,
  stay,
  termsAt,
  type MoveHouseVoice,
} from '../../src/model/move-house';
import * as schufa from '../../src/model/schufa';
import { ADDRESS_MAX_LOSS_SHARE, addressRule, newScore } from '../../src/model/schufa';
import { modelCopy } from '../../src/model/copy';
import { formatterFor } from '../../src/i18n/format';
import { moveHouseIdentity } from '../../src/widgets/move-house/state';
import { decodeState, encodeState } from '../../src/widgets/url-state';
import bibliography from '../../content/bibliography.json';

const data = moveHouseData(schufa);
const { system: moveHouseSystem, evidence: evidenceOf, rules } = data;
const score = (state: Parameters<typeof moveHouseScore>[1]) => moveHouseScore(data, state);
const copy = modelCopy('en');
const voice: MoveHouseVoice = { copy: copy.moveHouse.system, common: copy.common, format: formatterFor('en'), house: copy.moveHouse };
const at = (rule: (typeof ruleIds)[number], home: (typeof neighbourhoodIds)[number], settled = true) => ({ rule, home, settled });

describe('move-house: the rules', () => {
  it('one factor only: the address lowers the score, never by more than half, and your own record still counts', () => {
    expect(data.maxLoss).toBe(ADDRESS_MAX_LOSS_SHARE);
    for (const n of neighbourhoods) {
      const loss = lossAt(data, n.id);
      expect(loss).toBeGreaterThanOrEqual(0);
      expect(loss).toBeLessThanOrEqual(ADDRESS_MAX_LOSS_SHARE);
      const value = score(at('one-factor', n.id));
      expect(value).toBe(Math.round(OWN_RECORD * (1 - loss)));
      expect(value).toBeGreaterThanOrEqual(Math.round(OWN_RECORD / 2));
    }
    expect(score(at('one-factor', 'station'))).toBe(Math.round(OWN_RECORD * (1 - ADDRESS_MAX_LOSS_SHARE)));
  });

  it('Schufa’s new score: the neighbourhood does not count, a fresh address does, and staying wins it back', () => {
    const scores = new Set(neighbourhoodIds.map((id) => score(at('new-score', id))));
    expect([...scores]).toEqual([OWN_RECORD]);
    const moved = moveTo(setRule(defaultMoveHouseState, 'new-score'), 'station');
    expect(score(moved)).toBe(OWN_RECORD - NEW_ADDRESS_COST);
    expect(score(moveTo(setRule(defaultMoveHouseState, 'new-score'), 'north-hill'))).toBe(OWN_RECORD - NEW_ADDRESS_COST);
    expect(score(stay(moved))).toBe(OWN_RECORD);
  });

  it('the 2024 draft ban: moving changes nothing', () => {
    for (const id of neighbourhoodIds) {
      expect(score(at('draft-ban', id))).toBe(OWN_RECORD);
      expect(score(at('draft-ban', id, false))).toBe(OWN_RECORD);
    }
    expect(addressCounts('draft-ban')).toBe('nothing');
  });

  it('takes its rules from the schufa model: the draft is dated 7 February 2024 and not enacted; the scale is the new score’s', () => {
    expect(addressRule('draft-ban-2024').enacted).toBe(false);
    expect(rules.find((r) => r.id === 'draft-ban')!.date).toBe('2024-02-07');
    expect(moveHouseSystem.scale).toMatchObject({ min: newScore.min, max: newScore.max });
  });

  it('moving to where you live changes nothing; moving elsewhere leaves you unsettled', () => {
    expect(moveTo(defaultMoveHouseState, defaultMoveHouseState.home)).toBe(defaultMoveHouseState);
    expect(moveTo(defaultMoveHouseState, 'harbour')).toEqual({ ...defaultMoveHouseState, home: 'harbour', settled: false });
  });
});

describe('move-house: loan terms', () => {
  it('gives the best term a score reaches, or none below the lowest line', () => {
    expect(termsAt(loanTerms[0].atLeast - 1)).toBeNull();
    expect(termsAt(loanTerms[0].atLeast)!.id).toBe('loan-offered');
    expect(termsAt(loanTerms[2].atLeast)!.id).toBe('best-rate');
    expect(termsAt(newScore.max)!.id).toBe('best-rate');
  });

  it('labels every score, loss, line and rate illustrative', () => {
    for (const e of [evidenceOf.score, evidenceOf.loss, evidenceOf.terms, evidenceOf.newAddress, evidenceOf.city, evidenceOf.scale]) expect(e.kind).toBe('illustrative');
    for (const c of moveHouseSystem.consequences) expect(c.evidence.kind).toBe('illustrative');
  });

  it('announces a move that loses the loan terms in the model’s words', () => {
    const to = moveTo(defaultMoveHouseState, 'station');
    const sentence = describeMoveHouseChange(data, defaultMoveHouseState, to, [{ move: 'station' }], voice);
    expect(sentence).toContain('Moved to Station Quarter');
    expect(sentence).toContain(copy.moveHouse.system.consequences['standard-rate'].label);
    expect(sentence).toContain(copy.moveHouse.change.refused);
    expect(flippedBetween(data, defaultMoveHouseState, to)).toEqual(new Set(['loan-offered', 'standard-rate']));
    const better = moveTo(defaultMoveHouseState, 'north-hill');
    expect(describeMoveHouseChange(data, defaultMoveHouseState, better, [{ move: 'north-hill' }], voice)).toContain(`Loan now offered at ${voice.format.percent(loanTerms[2].rate)} a year.`);
  });

  it('says nothing about the loan when the terms stay', () => {
    const from = setRule(defaultMoveHouseState, 'draft-ban');
    const sentence = describeMoveHouseChange(data, from, moveTo(from, 'station'), [{ move: 'station' }], voice);
    expect(sentence).not.toContain('Loan now');
    expect(sentence).toContain('Score stays at');
  });
});

describe('move-house: words, sources and the URL', () => {
  it('has words for every rule, neighbourhood, loan term and evidence note', () => {
    for (const id of ruleIds) expect(copy.moveHouse.rules[id].label).toBeTruthy();
    for (const id of neighbourhoodIds) expect(copy.moveHouse.neighbourhoods[id]).toBeTruthy();
    for (const c of moveHouseSystem.consequences) expect(copy.moveHouse.system.consequences[c.id as 'best-rate']).toBeDefined();
    for (const key of moveHouseNoteKeys(data)) expect(copy.moveHouse.system.notes[key as 'moveHouse.score'], key).toBeTruthy();
    expect(moveHouseEvidence(data).length).toBeGreaterThan(0);
  });

  it('cites only sources in the bibliography', () => {
    const ids = new Set(bibliography.map((entry) => entry.id));
    for (const id of moveHouseRefs(data)) expect(ids.has(id), id).toBe(true);
  });

  it('round-trips every state through the URL and rejects anything else', () => {
    const { codec } = moveHouseIdentity;
    for (const rule of ruleIds) for (const home of neighbourhoodIds) for (const settled of [true, false]) {
      const state = at(rule, home, settled);
      expect(decodeState(codec, encodeState(codec, state))).toEqual(state);
    }
    for (const bad of ['', '1.', '1.ar', '1.arsx', '1.zrs', '1.azs', '1.arq', '2.ars', 'ars', '1.ARS']) expect(decodeState(codec, bad), bad).toBeNull();
  });
});
