/** Words every scoring system shares: the evidence and verdict vocabularies, and change sentences. */
export const common = {
  evidence: {
    documented: { label: 'documented', meaning: 'Seen in a source we cite.' },
    reported: { label: 'as reported', meaning: 'Widely repeated, but we could not confirm the original.' },
    illustrative: { label: 'illustrative', meaning: 'No source gives this number; we chose it so an interactive can work, and say so beside it.' },
  },
  verdicts: {
    documented: { label: 'Documented', meaning: 'Seen in a source we cite.' },
    reported: { label: 'Reported, unconfirmed', meaning: 'Widely repeated, but we could not confirm the original.' },
    unsupported: { label: 'Unsupported', meaning: 'Claimed, but we found no evidence for it.' },
    myth: { label: 'Myth', meaning: 'Contradicted by evidence.' },
  },
  threshold: {
    range: '{low}–{high}',
    atLeast: '{value} or more',
    above: 'over {value}',
    atMost: '{value} or less',
    any: 'any score',
  },
  change: {
    cause: '{cause}.',
    notScored: 'Not scored.',
    noLongerScored: 'No longer scored.',
    scoredAt: 'Scored at {score}, {bandNoun} {band}.',
    stays: 'Score stays at {score}.',
    moved: 'Score {before} to {after} ({delta}){bandChange}.',
    bandNow: ', {bandNoun} now {band}',
    unlocked: 'Unlocked: {list}.',
    lost: 'Lost: {list}.',
    // Labels can hold commas, so a list of them is kept apart by semicolons.
    listSeparator: '; ',
    sentenceSeparator: ' ',
  },
};
