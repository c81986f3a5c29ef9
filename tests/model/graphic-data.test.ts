import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphicDataModule } from '../../src/scrolly/graphic-data';
import { HOW_YOU_SCORE, sesame, sesameStory, typicalRange2015 } from '../../src/model/sesame';
import { boardStory, boardStorySteps, liuGuopingEvidence, LIU_GUOPING } from '../../src/model/rongcheng';
import { describeThreshold } from '../../src/model/system';
import { voiceFor } from '../../src/model/copy';
import { fill, formatterFor } from '../../src/i18n/format';

/**
 * Each scrolly graphic's table and summary (src/scrolly/data/) are built from the model the
 * graphic draws: these tests recompute the numbers from the model itself, so a table that typed
 * a number, or lost a row, fails here before it reaches a page.
 */
const modules = import.meta.glob<GraphicDataModule>('../../src/scrolly/data/*.ts', { eager: true });
const dataOf = (graphic: string) => modules[`../../src/scrolly/data/${graphic}.ts`]!.default('en');
const format = formatterFor('en');
const graphics = readdirSync(new URL('../../src/scrolly/graphics/', import.meta.url))
  .filter((f) => f.endsWith('.astro'))
  .map((f) => f.replace(/\.astro$/, ''));

describe('every scrolly graphic', () => {
  it.each(graphics)('%s has a data module with a caption, headers, rows with evidence, and a filled summary', (graphic) => {
    expect(modules[`../../src/scrolly/data/${graphic}.ts`], `src/scrolly/data/${graphic}.ts`).toBeDefined();
    const { caption, columns, rows, summary } = dataOf(graphic);
    expect(caption).not.toBe('');
    expect(columns.length).toBeGreaterThanOrEqual(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.cells.length, row.label).toBe(columns.length - 1);
      expect(row.evidence.kind === 'illustrative' || (row.evidence.refs ?? []).length > 0, `${row.label}: cited or illustrative`).toBe(true);
    }
    expect([caption, summary, ...columns, ...rows.flatMap((r) => [r.label, ...r.cells, r.note ?? ''])].join(' ')).not.toMatch(/\{\w+\}/);
  });
});

describe('sesame-scale data', () => {
  const voice = voiceFor('en', 'sesame');
  const { rows, summary } = dataOf('sesame-scale');
  const cellOf = (label: string) => rows.find((r) => r.label === label)?.cells;

  it("gives each tier the bounds of sesame.bands, with the band's evidence", () => {
    for (const band of sesame.bands) {
      const row = rows.find((r) => r.label === fill(voice.copy.graphicData.tier, { label: voice.copy.bands[band.id as keyof typeof voice.copy.bands].label }));
      expect(row?.cells, band.id).toEqual([`${format.number(band.min)}–${format.number(band.max)}`]);
      expect(row?.evidence).toBe(band.evidence);
    }
  });

  it('gives the scale, the typical range, every perk line the steps draw, and How You, from the model', () => {
    expect(cellOf(voice.copy.graphicData.scale)).toEqual([`${format.number(sesame.scale.min)}–${format.number(sesame.scale.max)}`]);
    expect(cellOf(fill(voice.copy.graphicData.typical, { year: String(typicalRange2015.year) }))).toEqual([`${format.number(typicalRange2015.low)}–${format.number(typicalRange2015.high)}`]);
    for (const id of sesameStory.flatMap((s) => s.lines)) {
      const consequence = sesame.consequences.find((c) => c.id === id)!;
      expect(cellOf(voice.copy.consequences[id].label), id).toEqual([describeThreshold(consequence.when, voice)]);
    }
    expect(cellOf(voice.copy.graphicData.person)).toEqual([format.number(HOW_YOU_SCORE)]);
    expect(rows).toHaveLength(1 + sesame.bands.length + 1 + sesameStory.flatMap((s) => s.lines).length + 1);
  });

  it("summary states the scale, every tier's bounds and How You's score", () => {
    for (const n of [sesame.scale.min, sesame.scale.max, ...sesame.bands.flatMap((b) => [b.min, b.max]), HOW_YOU_SCORE]) expect(summary).toContain(format.number(n));
  });
});

describe('rongcheng-board data', () => {
  const { rows, summary } = dataOf('rongcheng-board');
  const numbers = (cell: string) => [...cell.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, '')));

  it("lists every villager of the model's board story, highest final score first, with the scores each step gave them", () => {
    const finalOf = (v: (typeof boardStory)[number]) => v.scores[boardStorySteps.at(-1)!]!;
    const ranked = [...boardStory].sort((a, b) => finalOf(b) - finalOf(a));
    expect(rows).toHaveLength(boardStory.length);
    rows.forEach((row, i) => {
      const villager = ranked[i]!;
      const scores = boardStorySteps.map((s) => villager.scores[s]).filter((x, j, all) => x !== undefined && x !== all[j - 1]);
      expect(numbers(row.cells[0]!), villager.id).toEqual(scores);
    });
  });

  it("marks Liu Guoping's total as reported and the made-up neighbours as illustrative", () => {
    const liu = rows.find((r) => r.label === voiceFor('en', 'rongcheng').copy.neighbours[LIU_GUOPING])!;
    expect(liu.evidence).toBe(liuGuopingEvidence);
    expect(rows.filter((r) => r.evidence.kind === 'illustrative').length).toBeGreaterThan(0);
    expect(rows.every((r) => r.note)).toBe(true);
  });

  it("summary follows Liu's row from start to end", () => {
    const liu = boardStory.find((v) => v.id === LIU_GUOPING)!;
    for (const score of Object.values(liu.scores)) expect(summary).toContain(format.number(score));
  });
});
