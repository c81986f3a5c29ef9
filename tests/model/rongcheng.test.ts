import { describe, expect, it } from 'vitest';
import {
  addEntry,
  boardAxis,
  consentEvidence,
  defaultRongchengState,
  describeGradeRange,
  describePenalty,
  describeRongchengChange,
  describeStanding,
  findLedgerItem,
  gradeFor,
  huantaiComparison,
  isLowGrade,
  ledgerItems,
  LIU_GUOPING,
  lowScoreRuleEvidence,
  describeBurst,
  MAX_LEDGER_ENTRIES,
  neighbours,
  olderSchemeNotes,
  removeEntry,
  RONGCHENG_START,
  rongcheng,
  rongchengScore,
  runningTotals,
  separatePenalties,
  setConsent,
  startEvidence,
  villageBoard,
} from '../../src/model/rongcheng';
import { refsOf } from '../../src/model/evidence';
import { voiceFor } from '../../src/model/copy';

const voice = voiceFor('en', 'rongcheng');
import { consequencesAt } from '../../src/model/system';

const withEntries = (...entries: string[]) => ({ consented: true, entries });

describe('Rongcheng ledger', () => {
  it('starts at the reported 1,000 points, grade A', () => {
    expect(rongchengScore(defaultRongchengState)).toBe(1000);
    expect(gradeFor(1000).id).toBe('A');
  });

  it('adds deeds and subtracts offences with the documented values', () => {
    expect(rongchengScore(withEntries('donate-tv'))).toBe(1030);
    expect(rongchengScore(withEntries('sunflower-seeds'))).toBe(990);
    expect(rongchengScore(withEntries('destroy-equipment'))).toBe(900);
    expect(runningTotals(['sunflower-seeds', 'donate-tv', 'basketball-hoop'])).toEqual([990, 1020, 1022]);
  });

  it('uses the documented deduction for each offence in the official standard', () => {
    const points = Object.fromEntries(ledgerItems.map((i) => [i.id, i.points]));
    expect(points).toMatchObject({
      'bank-arrears': -10,
      'late-fees': -20,
      'contract-breach': -20,
      'sued-for-debt': -30,
      'fake-goods': -30,
      'sued-breach': -50,
      'steal-utilities': -60,
      'destroy-equipment': -100,
      'basketball-hoop': 2,
      'donate-tv': 30,
      'son-in-army': 10,
    });
  });

  it('rejects an unknown deed, a bad removal and an overlong ledger', () => {
    expect(() => addEntry(defaultRongchengState, 'jaywalking')).toThrow(/unknown deed or offence "jaywalking"/);
    expect(() => rongchengScore(withEntries('jaywalking'))).toThrow(/jaywalking/);
    expect(() => removeEntry(withEntries('donate-tv'), 1)).toThrow(/no ledger entry at position 1/);
    const full = withEntries(...Array.from({ length: MAX_LEDGER_ENTRIES }, () => 'basketball-hoop'));
    expect(() => addEntry(full, 'basketball-hoop')).toThrow(/at most 40/);
  });

  it('removes the chosen entry only', () => {
    expect(removeEntry(withEntries('donate-tv', 'sunflower-seeds', 'donate-tv'), 1).entries).toEqual(['donate-tv', 'donate-tv']);
  });
});

describe('Rongcheng grades at their (illustrative) edges', () => {
  it.each([
    [1050, 'AAA'],
    [1049, 'AA'],
    [1030, 'AA'],
    [1029, 'A'],
    [960, 'A'],
    [959, 'B'],
    [850, 'B'],
    [849, 'C'],
    [600, 'C'],
    [599, 'D'],
    [-500, 'D'],
  ])('%i points is grade %s', (score, grade) => {
    expect(gradeFor(score).id).toBe(grade);
  });

  it('labels every band but AAA as illustrative, and AAA by its documented Huantai line', () => {
    for (const band of rongcheng.bands) expect(band.evidence.kind).toBe('illustrative');
    expect(rongcheng.bands[0]!.evidence.refs).toContain('chinanews-huantai-2022');
  });

  it('unlocks village rewards at 1,020 and nothing else at any score', () => {
    const unlocked = (score: number) => consequencesAt(rongcheng, score).unlocked.map((c) => c.id);
    expect(unlocked(1019)).toEqual([]);
    expect(unlocked(1020)).toEqual(['village-rewards']);
    expect(unlocked(5000)).toEqual(['village-rewards']);
    expect(unlocked(-5000)).toEqual([]);
  });

  it('no restriction or shaming hangs off the score alone: penalties come only from ledger entries', () => {
    // The current rules: "a low score alone is never the basis" for penalties (China Law
    // Translate's summary). A consequence of a bad kind switched on by a threshold would say otherwise.
    for (const consequence of rongcheng.consequences) expect(['restriction', 'shaming']).not.toContain(consequence.kind);
    expect(separatePenalties(withEntries())).toEqual([]);
  });

  it('keeps what grades did before 2021 as dated notes with sources, outside the consequences', () => {
    expect(olderSchemeNotes.map((n) => n.id)).toEqual(['ballot-2015', 'grades-in-daily-life']);
    for (const note of olderSchemeNotes) {
      expect(note.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(note.evidence.kind).toBe('documented');
      expect(rongcheng.consequences.map((c) => c.id)).not.toContain(note.id);
    }
  });

  it('shows Huantai only as another county, never among Rongcheng\'s consequences', () => {
    expect(rongcheng.consequences.flatMap((c) => refsOf(c.evidence))).not.toContain('chinanews-huantai-2022');
    expect(voice.copy.huantai.place).toMatch(/Zibo/);
    expect(huantaiComparison.evidence).toEqual({ kind: 'documented', refs: ['chinanews-huantai-2022'] });
  });

  it('labels every separate penalty: cited where a source names it, a general legal consequence otherwise', () => {
    for (const item of ledgerItems.filter((i) => i.penalty)) {
      const { evidence } = item.penalty!;
      if (evidence.kind === 'illustrative') expect(voice.copy.notes[evidence.note as keyof typeof voice.copy.notes]).toMatch(/general legal consequence/);
      else expect(evidence.refs.length).toBeGreaterThan(0);
    }
  });

  it('labels Liu Guoping\'s 1,020 as reported, since it rests on the reported 1,000 start', () => {
    const liu = neighbours.find((n) => n.id === LIU_GUOPING)!;
    expect(liu.score).toBe(RONGCHENG_START + 20);
    expect(liu.evidence.kind).toBe(startEvidence.kind);
  });
});

describe('Consent and penalties', () => {
  it('without consent records are kept but there is no score and nothing unlocks', () => {
    const state = setConsent(withEntries('donate-tv', 'donate-tv'), false);
    expect(state.entries).toHaveLength(2);
    expect(rongchengScore(state)).toBeNull();
    expect(consequencesAt(rongcheng, null).unlocked).toEqual([]);
    expect(describeStanding(null, voice)).toMatch(/without consent/);
  });

  it('penalties come from the decisions behind offences, not from the grade', () => {
    const lowButClean = withEntries(...Array.from({ length: 8 }, () => 'bank-arrears'));
    expect(gradeFor(rongchengScore(lowButClean)!).id).toBe('B');
    expect(separatePenalties(lowButClean)).toEqual([]);
    const sued = withEntries('sued-for-debt', 'sued-for-debt', 'donate-tv');
    expect(gradeFor(rongchengScore(sued)!).id).toBe('A');
    expect(separatePenalties(sued).map((p) => p.item.id)).toEqual(['sued-for-debt']);
  });

  it('describes a change with the grade it moved to', () => {
    expect(describeRongchengChange(defaultRongchengState, withEntries('donate-tv'), voice, 'Donated a TV: +30 points')).toBe(
      'Donated a TV: +30 points. Score 1,000 to 1,030 (+30), grade now AA. Unlocked: Village rewards and praise on the board.',
    );
    expect(describeRongchengChange(withEntries('donate-tv'), setConsent(withEntries('donate-tv'), false), voice)).toBe(
      'No longer scored. Lost: Village rewards and praise on the board.',
    );
  });
});

describe('Village board', () => {
  it('ranks the reader among the neighbours, highest first', () => {
    const board = villageBoard(1000);
    expect(board.map((r) => r.score)).toEqual([...board.map((r) => r.score)].sort((a, b) => b - a));
    expect(board.find((r) => r.isReader)!.rank).toBe(5);
    expect(describeStanding(1000, voice)).toBe('You rank 5 of 9 on the village board.');
    expect(describeStanding(2000, voice)).toBe('You rank 1 of 9 on the village board.');
  });

  it('includes Liu Guoping at his documented 1,020', () => {
    expect(villageBoard(1000).find((r) => r.id === LIU_GUOPING)!.score).toBe(1020);
  });
});

describe('Words for the ledger widget', () => {
  it('names who penalises, what, and which entry it is for', () => {
    const item = findLedgerItem('sued-for-debt');
    expect(describePenalty(item, voice)).toBe(
      'The court: a judgment to pay; refuse to pay when you can and the court can list you as a defaulter, with bans on flights and high-speed trains. For: Get sued and found liable for an unpaid debt',
    );
  });

  it('gives each grade its points range, open at the top and the bottom', () => {
    const range = (id: string) => describeGradeRange(rongcheng.bands.find((b) => b.id === id)!, voice);
    expect(range('AAA')).toBe('1,050 points or more');
    expect(range('AA')).toBe('1,030–1,049 points');
    expect(range('D')).toBe('599 points or less');
  });

  it('treats only C and D as low grades', () => {
    expect(rongcheng.bands.filter(isLowGrade).map((b) => b.id)).toEqual(['C', 'D']);
  });

  it('cites the current rules for consent and for the low-score rule', () => {
    expect(consentEvidence).toMatchObject({ kind: 'documented', refs: ['clt-rongcheng-experience'] });
    expect(lowScoreRuleEvidence.refs).toEqual(['clt-rongcheng-experience']);
    expect(voice.copy.lowScoreRule.quote).toMatch(/^a low score alone is never the basis/);
    expect(voice.copy.lowScoreRule.attribution).toMatch(/China Law Translate/);
  });

  it('says a burst of ledger actions once: the action, the same one several times, or a count', () => {
    expect(describeBurst([], voice)).toBeUndefined();
    expect(describeBurst([{ type: 'add', item: 'donate-tv' }], voice)).toBe('Donate a 3,000-yuan TV to the village: +30 points');
    expect(describeBurst([{ type: 'add', item: 'late-fees' }, { type: 'add', item: 'late-fees' }], voice)).toBe('Pay public-service fees late: −20 points, 2 times');
    expect(describeBurst([{ type: 'clear' }, { type: 'consent', consented: false }], voice)).toBe('2 changes to the ledger');
    expect(describeBurst([{ type: 'remove', item: 'donate-tv' }], voice)).toBe('Removed: Donate a 3,000-yuan TV to the village');
  });
});

describe('village board axis', () => {
  it('spans every villager and the start in round fifties, ticking every 50 where there is room', () => {
    expect(boardAxis([930, 1055], 5)).toEqual({ domain: [900, 1100], ticks: [900, 950, 1000, 1050, 1100] });
  });
  it('ticks less often when the board is narrow or the scores spread far', () => {
    expect(boardAxis([930, 1055], 4).ticks).toEqual([900, 1000, 1100]);
    const wide = boardAxis([-2000, 1055], 6);
    expect(wide.domain).toEqual([-2050, 1100]);
    expect(wide.ticks.length).toBeLessThanOrEqual(6);
    expect(wide.ticks.every((t) => t >= -2050 && t <= 1100)).toBe(true);
  });
});
