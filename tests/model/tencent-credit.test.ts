import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  baihang,
  closedTests,
  closeUpDays,
  dayLabel,
  describePanel,
  payPerkLabel,
  payScore,
  pilotFirms,
  preparationEnds,
  publicTest,
  stepDate,
  TENCENT_FIRST_YEAR,
  TENCENT_LAST_YEAR,
  tencentEvidence,
  tencentRefs,
  tencentStorySteps,
  yearsOfWaiting,
  type TencentVoice,
} from '../../src/model/tencent-credit';
import { tencentCreditScale, yearPosition } from '../../src/model/timeline';
import { modelCopy } from '../../src/model/copy';
import { formatterFor } from '../../src/i18n/format';
import tencentCreditData from '../../src/scrolly/data/tencent-credit';

const voice: TencentVoice = { copy: modelCopy('en').tencentCredit, format: formatterFor('en') };
const bibliography = new Set((JSON.parse(readFileSync(new URL('../../content/bibliography.json', import.meta.url), 'utf8')) as { id: string }[]).map((e) => e.id));
/** The longest panel line that fits the narrowest phone the stage rules name (360 px) at 13 px. */
const PHONE_LINE = 44;

describe("Tencent's scores, the WeChat chapter's story", () => {
  it('tells its steps in date order, inside the years the axis draws', () => {
    const positions = tencentStorySteps.map((step) => yearPosition(stepDate(step)));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(Math.min(...positions)).toBeGreaterThanOrEqual(TENCENT_FIRST_YEAR);
    expect(Math.max(...positions)).toBeLessThan(TENCENT_LAST_YEAR + 1);
  });

  it('keeps the public test to the days the sources give: opened 30 January 2018, down the next day, declared over the day after', () => {
    expect(publicTest.opened).toBe(tencentCreditScale.opened);
    expect(publicTest.downBy).toBe(tencentCreditScale.closed);
    expect([...closeUpDays]).toEqual(['2018-01-30', '2018-01-31', '2018-02-01']);
    expect(closeUpDays.map((d) => dayLabel(d, voice))).toEqual(['Tue 30 Jan', 'Wed 31 Jan', 'Thu 1 Feb']);
    expect([tencentCreditScale.min, tencentCreditScale.max]).toEqual([300, 850]);
  });

  it('gives the eight firms six months from January 2015, and counts three years of waiting to the public test', () => {
    expect(pilotFirms.firms).toBe(8);
    expect(preparationEnds()).toBeCloseTo(2015.5, 5);
    expect(yearsOfWaiting()).toBe(3);
  });

  it("shares Baihang out whole: the association's 36 % and 8 % for each of the eight", () => {
    expect(baihang.associationShare + pilotFirms.firms * baihang.firmShare).toBeCloseTo(1, 10);
  });

  it('scores the closed tests on five aspects and Pay Score on three parts, with words for each', () => {
    expect(closedTests.aspects).toHaveLength(5);
    for (const aspect of closedTests.aspects) expect(voice.copy.aspects[aspect], aspect).toBeDefined();
    expect(payScore.components).toHaveLength(3);
    expect(payScore.perks.map((p) => payPerkLabel(p, voice))).toEqual(['power banks without a deposit', 'hotels without a deposit at 600 or more']);
  });

  it('labels WeChat Pay Score and its perks as reported, and everything else as documented', () => {
    expect(payScore.evidence.kind).toBe('reported');
    for (const perk of payScore.perks) expect(perk.evidence.kind, perk.id).toBe('reported');
    for (const e of [pilotFirms, closedTests, publicTest, baihang].map((f) => f.evidence)) expect(e.kind).toBe('documented');
  });

  it('cites only sources in the bibliography, with words for every note', () => {
    for (const ref of tencentRefs) expect(bibliography.has(ref), ref).toBe(true);
    for (const e of tencentEvidence) if (e.note) expect(voice.copy.notes[e.note as keyof typeof voice.copy.notes], e.note).toBeDefined();
  });

  it('fills every panel from the model, in lines that fit a phone', () => {
    for (const step of [...tencentStorySteps, '*' as const]) {
      const { head, headline, lines } = describePanel(step, voice);
      for (const text of [head, headline, ...lines]) {
        expect(text, step).not.toMatch(/\{\w+\}/);
        expect(text.length, `${step}: "${text}"`).toBeLessThanOrEqual(PHONE_LINE);
      }
    }
    expect(describePanel('qq-test', voice).headline).toBe('300–850');
    expect(describePanel('eight-firms', voice).headline).toBe('8 firms');
    expect(describePanel('pay-score', voice).lines.join(' ')).toContain('600');
  });
});

describe('tencent-credit data', () => {
  const { rows, summary } = tencentCreditData('en');

  it('has a row for every step, dated as its panel, and one for the day the test was declared over', () => {
    expect(rows).toHaveLength(tencentStorySteps.length + 1);
    const format = formatterFor('en');
    expect(rows.map((r) => r.label)).toEqual(['January 2015', 'August 2017', '30 January 2018', '31 January 2018', '1 February 2018', '22 February 2018', 'January 2019'].map((d) => d));
    expect(rows.find((r) => r.label === format.date(payScore.from))?.evidence.kind).toBe('reported');
  });

  it("summary states the scale, the shares, the perks' threshold and the dates", () => {
    for (const text of ['300', '850', '36%', '8%', '600', '30 January 2018', '31 January 2018', '1 February 2018', '22 February 2018']) expect(summary).toContain(text);
  });
});
