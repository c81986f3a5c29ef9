import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeFigure,
  describeFlow,
  describeLaw,
  describeQuantity,
  describeTier,
  eventLabel,
  eventPosition,
  eventWhen,
  lawStatuses,
  listFlows,
  netExits,
  NEW_ENTRIES_FALL_2024,
  outlineTerm,
  repairTiers,
  TIMELINE_FIRST_YEAR,
  TIMELINE_LAST_YEAR,
  timelineEvent,
  timelineEvents,
  timelineEvidence,
  timelineRefs,
  timelineSteps,
  timelineTracks,
  yearPosition,
  type TimelineVoice,
} from '../../src/model/timeline';
import { sesame } from '../../src/model/sesame';
import { modelCopy } from '../../src/model/copy';
import { formatterFor } from '../../src/i18n/format';

const voice: TimelineVoice = { copy: modelCopy('en').timeline, format: formatterFor('en') };
const bibliography = new Set((JSON.parse(readFileSync(new URL('../../content/bibliography.json', import.meta.url), 'utf8')) as { id: string }[]).map((e) => e.id));

describe('the timeline of the big-picture chapter', () => {
  it('has one event per step, in step order, which is date order', () => {
    expect(timelineEvents.map((e) => e.id)).toEqual([...timelineSteps]);
    const positions = timelineEvents.map(eventPosition);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps every event inside the years the axis draws', () => {
    for (const event of timelineEvents) {
      expect(yearPosition(event.date), event.id).toBeGreaterThanOrEqual(TIMELINE_FIRST_YEAR);
      expect(eventPosition(event), event.id).toBeLessThanOrEqual(TIMELINE_LAST_YEAR + 1);
      expect(timelineTracks, event.id).toContain(event.track);
    }
    expect(timelineEvent('court-list').date).toBe('2013-10');
    expect(timelineEvent('credit-repair').date).toBe('2026-04-01');
  });

  it('places dates on the axis as years with a fraction, start or end', () => {
    expect(yearPosition('2024')).toBe(2024);
    expect(yearPosition('2025', true)).toBe(2026);
    expect(yearPosition('2013-10')).toBeCloseTo(2013.75, 5);
    expect(yearPosition('2013-10', true)).toBeCloseTo(2013 + 10 / 12, 5);
    expect(yearPosition('2026-04-01')).toBeCloseTo(2026 + 90 / 365, 5);
    expect(() => yearPosition('April 2026')).toThrow(/ISO/);
    // A stretch of time sits at its end: the fall in listings is told when 2025's figure closed it.
    expect(eventPosition(timelineEvent('list-inflow'))).toBe(2026);
  });

  it('says where every event and figure comes from, with ids the bibliography has', () => {
    for (const event of timelineEvents) expect(event.evidence.refs?.length, event.id).toBeGreaterThan(0);
    for (const evidence of timelineEvidence) expect(evidence.kind).not.toBe('illustrative');
    for (const id of timelineRefs) expect(bibliography.has(id), id).toBe(true);
  });

  it('derives 2023 from 2024 and its fall, and labels it so', () => {
    const [e2023, e2024, e2025] = listFlows.entries;
    expect(e2023!.derived).toBe(true);
    expect(e2023!.evidence.note).toBe('timeline.derived-2023');
    expect(1 - e2024!.people / e2023!.people).toBeCloseTo(NEW_ENTRIES_FALL_2024, 4);
    expect(Math.round(e2023!.people / 10_000) / 100).toBe(3.21);
    // The second fall: 117,000 fewer in 2025.
    expect(e2024!.people - e2025!.people).toBe(117_200);
    expect(listFlows.entries.filter((f) => f.derived)).toHaveLength(1);
  });

  it('has more people leaving the list through repair than joining it, in both years', () => {
    expect(netExits(2024)).toBe(364_000);
    expect(netExits(2025)).toBe(329_800);
    expect(() => netExits(2023)).toThrow(/2023/);
  });

  it('sets display periods that follow on from one another, up to three years', () => {
    repairTiers.forEach((tier, i) => {
      expect(tier.toMonths).toBeGreaterThan(tier.fromMonths);
      if (i > 0) expect(tier.fromMonths).toBe(repairTiers[i - 1]!.toMonths);
    });
    expect(repairTiers.map((t) => t.toMonths)).toEqual([3, 12, 36]);
  });

  it('keeps one law pending and one dropped', () => {
    expect(lawStatuses.find((l) => l.id === 'social-credit-law')!.dropped).toBeUndefined();
    expect(lawStatuses.find((l) => l.id === 'enforcement-law')!.dropped).toBe('2024-06');
  });

  it('takes Sesame Credit’s range from the Sesame model rather than retyping it', () => {
    const figure = timelineEvent('sesame').figure;
    expect(figure).toMatchObject({ kind: 'range', low: sesame.scale.min, high: sesame.scale.max });
  });
});

describe('the timeline’s words (en)', () => {
  it('has a label, a title and panel words for every event, and a name for every track', () => {
    for (const event of timelineEvents) {
      expect(voice.copy.events[event.id].label, event.id).toBeTruthy();
      expect(voice.copy.events[event.id].title, event.id).toBeTruthy();
      const figure = describeFigure(event, voice);
      if (figure) {
        expect(figure.lines, event.id).toHaveLength(2);
        for (const text of [figure.headline, ...figure.lines]) expect(text, event.id).not.toMatch(/[{}]/);
      } else expect(['laws', 'flows', 'tiers']).toContain(event.figure.kind);
    }
    for (const track of timelineTracks) expect(voice.copy.tracks[track]).toBeTruthy();
    for (const evidence of timelineEvidence) if (evidence.note) expect(voice.copy.notes[evidence.note as keyof typeof voice.copy.notes], evidence.note).toBeTruthy();
  });

  it('writes the figures from the model’s numbers', () => {
    expect(describeFigure(timelineEvent('outline'), voice)).toEqual({
      headline: `${outlineTerm.from}–${outlineTerm.to}`,
      lines: ["the Outline's term, in 4 key fields;", 'no national score came with 2020'],
    });
    expect(describeFigure(timelineEvent('sesame'), voice)!.headline).toBe('350–950');
    expect(describeFigure(timelineEvent('tencent'), voice)!.lines[0]).toBe("Tencent Credit's scale: opened 30 January 2018,");
    expect(describeFigure(timelineEvent('draft-law'), voice)).toMatchObject({ headline: '110 articles', lines: ['in 11 chapters; still a draft:', 'we found no record of its adoption'] });
    expect(describeFigure(timelineEvent('opinions'), voice)).toMatchObject({ headline: '80.7 billion', lines: ['or more: credit records on 180 million', 'business entities in the national platform'] });
    expect(describeQuantity({ value: 6 }, voice)).toBe('6');
    expect(eventLabel(timelineEvent('outline'), voice)).toBe('Planning Outline, 2014–2020');
  });

  it('dates events as precisely as the sources do', () => {
    expect(eventWhen(timelineEvent('court-list'), voice)).toBe('October 2013');
    expect(eventWhen(timelineEvent('outline'), voice)).toBe('14 June 2014');
    expect(eventWhen(timelineEvent('list-inflow'), voice)).toBe('2024–2025');
  });

  it('marks the derived flow with ≈ and writes laws and tiers', () => {
    expect(describeFlow(listFlows.entries[0]!, 'entries', voice)).toEqual({ label: 'New, 2023', value: '≈3.21 million' });
    expect(describeFlow(listFlows.repairs[0]!, 'repairs', voice)).toEqual({ label: 'Repaired, 2024', value: '2.82 million' });
    expect(describeLaw(lawStatuses[1]!, voice).status).toBe('first read 21 June 2022 · review ended June 2024');
    expect(describeLaw(lawStatuses[0]!, voice).status).toBe('drafted 14 November 2022 · still a draft');
    expect(repairTiers.map((t) => describeTier(t, voice).range)).toEqual(['up to 3 months, if shown', '3–12 months', '12–36 months']);
  });
});
