import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  casesOf,
  caseWhen,
  change2024,
  chartCell,
  chartSeries,
  describeCase,
  describeFigureValue,
  enforcementLaw,
  figure,
  figures,
  FIGURES_FIRST_YEAR,
  FIGURES_LAST_YEAR,
  guideline2014,
  HIGH_SPENDING_RULES_IN_FORCE,
  LIST_LAUNCHED,
  listGrounds,
  otherTravelBans,
  repairTiers,
  restrictions,
  restrictionsBind,
  shamingCase,
  shamingCases,
  shamingChannels,
  stories,
  triggeredByScore,
  unableToPay,
  verdicts,
  waysOff,
  type LaoLaiVoice,
} from '../../src/model/lao-lai';
import { refsOf, type Evidence } from '../../src/model/evidence';
import { modelCopy } from '../../src/model/copy';
import { formatterFor } from '../../src/i18n/format';

const voice: LaoLaiVoice = { copy: modelCopy('en').laoLai, format: formatterFor('en') };
const bibliography = new Set((JSON.parse(readFileSync(new URL('../../content/bibliography.json', import.meta.url), 'utf8')) as { id: string }[]).map((e) => e.id));

const allEvidence: Evidence[] = [
  ...listGrounds.map((g) => g.evidence),
  ...restrictions.map((r) => r.evidence),
  restrictionsBind.evidence,
  guideline2014.evidence,
  unableToPay.evidence,
  ...figures.map((f) => f.evidence),
  ...shamingCases.map((c) => c.evidence),
  ...Object.values(stories).map((s) => s.evidence),
  ...waysOff.map((w) => w.evidence),
  enforcementLaw.evidence,
  otherTravelBans.evidence,
  change2024.evidence,
  ...Object.values(verdicts).map((v) => v.evidence),
];

describe('the courts\' list of dishonest judgment defaulters', () => {
  it('lists a debtor for six kinds of conduct, the first being able to pay and refusing', () => {
    expect(listGrounds).toHaveLength(6);
    expect(listGrounds[0]!.id).toBe('able-but-refuses');
    expect(new Set(listGrounds.map((g) => g.id)).size).toBe(6);
  });

  it('dates the list, the 2015 rules and the separation of "unable to pay"', () => {
    expect(LIST_LAUNCHED).toBe('2013-10');
    expect(HIGH_SPENDING_RULES_IN_FORCE).toBe('2015-07-22');
    expect(unableToPay.since).toBe(2024);
    expect(enforcementLaw.dropped).toBe('2024-06');
  });

  it('restricts high spending, including flights, G-class trains, star hotels and high-fee schools, and binds a company\'s legal representative', () => {
    const ids = restrictions.map((r) => r.id);
    for (const id of ['flights', 'g-class-trains', 'star-hotels', 'property', 'holidays', 'private-schools'] as const) expect(ids).toContain(id);
    expect(restrictionsBind.company).toContain('legal-representative');
    expect(guideline2014.otherAuthorities).toBe(8);
    expect(guideline2014.measures).toContain('executive-posts');
  });

  it('is never triggered by a score', () => {
    expect(triggeredByScore).toBe(false);
  });
});

describe('the figures, with their units', () => {
  it('keeps the ledger\'s numbers', () => {
    expect(figure('flights-2017').value).toBe(9_360_000);
    expect(figure('rail-2017').value).toBe(3_670_000);
    expect(figure('flights-2018').value).toBe(17_500_000);
    expect(figure('rail-2018').value).toBe(5_500_000);
    expect(figure('listed-apr-2018')).toMatchObject({ value: 10_500_000, atLeast: true, unit: 'people' });
    expect(figure('entries-2024').value).toBe(2_457_000);
    expect(figure('entries-2025').value).toBe(2_339_800);
    expect(figure('repaired-2024').value).toBe(2_821_000);
    expect(figure('repaired-2025').value).toBe(2_669_600);
    expect(figure('paid-since-2013').value).toBe(18_651_800);
    expect(figure('prosecuted-2025').value).toBe(4_461);
    expect(change2024.entries).toBe(-0.234);
  });

  it('counts travel bans in times blocked, not people', () => {
    for (const f of figures.filter((x) => x.series === 'flights' || x.series === 'rail')) expect(f.unit).toBe('times-blocked');
  });

  it('says each figure with its unit', () => {
    expect(describeFigureValue(figure('flights-2017'), voice)).toBe('9.36 million times blocked');
    expect(describeFigureValue(figure('listed-apr-2018'), voice)).toBe('more than 10.5 million people');
    expect(describeFigureValue(figure('entries-2025'), voice)).toBe('2.34 million person-times');
    expect(describeFigureValue(figure('prosecuted-2025'), voice)).toBe('4,461 people');
  });

  it('leaves a gap in the chart where no figure exists', () => {
    for (const year of [2013, 2014, 2015, 2016, 2019, 2020, 2021, 2022, 2023]) for (const s of chartSeries) expect(chartCell(s, year), `${s} ${year}`).toBeNull();
    expect(chartCell('flights', 2017)!.value).toBe(9_360_000);
    expect(chartCell('flights', 2018)!.id).toBe('flights-2018');
    expect(chartCell('repairs', 2025)!.value).toBe(2_669_600);
    expect(FIGURES_FIRST_YEAR).toBe(2013);
    expect(FIGURES_LAST_YEAR).toBe(2025);
  });
});

describe('the shaming cases', () => {
  it('places and dates every case, and every channel has one', () => {
    for (const c of shamingCases) expect(c.date).toMatch(/^\d{4}-\d{2}(-\d{2}\/\d{4}-\d{2}-\d{2})?$/);
    for (const channel of shamingChannels) expect(casesOf(channel).length, channel).toBeGreaterThan(0);
  });

  it('describes a case from the model', () => {
    expect(describeCase(shamingCase('guanyun-ringback'), voice)).toEqual({
      channel: 'A message before the call connects',
      place: 'Guanyun County, Jiangsu',
      when: 'July 2017',
      what: 'callers to 10 debtors hear that the person is on the court list',
    });
    expect(caseWhen(shamingCase('wenzhou-moments'), voice)).toBe('15–25 September 2017');
    expect(describeCase(shamingCase('hebei-map'), voice).what).toContain('500 metres');
  });
});

describe('sources and words', () => {
  it('cites only bibliography entries, and only documented or reported evidence', () => {
    for (const e of allEvidence) {
      expect(['documented', 'reported']).toContain(e.kind);
      for (const ref of refsOf(e)) expect(bibliography.has(ref), ref).toBe(true);
    }
  });

  it('has words for every id and every note', () => {
    const copy = voice.copy;
    for (const g of listGrounds) expect(copy.grounds[g.id]).toBeDefined();
    for (const r of restrictions) expect(copy.restrictions[r.id]).toBeDefined();
    for (const f of figures) expect(copy.figures[f.id]).toBeDefined();
    for (const c of shamingCases) expect(copy.cases[c.id]).toBeDefined();
    for (const w of waysOff) expect(copy.waysOff[w.id]).toBeDefined();
    for (const o of otherTravelBans.offences) expect(copy.otherTravelBans[o]).toBeDefined();
    for (const m of guideline2014.measures) expect(copy.guideline2014[m]).toBeDefined();
    for (const e of allEvidence) if (e.note) expect(copy.notes[e.note as keyof typeof copy.notes], e.note).toBeDefined();
  });

  it('shares the repair tiers with the timeline', () => {
    expect(repairTiers.map((t) => t.id)).toEqual(['minor', 'general', 'serious']);
  });
});
