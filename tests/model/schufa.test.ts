import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ADDRESS_MAX_LOSS_SHARE,
  addressRule,
  addressRuleIds,
  addressRules,
  aiAct,
  consumerCreditDirective,
  draftBanned,
  FICO_MAX,
  FICO_MIN,
  ficoBandOf,
  ficoBands,
  ficoWeights,
  newScore,
  newScoreCriteria,
  percentScore,
  readingRowIds,
  readingRows,
  readingSides,
  readingSteps,
  ruling,
  rulings,
  schufaRefs,
  scoreDatingApp,
  storageRule,
} from '../../src/model/schufa';
import { modelCopy } from '../../src/model/copy';
import { formatterFor } from '../../src/i18n/format';
import { graphicSteps } from '../../src/scrolly/graphics/steps';
import schufaSesameData from '../../src/scrolly/data/schufa-sesame';
import type { Evidence } from '../../src/model/evidence';

const bibliography = new Set((JSON.parse(readFileSync(new URL('../../content/bibliography.json', import.meta.url), 'utf8')) as { id: string }[]).map((e) => e.id));
const copy = modelCopy('en').schufa;
const chapter = readFileSync(new URL('../../content/chapters/en/schufa.mdx', import.meta.url), 'utf8');

function allEvidence(): Evidence[] {
  return [
    ...addressRules.flatMap((r) => [r.evidence, ...(r.enactedEvidence ? [r.enactedEvidence] : [])]),
    ...rulings.map((r) => r.evidence),
    newScore.evidence,
    newScore.baseScoreRetiredEvidence,
    percentScore.evidence,
    percentScore.lowerBoundsEvidence,
    aiAct.evidence,
    aiAct.delayEvidence,
    aiAct.guidelinesEvidence,
    ...readingRows.flatMap((r) => [r.schufa.evidence, r.sesame.evidence]),
  ];
}

describe('Schufa, the EU rules and FICO', () => {
  it('cites only sources in the bibliography, and every note has words', () => {
    for (const ref of schufaRefs) expect(bibliography.has(ref), ref).toBe(true);
    for (const e of allEvidence()) if (e.note) expect(copy.notes[e.note as keyof typeof copy.notes], e.note).toBeDefined();
  });

  it('keeps the 2024 address ban a draft that was not enacted, and address data one factor only', () => {
    const draft = addressRule('draft-ban-2024');
    expect(draft.status).toBe('draft-not-enacted');
    expect(draft.enacted).toBe(false);
    expect(draft.date).toBe('2024-02-07');
    expect(draft.enactedEvidence?.kind).not.toBe('documented');
    expect(addressRule('one-factor-only').status).toBe('law');
    expect(ADDRESS_MAX_LOSS_SHARE).toBe(0.5);
    expect(draftBanned).toContain('addresses');
    for (const id of addressRuleIds) expect(copy.addressRules[id].label.length).toBeGreaterThan(0);
  });

  it("gives the new score's range and criteria, without AI", () => {
    expect([newScore.min, newScore.max, newScore.criteria]).toEqual([100, 999, 12]);
    expect(newScore.usesAi).toBe(false);
    expect(newScoreCriteria).toContain('time-at-address');
    expect(newScoreCriteria.length).toBeLessThanOrEqual(newScore.criteria);
    expect(percentScore.topClassFrom).toBe(97.22);
    expect(percentScore.lowerBoundsEvidence.kind).toBe('illustrative');
  });

  it('dates the rulings and the EU deadlines in order', () => {
    expect(ruling('c-634-21').date).toBe('2023-12-07');
    expect(ruling('c-203-22').date).toBe('2025-02-27');
    expect(ruling('bgh-2025').date).toBe('2025-12-18');
    expect(storageRule.years).toBe(3);
    expect(aiAct.socialScoringBanFrom).toBe('2025-02-02');
    expect(aiAct.privateActorsCovered).toBe(true);
    expect(aiAct.creditScoringHighRiskFrom > aiAct.creditScoringHighRiskOriginally).toBe(true);
    expect(consumerCreditDirective.appliesFrom).toBe('2026-11-20');
    expect(consumerCreditDirective.banned).toEqual(['social-media', 'health']);
  });

  it("FICO's five published weights sum to one, and its bands cover 300–850 without gaps", () => {
    expect(ficoWeights.map((w) => w.weight)).toEqual([0.35, 0.3, 0.15, 0.1, 0.1]);
    expect(ficoWeights.reduce((sum, w) => sum + w.weight, 0)).toBeCloseTo(1, 10);
    expect(ficoBands[0]!.min).toBe(FICO_MIN);
    expect(ficoBands.at(-1)!.max).toBe(FICO_MAX);
    for (let i = 1; i < ficoBands.length; i++) expect(ficoBands[i]!.min).toBe(ficoBands[i - 1]!.max + 1);
    expect(ficoBandOf(scoreDatingApp.minScore).id).toBe('good');
    expect(ficoBandOf(200).id).toBe('poor');
    expect(ficoBandOf(900).id).toBe('exceptional');
    for (const w of ficoWeights) expect(copy.fico.categories[w.id]).toBeTruthy();
  });

  it("the scrolly's rows each belong to a step, and every step marks something", () => {
    expect(graphicSteps['schufa-sesame']).toEqual(readingSteps);
    expect(readingRows.map((r) => r.id)).toEqual([...readingRowIds]);
    const marked = new Set(readingRows.map((r) => r.step));
    for (const step of readingSteps) if (step !== 'scales') expect(marked.has(step), step).toBe(true);
    for (const step of readingSteps) expect(chapter).toContain(`<Step show="${step}">`);
  });

  it("the scrolly's table has a row per data item plus the scales, in the graphic's words", () => {
    const data = schufaSesameData('en');
    expect(data.rows).toHaveLength(readingRows.length + 1);
    for (const row of data.rows) expect(row.cells).toHaveLength(readingSides.length);
    const f = formatterFor('en');
    expect(data.summary).toContain(f.number(newScore.max));
    expect(data.summary).toContain(f.date(consumerCreditDirective.appliesFrom));
    expect(data.summary).not.toMatch(/\{\w+\}/);
    for (const row of data.rows) for (const c of row.cells) expect(c).not.toMatch(/\{\w+\}/);
  });

  it('the chapter cites only known sources and keeps the widget sections', () => {
    for (const [, id] of chapter.matchAll(/<Cite id="([^"]+)"/g)) expect(bibliography.has(id!), id).toBe(true);
    expect(chapter).toContain('## Move house {/* #move-house */}');
    expect(chapter).toContain('## Build a FICO score {/* #build-a-fico-score */}');
  });
});
