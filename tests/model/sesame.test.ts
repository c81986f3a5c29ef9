import { describe, expect, it } from 'vitest';
import {
  applyBehaviour,
  HOW_YOU_SCORE,
  behaviours,
  defaultSesameState,
  describeSesameChange,
  describeEffect,
  describePreset,
  findBehaviour,
  dimensions,
  findPreset,
  presets,
  sesame,
  sesameRefs,
  sesameScore,
  setLevel,
  uniformLevels,
  viewSesame,
} from '../../src/model/sesame';
import { bandAt, consequencesAt, ScoreRangeError } from '../../src/model/system';
import { voiceFor } from '../../src/model/copy';

const voice = voiceFor('en', 'sesame');

const unlockedIds = (score: number) => consequencesAt(sesame, score).unlocked.map((c) => c.id);

describe('Sesame scale and tiers', () => {
  it('runs from 350 to 950', () => {
    expect(sesameScore(uniformLevels(0))).toBe(350);
    expect(sesameScore(uniformLevels(100))).toBe(950);
  });

  it('weights sum to one, so the ends of the scale are reachable', () => {
    expect(dimensions.reduce((sum, d) => sum + d.weight, 0)).toBeCloseTo(1, 10);
  });

  it.each([
    [350, 'poor'],
    [549, 'poor'],
    [550, 'medium'],
    [599, 'medium'],
    [600, 'good'],
    [649, 'good'],
    [650, 'very-good'],
    [699, 'very-good'],
    [700, 'excellent'],
    [950, 'excellent'],
  ])('score %i is in the %s tier', (score, tier) => {
    expect(bandAt(sesame, score).id).toBe(tier);
  });

  it('bands tile the whole scale with no gaps or overlaps', () => {
    for (let score = sesame.scale.min; score <= sesame.scale.max; score++) {
      expect(sesame.bands.filter((b) => score >= b.min && score <= b.max)).toHaveLength(1);
    }
  });

  it.each([349, 951, Number.NaN, Infinity])('rejects the off-scale score %s', (score) => {
    expect(() => bandAt(sesame, score)).toThrow(ScoreRangeError);
    expect(() => consequencesAt(sesame, score)).toThrow(/outside the scale/);
  });
});

describe('Sesame perks at their thresholds', () => {
  it('599 has no perks; 600 unlocks deposit-free bikes in Suzhou', () => {
    expect(unlockedIds(599)).toEqual([]);
    expect(unlockedIds(600)).toEqual(['suzhou-bikes']);
  });

  it('649 vs 650: the illustrative rental perk', () => {
    expect(unlockedIds(649)).not.toContain('deposit-free-rentals');
    expect(unlockedIds(650)).toContain('deposit-free-rentals');
  });

  it('699 vs 700: the Singapore visa', () => {
    expect(unlockedIds(699)).not.toContain('singapore-visa');
    expect(unlockedIds(700)).toContain('singapore-visa');
  });

  it('749 vs 750: Luxembourg and Japan; Canada needs more than 750', () => {
    expect(unlockedIds(749)).not.toContain('luxembourg-visa');
    expect(unlockedIds(750)).toEqual(expect.arrayContaining(['luxembourg-visa', 'japan-visa']));
    expect(unlockedIds(750)).not.toContain('canada-finances');
    expect(unlockedIds(751)).toContain('canada-finances');
  });

  it('keeps the conflicting Luxembourg threshold with its own source', () => {
    const luxembourg = sesame.consequences.find((c) => c.id === 'luxembourg-visa')!;
    expect(luxembourg.when.atLeast).toBe(750);
    expect(luxembourg.conflicting?.[0]?.threshold.atLeast).toBe(700);
    expect(luxembourg.conflicting?.[0]?.evidence.refs).toContain('cgtn-2017-sesame');
  });

  it('950 unlocks everything', () => {
    expect(consequencesAt(sesame, 950).locked).toEqual([]);
  });
});

describe('Sesame inputs', () => {
  it('How You\'s preset reaches her reported 752 and is marked as reported', () => {
    const howYou = findPreset('how-you');
    expect(sesameScore(howYou.state.levels)).toBe(HOW_YOU_SCORE);
    expect(howYou.reportedScore).toBe(752);
    expect(howYou.evidence.kind).toBe('reported');
  });

  it('the typical 2015 user sits in the documented 500–600 range', () => {
    const score = viewSesame(defaultSesameState).score;
    expect(score).toBeGreaterThanOrEqual(500);
    expect(score).toBeLessThanOrEqual(600);
  });

  it('every preset is on the scale', () => {
    for (const preset of presets) expect(() => sesameScore(preset.state.levels)).not.toThrow();
  });

  it('rejects levels out of range or missing, and unknown dimensions', () => {
    expect(() => sesameScore({ ...uniformLevels(50), 'credit-history': 101 })).toThrow(/from 0 to 100, got 101/);
    expect(() => sesameScore({ ...uniformLevels(50), 'credit-history': -1 })).toThrow(RangeError);
    expect(() => sesameScore({ ...uniformLevels(50), 'credit-history': Number.NaN })).toThrow(RangeError);
    const { 'credit-history': _, ...missing } = uniformLevels(50);
    expect(() => sesameScore(missing)).toThrow(/credit-history/);
    expect(() => sesameScore({ ...uniformLevels(50), 'social-posts': 10 })).toThrow(/unknown dimension "social-posts"/);
  });

  it('setLevel clamps to 0–100 and refuses unknown dimensions or non-numbers', () => {
    expect(setLevel(defaultSesameState, 'credit-history', 140).levels['credit-history']).toBe(100);
    expect(setLevel(defaultSesameState, 'credit-history', -5).levels['credit-history']).toBe(0);
    expect(() => setLevel(defaultSesameState, 'karma', 5)).toThrow(/unknown dimension "karma"/);
    expect(() => setLevel(defaultSesameState, 'credit-history', Number.NaN)).toThrow(RangeError);
  });

  it('behaviours move their dimension and clamp at the ends', () => {
    const after = applyBehaviour(defaultSesameState, 'miss-repayment');
    expect(after.levels['credit-history']).toBe(defaultSesameState.levels['credit-history'] - 20);
    let state = { levels: uniformLevels(99) };
    state = applyBehaviour(applyBehaviour(state, 'repay-on-time'), 'repay-on-time');
    expect(state.levels['credit-history']).toBe(100);
  });

  it('posting criticism changes nothing, following Ant\'s word, and says it is only Ant\'s word', () => {
    const after = applyBehaviour(defaultSesameState, 'post-criticism');
    expect(after).toEqual(defaultSesameState);
    const { evidence } = behaviours.find((b) => b.id === 'post-criticism')!;
    expect(evidence).toEqual({ kind: 'illustrative', note: 'sesame.ant-word', refs: ['bbc-rollingstone-sesame'] });
  });

  it('rejects an unknown behaviour with its name', () => {
    expect(() => applyBehaviour(defaultSesameState, 'jaywalk')).toThrow(/unknown behaviour "jaywalk"/);
  });
});

describe('Sesame change sentences', () => {
  it('names the score move, the tier and what unlocked', () => {
    const before = { levels: uniformLevels(41) };
    const after = { levels: uniformLevels(42) };
    expect(sesameScore(before.levels)).toBe(596);
    expect(sesameScore(after.levels)).toBe(602);
    expect(describeSesameChange(before, after, voice)).toBe(
      'Score 596 to 602 (+6), tier now Good. Unlocked: Deposit-free public bikes in Suzhou.',
    );
  });

  it('names what was lost when the score falls', () => {
    const sentence = describeSesameChange(findPreset('how-you').state, defaultSesameState, voice, 'Chose a typical 2015 user');
    expect(sentence).toMatch(/^Chose a typical 2015 user\. Score 752 to 590 \(−162\), tier now Medium\. Lost: /);
    expect(sentence).toContain('Singapore visa');
  });

  it('says when nothing moved', () => {
    expect(describeSesameChange(defaultSesameState, defaultSesameState, voice)).toBe('Score stays at 590.');
  });

  it('says what each behaviour does, and Ant\'s word where it does nothing', () => {
    expect(describeEffect(findBehaviour('miss-repayment'), voice)).toBe('credit history −20');
    expect(describeEffect(findBehaviour('post-criticism'), voice)).toBe('no effect, Ant says');
  });

  it('fills profile labels and stories with the model\'s numbers', () => {
    expect(describePreset(findPreset('how-you'), voice)).toEqual({
      label: 'How You, 752',
      story: 'A 21-year-old with a solid academic record whose score of 752 was told in a single video summary. We could not confirm the story.',
    });
    expect(describePreset(findPreset('typical-2015'), voice).story).toBe('Xinhua said in 2015 that most users scored between 500 and 600. This profile lands at 590.');
  });
});

describe('Sesame sources', () => {
  it('lists every id behind a number the widget shows, including the dimensions and the formula', () => {
    expect([...sesameRefs]).toEqual(expect.arrayContaining(['fintechnews-2015-sesame', 'wodefinance-sesame', 'suzhou-2016', 'cgtn-2017-sesame', 'bbc-rollingstone-sesame', 'seed-explained-2024']));
  });
});
