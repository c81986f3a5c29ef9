/**
 * English words for the claim sorter's model (src/model/claims.ts), keyed by its ids: each
 * claim as people repeat it, why the evidence sorts it as it does, and the label of the link
 * to the section that explains it. Claims are paraphrased from the seed documents.
 */
export const claims = {
  name: 'Claim sorter',
  bandNoun: 'stage',
  bands: {
    sorting: { label: 'Sorting' },
    sorted: { label: 'All sorted' },
  },
  consequences: {
    'answer-link': {
      label: 'A link to your answers',
      detail: "This page's address now carries your verdicts, so a copied link reopens the sorter with the same answers.",
    },
    'final-tally': {
      label: 'Your final tally',
      detail: 'How your verdicts compare with the evidence, verdict by verdict.',
    },
  },
  conflicting: {},
  claims: {
    'one-score': {
      text: 'Every Chinese citizen has one social credit score, between 350 and 950.',
      why: 'The range 350 to 950 belongs to Sesame Credit, a company’s score inside the Alipay app, which users switched on themselves when TechNode described it in 2018. No national score for every citizen exists: in 2022 the journalist Zeyi Yang concluded that the automatic citizen scoring of Western stories “doesn’t exist”, and the researcher Vincent Brussee describes a patchwork of databases and blacklists with no elaborate scoring.',
      more: 'Where the single-score idea came from',
    },
    'court-flight-ban': {
      text: 'People on a court blacklist can be barred from buying plane tickets.',
      why: 'Since an early-2014 guideline, people on the courts’ list of dishonest judgment defaulters, who ignore rulings against them, cannot buy plane or high-speed-rail tickets. The journalist Liu Hu found himself on the list in 2017, after losing a civil defamation case, and could no longer book flights. The ban comes from the court’s list, not from any score.',
      more: 'How the court list works',
    },
    'rongcheng-start': {
      text: 'In Rongcheng, every adult starts with 1,000 points.',
      why: 'Widely repeated, and often credited to Foreign Policy’s 2018 report, but we could not see the figure in the copy of that report we read, nor in the Rongcheng rules we could read. It may well be right: in Huantai, another Shandong county, 1,050 points earns the top grade, which fits a start of 1,000.',
      more: 'Rongcheng’s starting line',
    },
    'peer-ratings': {
      text: 'People rate each other out of five stars after every encounter, as in the Black Mirror episode “Nosedive”.',
      why: 'We found no source for any such scheme. The nearest thing we found is a handful of village “information gatherers” in Rongcheng writing down their neighbours’ good deeds by hand. The researcher Vincent Brussee finds no mass evaluation of individual behaviour in what goes by the name of social credit.',
      more: 'The many systems that do exist',
    },
    'jaywalkers-on-screens': {
      text: 'Jaywalkers have been caught by facial-recognition cameras and shown on public screens.',
      why: 'From April 2017 traffic police in Shenzhen used facial recognition to show jaywalkers’ photos, family names and parts of their ID numbers on large screens at junctions: 13,930 offenders at one junction in the ten months to February 2018. That was one city’s traffic enforcement; we found no source that links such cameras to a national score.',
      more: 'Cameras and the score',
    },
    'video-games': {
      text: 'The government takes points off people who play video games for too long.',
      why: 'This goes back to Sesame Credit, a company’s score, not the government’s: Sesame’s technology director said that someone who plays video games ten hours a day “would be considered an idle person”. It was an example of how a score might read shopping, never a published rule, and never a government one.',
      more: 'Nappies, games and posts',
    },
    'local-discounts': {
      text: 'In some places, people with high local scores get discounts.',
      why: 'Local points schemes do hand out perks, each its own. In Huantai, a county in Shandong, 1,050 points earns the top grade, AAA, which brings discounts on gas, water and heating bills. In Suqian, a resident whose score reached 1,360 got 40% off a top-up of a citizen card. None of these is a national score.',
      more: 'Local schemes, each on its own scale',
    },
    'half-the-cameras': {
      text: 'Nearly half of the world’s surveillance cameras are in China.',
      why: 'China has a great many cameras, about 200 million by one 2019 estimate. But the nearest figure to “half” that we found measures something else: China’s share of the money spent worldwide on video surveillance, about 45% in 2018. We found no count of the world’s cameras to check the claim against, so it is neither confirmed nor disproved.',
      more: 'What the camera figures measure',
    },
    'companies-too': {
      text: 'The system keeps credit records on companies and government bodies, not only on people.',
      why: 'Companies are its main target: in 2025 the national credit-information platform held more than 80.7 billion records on 180 million business entities. The 2025 Opinions on the system also give credit records to government bodies that break their promises to businesses.',
      more: 'What the system mostly is',
    },
    'low-score-travel-ban': {
      text: 'If your score drops too low, you cannot buy train tickets.',
      why: 'Travel bans come from specific lists, above all the courts’ list of people who ignore rulings, not from a score falling past a line. In Rongcheng, the best-known points scheme, China Law Translate sums up the current rules: a low score alone is never the basis for penalties.',
      more: 'What a low score does not do',
    },
    'sesame-lowest-tier': {
      text: 'Sesame Credit’s lowest tier runs from 350 to 550.',
      why: 'Five tiers, from “poor” at 350–550 to “excellent” at 700–950, are repeated across Chinese finance sites, but no Ant Group source we found confirms them. The range itself, 350 to 950, is documented.',
      more: 'Sesame’s five tiers',
    },
    'paid-informers': {
      text: 'Rongcheng pays informers to watch and record everyone.',
      why: 'Part of it holds: in one Rongcheng village the South China Morning Post found 10 “information gatherers”, writing down mostly good deeds by hand. No source we found says whether they are paid, and Jeremy Daum, who studied Rongcheng’s rules, found no panopticon.',
      more: 'Rongcheng’s claims, sorted',
    },
  },
  sentences: {
    answered: 'Claim {n}: you said {said}; the evidence says {verdict}. {match}',
    answeredAlone: 'You said {said}; the evidence says {verdict}. {match}',
    match: 'A match.',
    noMatch: 'Not a match.',
    cleared: 'Every answer cleared.',
    progress: '{sorted} of {total} sorted, {matched} matching the evidence.',
  },
  notes: {
    'claims.tally': 'The tally counts your own verdicts: it is this sorter’s rule, not a number from any source.',
  },
};
