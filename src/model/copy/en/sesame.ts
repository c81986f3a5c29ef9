/** English words for Sesame Credit's model (src/model/sesame.ts), keyed by its ids. */
export const sesame = {
  name: 'Sesame Credit',
  bandNoun: 'tier',
  bands: {
    poor: {
      label: 'Poor',
      gloss: 'One Chinese site glosses this tier as "basically lao lai", debt dodgers; a summary of a Coda Story article calls it "veteran losers".',
    },
    medium: { label: 'Medium' },
    good: { label: 'Good' },
    'very-good': { label: 'Very good' },
    excellent: { label: 'Excellent' },
  },
  consequences: {
    'suzhou-bikes': {
      label: 'Deposit-free public bikes in Suzhou',
      detail: 'Suzhou let Sesame users with 600 or more, and no bad record in five years, rent public bikes without a deposit (2016).',
    },
    'deposit-free-rentals': {
      label: 'Deposit-free hotel and car rentals',
      detail: 'Chinese blogs, unconfirmed, put deposit-free hotels and car hire at 650, beside other perks at 600 and 700. No Ant source confirms it.',
    },
    'singapore-visa': {
      label: 'Singapore visa without bank statements',
      detail: 'In 2015 users with 700 or more could apply for a Singapore visa through Alitrip without bank statements.',
    },
    'luxembourg-visa': {
      label: 'Luxembourg (Schengen) visa application',
      detail:
        "Announced in July 2015 for users with 750 or more, when the service had not yet started. Luxembourg's consulate signed its agreement with Ant on 10 March 2017; the foreign ministry later said fewer than 3% of users reached 750 and only 32 visas were issued this way.",
    },
    'japan-visa': {
      label: 'Japan visa application (certain provinces)',
      detail: 'A 2017 report: 750 or more for a Japanese visa, for applicants in certain provinces.',
    },
    'canada-finances': {
      label: 'Proof of funds for a Canadian visa',
      detail: 'From 2018 Canada accepted a special Sesame report as proof of finances for applicants scoring over 750.',
    },
  },
  conflicting: {
    'luxembourg-2017': 'A 2017 report gives 700 for Luxembourg, for applicants in certain provinces.',
  },
  dimensions: {
    'credit-history': { label: 'Credit history', explainer: 'Whether you repay loans and credit on time.' },
    'fulfilment-capacity': { label: 'Fulfilment capacity', explainer: 'Whether you could pay: assets, income, balances.' },
    'behaviour-preferences': { label: 'Behaviour and preferences', explainer: 'What and how you buy and pay.' },
    'personal-characteristics': { label: 'Personal characteristics', explainer: 'Verified personal details; exactly which ones count is not published.' },
    'interpersonal-relationships': { label: 'Interpersonal relationships', explainer: 'Who you are connected to on the platform.' },
  },
  behaviours: {
    'repay-on-time': { label: 'Repay your Huabei credit bill on time', note: "Huabei is Alipay's built-in consumer credit." },
    'miss-repayment': { label: 'Miss a credit repayment', note: 'Repayment history sits in the heaviest dimension.' },
    'grow-savings': { label: 'Move savings into your Alipay balance', note: 'Assets held on the platform show you could pay.' },
    'add-degree': { label: 'Add your university degree to your profile', note: 'Which personal details count is not published: a degree is our example.' },
    'buy-nappies': {
      label: 'Buy nappies every week',
      note: "Sesame's technology director said a frequent nappy buyer would probably be read as a responsible parent: an example he gave, not a published rule.",
    },
    'game-ten-hours': {
      label: 'Play video games ten hours a day',
      note: 'The same director said such a player "would be considered an idle person": again an example, not a published rule.',
    },
    'high-score-friends': {
      label: 'Connect with friends who have high scores',
      note: 'The lightest dimension in the reported weights. How Sesame measures connections is not public, and Ant says it tracks only financial and consumption activity: this action is hypothetical.',
    },
    'post-criticism': {
      label: 'Post criticism of the government online',
      note: "Ant told the BBC that Sesame tracks only financial and consumption activity and that social-media posts do not affect the score. That is Ant's word: we found no evidence either way.",
    },
  },
  presets: {
    'typical-2015': {
      label: 'A typical user, 2015',
      story: 'Xinhua said in 2015 that most users scored between {low} and {high}. This profile lands at {score}.',
    },
    'how-you': {
      label: 'How You, {score}',
      story: 'A 21-year-old with a solid academic record whose score of {score} was told in a single video summary. We could not confirm the story.',
    },
    'missed-payments': {
      label: 'Behind on payments',
      story: 'Someone who missed repayments: the heaviest dimension drags the rest down into the lowest tier.',
    },
  },
  /** The scrolly's scale (src/scrolly/graphics/sesame-scale.astro). */
  graphic: {
    title: "Sesame Credit's scale from {min} to {max}, with its five reported tiers and the scores at which perks unlock.",
    typical: 'Most users in {year}: {low}–{high}',
    line: '{value} · {labels}',
    person: 'How You: {score}',
    short: {
      'suzhou-bikes': 'deposit-free bikes',
      'deposit-free-rentals': 'hotel and car deposits',
      'singapore-visa': 'Singapore visa',
      'luxembourg-visa': 'Luxembourg',
      'japan-visa': 'Japan visas',
      'canada-finances': 'Canada',
    },
  },
  /** The scale's data table and summary (src/scrolly/data/sesame-scale.ts). */
  graphicData: {
    caption: "Sesame Credit's scale: its reported tiers, where most users sat in {year}, the perk lines and How You's score",
    columns: { what: 'On the scale', score: 'Score' },
    scale: 'The whole scale',
    tier: 'Tier: {label}',
    typical: 'Most users, {year}',
    person: 'How You',
    summary:
      "Sesame Credit scores run from {min} to {max}. Five reported tiers divide the scale unevenly: {tiers}. In {year} most users scored {low}–{high}. Perks start higher up: {perks}. How You's reported score of {score} is in the {band} tier.",
    tierPart: '{label} {range}',
    perkPart: '{labels} from {value}',
  },
  effect: {
    one: '{dimension} {delta}',
    separator: ', ',
    none: 'no effect, Ant says',
    cause: '{label}: {effect}',
    presetCause: 'Profile: {label}',
  },
  notes: {
    'sesame.formula': "We map five standings of 0–100 onto 350–950 with the reported weights. Ant's formula is not public.",
    'sesame.rentals': 'Only unconfirmed Chinese blogs give this line; no Ant source confirms it.',
    'sesame.effect-guess': 'How much this moves the score is our guess.',
    'sesame.example-guess': 'The example is documented; the points are our guess.',
    'sesame.ant-word': "We follow Ant's statement; we found no independent evidence either way.",
    'sesame.typical-profile': 'The 500–600 range is documented; the profile is ours.',
    'sesame.how-you': 'From one unconfirmed video summary. Her dimension standings are ours.',
    'sesame.made-up-profile': 'A made-up profile.',
  },
};
