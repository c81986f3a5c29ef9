/** What a card says of its system; `reacts` and `depends` only where some action can move it. */
interface SystemWords {
  readonly name: string;
  readonly about: string;
  /** Why it ignores an action unrelated to it: the sentence of every cell that has none of its own. */
  readonly unrelated: string;
  /** The person's standing in words: untouched, moved, or perhaps moved. */
  readonly rest: string;
  readonly reacts?: string;
  readonly depends?: string;
}

/** The eight systems' cards, by system id. */
const systems = {
  sesame: {
    name: 'Sesame Credit',
    about: "Ant Group's commercial score inside Alipay, for users who opt in: {min} to {max}.",
    unrelated: "No effect, by Ant's account: it says Sesame tracks only financial and consumption activity.",
    rest: 'No change',
    reacts: 'Lower',
  },
  tencent: {
    name: 'Tencent Credit',
    about: "Tencent's score, {min} to {max}, opened to the whole country through WeChat on {opened} and pulled on {closed}.",
    unrelated: 'Nothing can reach it: it was taken down on {closed}, a day after it opened.',
    rest: 'Gone: no score to move',
  },
  rongcheng: {
    name: 'Rongcheng personal credit',
    about: 'The city’s own points, for residents who agree to be scored, counted from a reported start of {start}.',
    unrelated: 'Not in the part of Rongcheng’s standard we could read.',
    rest: 'No change',
    reacts: 'Lower',
  },
  yangqiao: {
    name: 'Yangqiao village score',
    about: 'A village in Zhejiang that gives each of its residents a score from {min} to {max}.',
    unrelated: 'It scores only its own villagers, for what they do in the village.',
    rest: 'Not scored: not a villager',
  },
  'court-list': {
    name: 'Court defaulter list',
    about: "The Supreme People's Court's list of dishonest judgment defaulters, people who defy a court judgment: you are on it or you are not.",
    unrelated: 'Not a ground for listing: courts list judgment debtors who defy a ruling, on six grounds.',
    rest: 'Not listed',
    reacts: 'Listed until you pay',
  },
  'company-list': {
    name: 'Company blacklists',
    about: "Regulators' blacklists of companies, each entry based on a specific finding and shared between agencies: a company is listed or it is not.",
    unrelated: 'These lists record what companies are found to have done; a person comes in as the representative of a listed company.',
    rest: 'No record for your company',
    depends: 'On the company’s record; a serious finding can get it listed',
  },
  schufa: {
    name: 'Schufa',
    about: 'A private German credit agency. Its new score, announced in 2025, runs from {min} to {max} on {criteria} criteria.',
    unrelated: 'Not credit data: Schufa’s {criteria} criteria are about defaults, accounts, loans and time at an address.',
    rest: 'No change',
    reacts: 'Lower',
    depends: 'May change',
  },
  fico: {
    name: 'FICO Score',
    about: 'A US credit score from {min} to {max}, built from credit-report data in five published categories.',
    unrelated: 'Not in a credit report, so not in any of FICO’s five categories.',
    rest: 'No change',
    reacts: 'Lower',
  },
} satisfies Record<string, SystemWords>;

/** English words for the many-scores model (src/model/many-scores.ts), keyed by its ids. */
export const manyScores = {
  person:
    'One imagined person: an Alipay user who lives in Rongcheng and has agreed to its points, has credit files in Germany and the US, and runs a small company.',
  systems: systems as Readonly<Record<keyof typeof systems, SystemWords>>,
  actions: {
    'miss-repayment': { label: 'Miss a loan repayment' },
    'ignore-judgment': { label: 'Ignore a court judgment you could pay' },
    'litter-rongcheng': { label: 'Drop litter in a Rongcheng village' },
    'give-blood-nanjing': {
      label: 'Give blood in Nanjing',
      elsewhere:
        'Nanjing has its own card for this: blood donors, volunteers and others can get an “honest and trustworthy citizen” card with {low}–{high} off buses and the subway. About {cards} had been issued by mid-2018.',
    },
    'post-criticism': { label: 'Post criticism of the government online' },
    'move-postcode': {
      label: 'Move to a poorer postcode in Germany',
      elsewhere: 'Other German credit agencies, such as Crif, Boniversum and infoscore, rely much more on address data than Schufa says it does.',
    },
    'company-inspection': { label: 'Run a company that fails an inspection' },
  },
  /** The cells with a sentence of their own, action by action; every other cell says its system's `unrelated`. */
  reactions: {
    'miss-repayment': {
      sesame:
        "Falls if it is a repayment Sesame sees: repayments count in credit history, one of its five dimensions and reported to weigh most. In Sesame's model here: {before} to {after} ({delta}), a size we guessed.",
      rongcheng: '{points} points for each monthly cycle a bank loan or credit card is in arrears.',
      'court-list': 'Not by itself: the list is for people who defy a court judgment, and a missed payment is not one.',
      schufa: 'Falls if it becomes a recorded default with a lender that reports to Schufa: payment defaults are one of the new score’s {criteria} criteria. Our sources give no number of points.',
      fico: 'Falls if the lender reports it to a US credit bureau: payment history makes up {share} of a FICO score, its largest part. Our sources give no number of points.',
    },
    'ignore-judgment': {
      sesame: "We found no source on whether Sesame reads the court's list.",
      rongcheng: 'No line of its own in the part of Rongcheng’s standard we could read: the listing is the court’s, on its own card.',
      'court-list': 'The court can list you: refusing to pay when you are able to is one of the six grounds for listing. The listing ends when you pay.',
    },
    'litter-rongcheng': {
      rongcheng: '{points} points and a village fine, as Liu Guoping of Dongdao Liujia found in 2018 when he dropped sunflower-seed shells.',
      yangqiao: 'Yangqiao takes {points} for littering at its river docks, but only from its own villagers, in another province.',
    },
    'give-blood-nanjing': {
      'court-list': 'Good deeds do not end a listing: paying, or doing what the judgment orders, does.',
    },
    'post-criticism': {
      sesame: 'No effect, Ant says: it told the BBC that social-media posts do not affect the score. We found no evidence either way.',
      'court-list':
        'Criticism is not a ground for listing. The journalist Liu Hu was listed after losing a civil defamation case and disputing the fee for publishing his apology, not for criticism as such.',
    },
    'move-postcode': {
      schufa:
        'The postcode is not among the new score’s {criteria} criteria, but time at the current address is, and a move starts it again. Which way that moves the score, and how far, our sources do not say. Schufa says it uses address data only in a few exceptional cases.',
    },
    'company-inspection': {
      'company-list':
        "The finding goes on the company's public credit record. A serious one can put the company on a regulator's blacklist, with joint penalties such as exclusion from public tenders, and reach you as its legal representative. How long it is shown depends on how serious it is: at most {minor} months if minor, {generalFrom} to {generalTo} months if general, {seriousFrom} to {seriousTo} months if serious.",
    },
  },
  /** While someone is on the court's list. */
  restrictions: {
    flights: 'No flights',
    'high-speed-trains': 'No high-speed trains',
    'star-hotels': 'No star-rated hotels',
    'private-schools': 'No high-fee private schools for your children',
  },
  scales: {
    range: '{min}–{max}',
    ledger: 'points from {start}',
    yesNo: 'on the list or not',
  },
  /** The announcement: what you did, which systems it reached, and where Sesame's score went. */
  sentences: {
    taken: '{action}.',
    undone: 'Undone: {action}.',
    changes: '{count} changes to what you did.',
    reached: 'Reached {count} of {total} systems: {systems}.',
    reachedNone: 'No system reacts.',
    sesameMoved: 'Sesame Credit {before} to {after} ({delta}).',
    sesameStays: 'Sesame Credit stays at {score}.',
  },
  notes: {
    'many.person': 'A made-up person. Their Sesame standings are ours; what each system does is sourced cell by cell.',
    'many.no-link': 'We found no source linking this action to this system, so the cell shows no reaction.',
    'many.standard-part': 'Only the commercial and public-service part of the standard was visible to us.',
    'many.company-lists': 'They mostly target companies in regulated industries; people come in as the representatives of listed firms, or for defying court judgments.',
  },
};
