import { documented, refsOf, type Evidence } from './evidence';
import { sesame } from './sesame';
import { fill, type Formatter } from '../i18n/format';
import type { ModelCopy } from './copy';

/**
 * The big-picture chapter's timeline, 2013–2026: ten moments in China's social credit story,
 * each with its date, who acted (the track), its source and, for the graphic's panel, the one
 * figure that carries it. Language-free: the words for every id are in the model copy
 * (`timeline`). The scrolly shows one event per step, in this order, which is also date order.
 */
export const timelineTracks = ['courts', 'central', 'companies', 'local'] as const;
export type TimelineTrack = (typeof timelineTracks)[number];

export const timelineSteps = [
  'court-list',
  'outline',
  'sesame',
  'tencent',
  'rongcheng-consent',
  'draft-law',
  'action-plan',
  'opinions',
  'list-inflow',
  'credit-repair',
] as const;
export type TimelineStep = (typeof timelineSteps)[number];

/** The years the graphic's axis spans: the court list's launch to the credit repair measures. */
export const TIMELINE_FIRST_YEAR = 2013;
export const TIMELINE_LAST_YEAR = 2026;

/** A number with its source, for the panel's figures. */
export interface Sourced<T> {
  readonly value: T;
  readonly evidence: Evidence;
}

/** One year's flow onto or off the courts' list of dishonest judgment defaulters (new entries, or exits through credit repair). */
export interface ListFlow {
  readonly year: number;
  readonly people: number;
  readonly evidence: Evidence;
  /** True where the figure is our arithmetic from a reported one, not a figure a source gives. */
  readonly derived?: boolean;
}

/** How long untrustworthiness information of one tier stays on public display, in months (the 2025 plan, kept by the 2026 measures). */
export interface RepairTier {
  readonly id: 'minor' | 'general' | 'serious';
  readonly fromMonths: number;
  readonly toMonths: number;
}

/** A law's fate, for the panel of the 2024 step: when its draft appeared, and what became of it. */
export interface LawStatus {
  readonly id: 'social-credit-law' | 'enforcement-law';
  readonly drafted: string;
  /** The date its review ended, for a draft that was dropped; none for one still pending. */
  readonly dropped?: string;
  readonly evidence: Evidence;
}

/** A number and the unit its words take: 110 articles, 80.7 billion (kept whole here, 80,700,000,000). */
export interface Quantity {
  readonly value: number;
  readonly unit?: 'articles' | 'billion' | 'million';
}
const SCALE_OF_UNIT = { articles: 1, billion: 1e9, million: 1e6 } as const;

/** What an event's panel shows: a headline number or range, a word, or a small chart. */
export type TimelineFigure =
  | { readonly kind: 'count'; readonly value: Quantity; readonly second?: Quantity; readonly evidence: Evidence }
  | { readonly kind: 'range'; readonly low: number; readonly high: number; readonly years?: boolean; readonly evidence: Evidence }
  | { readonly kind: 'words'; readonly evidence: Evidence }
  | { readonly kind: 'laws' }
  | { readonly kind: 'flows' }
  | { readonly kind: 'tiers'; readonly evidence: Evidence };

export interface TimelineEvent {
  readonly id: TimelineStep;
  /** ISO date, as precise as the sources are: "2013-10", "2014-06-14". */
  readonly date: string;
  /** The end of an event that is a stretch of time (the fall in new listings, 2024–2025). */
  readonly until?: string;
  readonly track: TimelineTrack;
  readonly evidence: Evidence;
  readonly figure: TimelineFigure;
}

// Islands import a few of these facts (Tencent's scale, the repair tiers) for their own views:
// the rest is marked pure (`@__PURE__`) so that the bundler leaves it out of their scripts.

/** The Outline's own term and its key fields: it set goals up to 2020, and no national score came with the deadline. */
export const outlineTerm = { from: 2014, to: 2020, fields: 4, evidence: /* @__PURE__ */ documented(['clt-outline-2014']) } as const;

/** Tencent Credit's scale during its one-day public test, 30–31 January 2018. */
export const tencentCreditScale = { min: 300, max: 850, opened: '2018-01-30', closed: '2018-01-31', evidence: documented(['caixin-2018-tencent-credit']) } as const;

/** New entries on the court list fell 23.4% in 2024, the first fall in a decade. */
export const NEW_ENTRIES_FALL_2024 = 0.234;
const entries2024 = /* @__PURE__ */ documented(['peoplesdaily-2025-defaulters']);
const entries2025 = /* @__PURE__ */ documented(['etnet-2026-spc']);
const ENTRIES_2024 = 2_457_000;

/**
 * New entries on the list, and exits from it through credit repair. 2023's entries are not a
 * figure any source gives: they follow from 2024's and its fall, and are labelled as derived.
 */
export const listFlows: { readonly entries: readonly ListFlow[]; readonly repairs: readonly ListFlow[] } = /* @__PURE__ */ (() => ({
  entries: [
    { year: 2023, people: Math.round(ENTRIES_2024 / (1 - NEW_ENTRIES_FALL_2024)), evidence: documented(['peoplesdaily-2025-defaulters'], 'timeline.derived-2023'), derived: true },
    { year: 2024, people: ENTRIES_2024, evidence: entries2024 },
    { year: 2025, people: 2_339_800, evidence: entries2025 },
  ],
  repairs: [
    { year: 2024, people: 2_821_000, evidence: entries2024 },
    { year: 2025, people: 2_669_600, evidence: entries2025 },
  ],
}))();

/** Display periods by tier: minor items are in principle not published at all (2026), and shown for at most three months where they are. */
export const repairTiers: readonly RepairTier[] = [
  { id: 'minor', fromMonths: 0, toMonths: 3 },
  { id: 'general', fromMonths: 3, toMonths: 12 },
  { id: 'serious', fromMonths: 12, toMonths: 36 },
];
export const repairTiersEvidence = documented(['state-council-2025-repair-plan', 'ndrc-2025-repair-measures']);

export const lawStatuses: readonly LawStatus[] = /* @__PURE__ */ (() => [
  { id: 'social-credit-law', drafted: '2022-11-14', evidence: documented(['chinaipic-2022-draft-law', 'clt-action-plan-2024'], 'timeline.law-pending') },
  { id: 'enforcement-law', drafted: '2022-06-21', dropped: '2024-06', evidence: documented(['npc-2022-enforcement-draft', 'enforcement-law-2024']) },
])();

/** An event whose own evidence is documented in the sources named. */
const event = (id: TimelineStep, date: string, track: TimelineTrack, refs: readonly string[], figure: TimelineFigure, until?: string): TimelineEvent => ({
  id,
  date,
  track,
  evidence: documented(refs),
  figure,
  ...(until ? { until } : {}),
});

export const timelineEvents: readonly TimelineEvent[] = /* @__PURE__ */ (() => [
  event('court-list', '2013-10', 'courts', ['chinadaily-2018-list-launch'], { kind: 'count', value: { value: 6 }, evidence: documented(['cjo-2018-dishonest-list']) }),
  event('outline', '2014-06-14', 'central', ['clt-outline-2014'], { kind: 'range', low: outlineTerm.from, high: outlineTerm.to, years: true, evidence: outlineTerm.evidence }),
  event('sesame', '2015-06', 'companies', ['paperjam-lux', 'fintechnews-2015-sesame'], { kind: 'range', low: sesame.scale.min, high: sesame.scale.max, evidence: sesame.scale.evidence }),
  event('tencent', tencentCreditScale.opened, 'companies', refsOf(tencentCreditScale.evidence), {
    kind: 'range',
    low: tencentCreditScale.min,
    high: tencentCreditScale.max,
    evidence: tencentCreditScale.evidence,
  }),
  event('rongcheng-consent', '2021-06-18', 'local', ['rongcheng-gov-2021', 'clt-rongcheng-experience'], { kind: 'words', evidence: documented(['clt-rongcheng-experience']) }),
  event('draft-law', '2022-11-14', 'central', ['mittr-yang-2022', 'chinaipic-2022-draft-law'], {
    kind: 'count',
    value: { value: 110, unit: 'articles' },
    second: { value: 11 },
    evidence: documented(['chinaipic-2022-draft-law']),
  }),
  event('action-plan', '2024-05-20', 'central', ['clt-action-plan-2024', 'daum-2024-action'], { kind: 'laws' }),
  event('opinions', '2025-03-21', 'central', ['xinhua-2025-opinions', 'opinions-2025-text'], {
    kind: 'count',
    value: { value: 80_700_000_000, unit: 'billion' },
    second: { value: 180_000_000, unit: 'million' },
    evidence: documented(['shine-2025-ndrc']),
  }),
  event('list-inflow', '2024', 'courts', ['peoplesdaily-2025-defaulters', 'etnet-2026-spc'], { kind: 'flows' }, '2025'),
  event('credit-repair', '2026-04-01', 'central', ['ndrc-2025-repair-measures'], { kind: 'tiers', evidence: repairTiersEvidence }),
])();

export function timelineEvent(id: TimelineStep): TimelineEvent {
  const event = timelineEvents.find((e) => e.id === id);
  if (!event) throw new Error(`No timeline event "${id}"`);
  return event;
}

/**
 * A date as a year with a fraction, for placing it on the axis: the start of the month or day
 * it names, or, with `end`, the end of it ("2025" ends at 2026.0).
 */
export function yearPosition(iso: string, end = false): number {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: "${iso}"`);
  const [, y, m, d] = match;
  const year = Number(y);
  if (!m) return year + (end ? 1 : 0);
  const month = Number(m) - 1;
  if (!d) return year + (month + (end ? 1 : 0)) / 12;
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (Date.UTC(year, month, Number(d) + (end ? 1 : 0)) - start) / length;
}

/** Where an event sits on the axis: its date, or the end of its stretch of time. */
export const eventPosition = (event: TimelineEvent): number => (event.until ? yearPosition(event.until, true) : yearPosition(event.date));

/** Exits through credit repair minus new entries, in a year with both figures. */
export function netExits(year: number): number {
  const entries = listFlows.entries.find((f) => f.year === year);
  const repairs = listFlows.repairs.find((f) => f.year === year);
  if (!entries || !repairs) throw new Error(`No list flows for ${year}`);
  return repairs.people - entries.people;
}

/** The timeline's words and formats in one locale. */
export interface TimelineVoice {
  readonly copy: ModelCopy['timeline'];
  readonly format: Formatter;
}

/** Millions with two decimals, as the panel and the table show list flows: 2,457,000 → "2.46". */
export const inMillions = (people: number, { format }: TimelineVoice): string => format.number(Math.round(people / 10_000) / 100);

/** "October 2013", "14 June 2014", or "2024–2025" for a stretch of time. */
export function eventWhen(event: TimelineEvent, { copy, format }: TimelineVoice): string {
  return event.until ? fill(copy.graphic.span, { from: format.date(event.date), to: format.date(event.until) }) : format.date(event.date);
}

/** An event's short label, with the Outline's term written in from the model. */
export function eventLabel(event: TimelineEvent, { copy }: TimelineVoice): string {
  return fill(copy.events[event.id].label, { from: String(outlineTerm.from), to: String(outlineTerm.to) });
}

/** "110 articles", "80.7 billion", or the bare number. */
export function describeQuantity({ value, unit }: Quantity, { copy, format }: TimelineVoice): string {
  return unit ? fill(copy.units[unit], { value: format.number(value / SCALE_OF_UNIT[unit]) }) : format.number(value);
}

/**
 * What an event's panel says for a headline figure (a count, a range or a phrase) and its two
 * caption lines; null for the panels that draw a small chart instead (laws, flows, tiers).
 */
export function describeFigure(event: TimelineEvent, voice: TimelineVoice): { headline: string; lines: readonly string[] } | null {
  const { copy, format } = voice;
  const { figure } = event;
  const lines = (values: Readonly<Record<string, string>>) => (copy.panels[event.id as keyof typeof copy.panels] ?? []).map((line) => fill(line, values));
  switch (figure.kind) {
    case 'range': {
      const number = (n: number) => (figure.years ? String(n) : format.number(n));
      const headline = fill(copy.graphic.span, { from: number(figure.low), to: number(figure.high) });
      return {
        headline,
        lines: lines({ fields: format.number(outlineTerm.fields), to: String(outlineTerm.to), opened: format.date(tencentCreditScale.opened), closed: format.date(tencentCreditScale.closed) }),
      };
    }
    case 'count':
      return { headline: describeQuantity(figure.value, voice), lines: lines({ second: figure.second ? describeQuantity(figure.second, voice) : '' }) };
    case 'words':
      return { headline: copy.consentHeadline, lines: lines({}) };
    default:
      return null;
  }
}

/** A law's name and fate: "drafted 14 November 2022 · still a draft". */
export function describeLaw(law: LawStatus, { copy, format }: TimelineVoice): { name: string; status: string } {
  const words = copy.laws[law.id];
  return { name: words.name, status: fill(words.status, { drafted: format.date(law.drafted), dropped: law.dropped ? format.date(law.dropped) : '' }) };
}

/** A flow's row label and value: "New, 2024" and "2.46 million" (≈ for a derived figure). */
export function describeFlow(flow: ListFlow, series: 'entries' | 'repairs', voice: TimelineVoice): { label: string; value: string } {
  const { flows } = voice.copy;
  return { label: fill(flows[series], { year: String(flow.year) }), value: fill(flow.derived ? flows.derived : flows.value, { value: inMillions(flow.people, voice) }) };
}

/** A tier's name and display period: "General" and "3–12 months". */
export function describeTier(tier: RepairTier, { copy, format }: TimelineVoice): { label: string; range: string } {
  const words = copy.tiers[tier.id];
  return { label: words.label, range: fill(words.range, { from: format.number(tier.fromMonths), to: format.number(tier.toMonths) }) };
}

/** Every piece of evidence the timeline shows, for the reference checks. */
export const timelineEvidence: readonly Evidence[] = /* @__PURE__ */ (() => [
  outlineTerm.evidence,
  tencentCreditScale.evidence,
  repairTiersEvidence,
  ...lawStatuses.map((l) => l.evidence),
  ...listFlows.entries.map((f) => f.evidence),
  ...listFlows.repairs.map((f) => f.evidence),
  ...timelineEvents.flatMap((e) => [e.evidence, ...('evidence' in e.figure ? [e.figure.evidence] : [])]),
])();

/** Every bibliography id behind the timeline. */
export const timelineRefs: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(timelineEvidence.flatMap(refsOf)))();
