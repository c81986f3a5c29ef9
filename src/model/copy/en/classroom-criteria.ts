/**
 * English words for the chapter graphic "classroom-criteria" (src/scrolly/graphics/) and its data
 * table: the seed's eight criteria sorted into the four verdicts. The criteria's own words come
 * from the classroom copy (`classroom.criteria`), the verdicts' from `common.verdicts`; this file
 * holds only what the graphic and its table add. Numbers arrive through {holes}.
 */
export const classroomCriteria = {
  graphic: {
    /** The drawing's accessible name (the words and verdicts are in the data table). */
    title: 'The seed’s {count} criteria, sorted into four verdicts: documented, reported, unsupported and myth.',
    /** Above the list while nothing is sorted. */
    list: 'The seed’s list',
    /** A verdict's heading: its word and how many criteria it holds. */
    heading: '{verdict}: {count}',
    /** Beside a criterion not yet sorted. */
    unsorted: 'Not yet checked',
  },
  graphicData: {
    caption: 'The seed’s {count} criteria and what the record shows of each',
    columns: { criterion: 'Criterion', verdict: 'Verdict', finding: 'What the record shows' },
    /** The row of a criterion we found no source for: the Source column cites the seed that makes the claim. */
    noSource: 'The seed lists it; we found no source for it',
    /** One verdict's part of the summary: "Documented (1): Traffic violations". */
    part: '{verdict} ({count}): {criteria}',
    summary:
      'The classroom exercise lists {count} criteria as real rules that rate people in China. Checked against the record, they sort as follows: {parts}. None of them counts in a national score, because there is none.',
  },
};
