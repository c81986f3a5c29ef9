/**
 * English words for the classroom exercise's model (src/model/classroom.ts): the seed's eight
 * criteria with what the record shows of each, the stages as a progress scale, the rules of the
 * rounds with the real perk or penalty each mirrors, the messages for refused input, and the
 * sentences the live region speaks. Numbers never appear here: they come from the model through
 * the formatter, into the {holes}.
 */

/**
 * Invented nicknames for the demo class: animals and colours, so nobody mistakes them for a real
 * pupil. Exported on its own so the model can draw a demo class without pulling in the rest of
 * this file; a translation gives its own (any 24 distinct names within the nickname limit).
 */
export const classroomDemoNicknames = [
  'Blue Heron',
  'Red Fox',
  'Grey Owl',
  'Green Gecko',
  'Amber Lynx',
  'Silver Carp',
  'Golden Mole',
  'Black Swan',
  'White Hare',
  'Copper Crab',
  'Violet Moth',
  'Olive Toad',
  'Coral Snail',
  'Indigo Jay',
  'Scarlet Ibis',
  'Jade Newt',
  'Ivory Goat',
  'Rusty Otter',
  'Plum Finch',
  'Teal Badger',
  'Sandy Crane',
  'Misty Seal',
  'Pearl Wren',
  'Slate Bison',
];

export const classroom = {
  name: 'Classroom exercise',
  bandNoun: 'stage',
  bands: {
    roster: { label: 'The roster' },
    extremes: { label: 'Lowest and highest' },
    evidence: { label: 'The evidence' },
    classes: { label: 'Economic classes' },
    rounds: { label: 'The rounds' },
  },
  consequences: {
    'extremes-shown': {
      label: 'Lowest and highest totals',
      detail: 'The students with the fewest and the most demerits are named, ties and all.',
    },
    'evidence-shown': {
      label: 'The evidence for all eight criteria',
      detail: 'What the record shows of each criterion: documented, reported, unsupported or a myth, with sources.',
    },
    'classes-drawn': {
      label: 'Economic classes',
      detail: 'Each student is given a random economic class, with starting savings and an income to match.',
    },
    'rounds-played': {
      label: 'Rounds of perks and penalties',
      detail: 'Each round, the students with the fewest demerits gain perks and those with the most pay penalties.',
    },
    'final-standings': {
      label: 'Final standings',
      detail: 'Who moved up or down a class, and how far apart the richest and the poorest ended.',
    },
  },
  conflicting: {},
  /** Each criterion in the seed's words; what the record shows; a few words for a chip. */
  criteria: {
    smoking: {
      label: 'Smoking in non-smoking areas',
      short: 'A travel-ban ground on trains',
      finding:
        'Smoking on a train is one of the offences named in the rules of May 2018 that widened bans on buying train and plane tickets. That is a set penalty for one named offence, not points taken off a score. We found no national rule that rates people for smoking anywhere else.',
    },
    'video-games': {
      label: 'Playing video games too long',
      short: 'A company’s example, never a rule',
      finding:
        'The line goes back to Sesame Credit, the score run by Alipay’s parent company. Its technology director told the Chinese outlet Caixin that someone gaming ten hours a day “would be considered an idle person”. He was describing how a commercial score might read shopping; no government ever made it a rule.',
    },
    'frivolous-purchases': {
      label: 'Wasting money on frivolous purchases',
      short: 'No government rule found',
      finding:
        'Sesame Credit counts behaviour and preferences among the five things its commercial score weighs, and its technology director once used shopping habits as examples. We found no government rule that rates people for what they buy.',
    },
    'social-media': {
      label: 'Posting on social media',
      short: 'No rule found',
      finding:
        'A spokesperson for Sesame Credit’s owner told the BBC that the score follows only financial and consumption activity, and that posts do not change it. We found no government scheme that rates people for posting, and the researcher Vincent Brussee finds no mass evaluation of individual behaviour under the name of social credit.',
    },
    'fake-news': {
      label: 'Spreading ‘fake news’',
      short: 'A travel-ban ground, narrowly',
      finding:
        'Spreading false information about terrorism is one of the offences named in the May 2018 rules on travel bans. The journalist Liu Hu, often said to have been listed for his posts, was put on the courts’ list while a civil defamation judgment against him was being enforced. Neither case involves a score.',
    },
    'military-service': {
      label: 'Refusing military service',
      short: 'No source found',
      finding:
        'We found no source for a rule that rates people for refusing military service, though we cannot rule out that some local scheme has one. The nearest thing we found points the other way: in one Rongcheng village, points were recorded for a son serving in the army.',
    },
    'dog-leash': {
      label: 'Walking a dog without a leash',
      short: 'Said of some areas; not confirmed',
      finding:
        'The Associated Press reported in 2019 that points are taken off for breaking the law and, in some areas, for offences as small as walking a dog off the leash. It did not name the areas and we could not find the rules, so this stays unconfirmed. Either way it would be a local rule, not a national criterion.',
    },
    traffic: {
      label: 'Traffic violations',
      short: 'City measures, not a national score',
      finding:
        'In 2016 Shanghai said traffic offences could count against a resident’s personal credit, but only those with “serious consequences”. From 2017 Shenzhen’s traffic police showed jaywalkers’ faces on screens at junctions. Each is one city’s traffic policy, not a national score.',
    },
  },
  classes: {
    working: { label: 'Working class' },
    middle: { label: 'Middle class' },
    wealthy: { label: 'Wealthy' },
  },
  tiers: {
    trusted: { label: 'Trusted', gloss: 'The third of the class with the fewest demerits, ties included.' },
    ordinary: { label: 'Ordinary', gloss: 'Neither the fewest nor the most demerits.' },
    listed: { label: 'Listed', gloss: 'The third of the class with the most demerits, ties included.' },
  },
  /** What a real perk or penalty follows, in reality, unlike this exercise's tally. */
  bases: {
    'court-list':
      'In reality this follows a court’s finding that a person ignored a judgment, and ends when they comply; it never follows a tally of self-ratings like this one.',
    'commercial-score':
      'In reality this follows a company’s credit score, built from payment and shopping records and switched on by the user; never a tally of self-ratings like this one.',
    'local-points':
      'In reality this follows one town’s or village’s own points scheme, with its own rules; never a national tally, and never self-ratings like these.',
  },
  /** Each rule of the rounds: what it does here. */
  rules: {
    'starting-savings': {
      label: 'Starting savings',
      detail: 'Each student starts with savings set by their economic class: {working} for the working class, {middle} for the middle class, {wealthy} for the wealthy.',
    },
    income: {
      label: 'Income',
      detail: 'Each round, everyone earns an income set by their class: {working}, {middle} or {wealthy}.',
    },
    'cheap-loan': {
      label: 'A cheaper loan',
      detail: 'Trusted students borrow cheaply and invest: their savings grow by {rate} each round.',
    },
    'no-deposit': {
      label: 'No deposits',
      detail: 'Trusted students rent without a deposit, which leaves them {units} more each round.',
    },
    'travel-ban': {
      label: 'No flights or fast trains',
      detail: 'Listed students travel the slow way, which costs them {units} each round.',
    },
    'no-senior-post': {
      label: 'No senior post',
      detail: 'Listed students may not take a senior job, which cuts their income by {rate} each round.',
    },
  },
  /** The real perk or penalty each rule of the rounds mirrors (the rules with none are the exercise’s own). */
  mirrors: {
    'cheap-loan': 'Cheaper credit among the perks of Yangqiao village’s points scheme, and loans that take the local credit grade into account in Rongcheng.',
    'no-deposit': 'Deposit-free public bikes in Suzhou for Sesame Credit users with a high enough score.',
    'travel-ban': 'People on the courts’ list may not buy plane or high-speed-rail tickets.',
    'no-senior-post': 'People on the courts’ list are barred from senior management and legal-representative posts.',
  },
  units: {
    one: '{n} unit',
    other: '{n} units',
  },
  demerits: {
    one: '{n} demerit',
    other: '{n} demerits',
  },
  demoNicknames: classroomDemoNicknames,
  /** Why an input was refused. Holes: {line} (its row), {detail} (what was found), {max}, {maxLength}, {ratingMin}, {ratingMax}. */
  errors: {
    empty: 'There is no student in that: each row needs a nickname and eight ratings.',
    tooBig: 'That is too large to be a class list, so nothing was read.',
    lineTooLong: 'Row {line} is too long to be a nickname and eight ratings.',
    notCsv: 'That does not read as a CSV file: check that it was saved as comma-separated text.',
    notJson: 'That does not read as a JSON file.',
    wrongFormat: 'That file is not a class saved by this exercise.',
    wrongVersion: 'That class was saved by a version of this exercise that this page cannot read.',
    badHeader: 'The first row should name the columns: a nickname, then the eight criteria.',
    missingNickname: 'Row {line} has no nickname.',
    nicknameTooLong: 'Row {line}: the nickname “{detail}” is longer than {maxLength} characters.',
    badNickname: 'Row {line}: a nickname may not hold angle brackets or invisible control characters.',
    badRating: 'Row {line}: “{detail}” is not a rating. Use a whole number from {ratingMin} to {ratingMax}.',
    wrongCount: 'Row {line} has {detail} ratings; it needs one for each of the eight criteria.',
    duplicate: 'Row {line}: the nickname “{detail}” is already in the class.',
    tooMany: 'A class can have at most {max} students.',
  },
  sentences: {
    roster: 'The roster: {count}.',
    students: { one: '{n} student', other: '{n} students' },
    noStudents: 'No students yet.',
    extremes: 'Lowest: {lowest}, {low}. Highest: {highest}, {high}.',
    evidence: 'Evidence {n} of {total}, “{criterion}”: {verdict}. {short}.',
    classes: 'Economic classes drawn: {counts}.',
    classCount: '{count} {label}',
    round: 'Round {n} of {total} played. Richest: {richest}, {top}. Poorest: {poorest}, {bottom}.',
    final: 'Gap between richest and poorest: {before} at the start, {after} now, {without} had nobody been trusted or listed.',
    moved: 'Moved up a class: {up}. Moved down: {down}.',
    nobody: 'nobody',
  },
  notes: {
    'classroom.rating': 'The rating scale is this exercise’s own, for students to rate themselves; no real scheme uses it.',
    'classroom.stages': 'The stages are the order the exercise runs in, not a score from any source.',
    'classroom.tiers': 'Splitting the class into thirds by demerits is this exercise’s rule, not a real scheme’s.',
    'classroom.classes': 'Economic classes are drawn at random, about a third each; they stand for no real data.',
    'classroom.savings': 'Starting savings and incomes are invented units, chosen so that differences show within five rounds.',
    'classroom.perks': 'The sizes of the perks and penalties are invented; only the kinds of perk and penalty are real.',
  },
};
