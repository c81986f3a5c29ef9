import { criteria, type Criterion } from '../../model/classroom';
import { documented, reported, verdictStatuses, type Evidence, type VerdictStatus } from '../../model/evidence';
import { modelCopy } from '../../model/copy';
import { fill, formatterFor } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { GraphicData, GraphicDataRow } from '../graphic-data';

/**
 * The story of the graphic "classroom-criteria": the seed's list as it stands, then one step per
 * verdict, in the order the site's verdict vocabulary gives them, each sorting that verdict's
 * criteria out of the list. Built from the model, so a criterion whose verdict changes moves.
 */
export const classroomStorySteps = ['list', ...verdictStatuses] as const;
export type ClassroomStoryStep = (typeof classroomStorySteps)[number];

/** The criteria a verdict holds, in the seed's order. */
export const criteriaWith = (verdict: VerdictStatus): readonly Criterion[] => criteria.filter((c) => c.verdict === verdict);

/** Every slot the drawing can fill: one heading per verdict and one row per criterion. */
export const slotCount = verdictStatuses.length + criteria.length;

/**
 * Where each heading and row stands at a step (`'*'`: every verdict sorted), as a slot from the
 * top. Sorted verdicts come first, each heading followed by its criteria in the seed's order;
 * the criteria not yet sorted follow, still in the seed's order. A heading not yet reached has
 * no slot of its own: it waits where it will appear, hidden.
 */
export function slotsAt(step: ClassroomStoryStep | '*'): { readonly headings: Readonly<Record<VerdictStatus, number>>; readonly rows: Readonly<Record<string, number>>; readonly sorted: ReadonlySet<VerdictStatus> } {
  const reachedCount = step === '*' ? verdictStatuses.length : classroomStorySteps.indexOf(step);
  const sorted = new Set(verdictStatuses.slice(0, reachedCount));
  const headings = {} as Record<VerdictStatus, number>;
  const rows: Record<string, number> = {};
  let slot = 0;
  for (const verdict of verdictStatuses) {
    if (!sorted.has(verdict)) continue;
    headings[verdict] = slot++;
    for (const c of criteriaWith(verdict)) rows[c.id] = slot++;
  }
  // A heading not yet shown waits where it will appear: just after the sorted verdicts.
  for (const verdict of verdictStatuses) if (!sorted.has(verdict)) headings[verdict] = slot;
  for (const c of criteria) if (!sorted.has(c.verdict)) rows[c.id] = slot++;
  return { headings, rows, sorted };
}

/**
 * What a row's record rests on, for the table's Source column. A documented or reported verdict
 * is the row's evidence; a myth or an unsupported claim is judged on documented sources (what they
 * show instead); a claim with no source at all cites the seed that makes it, as a report.
 */
export function rowEvidence(criterion: Criterion): Evidence {
  if (criterion.verdict === 'documented') return documented(criterion.evidence);
  if (criterion.verdict === 'reported') return reported(criterion.evidence);
  return criterion.evidence.length > 0 ? documented(criterion.evidence) : reported(['seed-classroom-wechat']);
}

/** The graphic's table and summary: each criterion, its verdict, what the record shows and its sources. */
export default function classroomCriteriaData(locale: Locale): GraphicData {
  const copy = modelCopy(locale);
  const words = copy.classroomCriteria.graphicData;
  const format = formatterFor(locale);
  const count = format.number(criteria.length);

  const rows: GraphicDataRow[] = criteria.map((c) => {
    const text = copy.classroom.criteria[c.id];
    const evidence = rowEvidence(c);
    return { label: text.label, cells: [copy.common.verdicts[c.verdict].label, text.finding], evidence, ...(c.evidence.length === 0 ? { note: words.noSource } : {}) };
  });
  const parts = verdictStatuses
    .map((v) => ({ verdict: v, held: criteriaWith(v) }))
    .filter((p) => p.held.length > 0)
    .map((p) => fill(words.part, { count: format.number(p.held.length), verdict: copy.common.verdicts[p.verdict].label, criteria: format.list(p.held.map((c) => copy.classroom.criteria[c.id].label)) }));

  return {
    caption: fill(words.caption, { count }),
    columns: [words.columns.criterion, words.columns.verdict, words.columns.finding],
    rows,
    summary: fill(words.summary, { count, parts: parts.join('; ') }),
  };
}
