/** Words for the big-picture timeline (src/model/timeline.ts): its events, tracks, panels, notes and data table. */
export const timeline = {
  tracks: {
    courts: 'Courts',
    central: 'Central government',
    companies: 'Companies',
    local: 'Local',
  },
  events: {
    'court-list': {
      label: 'Courts put defaulters online',
      title: "The Supreme People's Court puts its list of dishonest judgment defaulters online",
    },
    outline: {
      label: 'Planning Outline, {from}–{to}',
      title: 'The State Council issues the Planning Outline for the Construction of a Social Credit System (2014–2020)',
    },
    sesame: {
      label: 'Sesame Credit launches',
      title: "Ant's Sesame Credit, a commercial score inside Alipay, launches publicly",
    },
    tencent: {
      label: 'Tencent Credit lasts a day',
      title: "Tencent Credit's nationwide public test opens and is pulled the next day",
    },
    'rongcheng-consent': {
      label: 'Rongcheng: scoring by consent',
      title: "Rongcheng's new rules: residents are scored only if they consent",
    },
    'draft-law': {
      label: 'A draft Social Credit Law',
      title: 'Central agencies publish a draft Law on the Establishment of the Social Credit System',
    },
    'action-plan': {
      label: 'Action plan; one law dropped',
      title: "The NDRC's 2024–2025 action plan asks to speed up the law; review of the enforcement law ends",
    },
    opinions: {
      label: 'Opinions: limits and reach',
      title: 'The Opinions on Improving the Social Credit System: records for firms, people and the state, and a ban on non-credit information',
    },
    'list-inflow': {
      label: 'Fewer new names on court list',
      title: "New entries on the courts' list fall two years running, and more people leave it than join",
    },
    'credit-repair': {
      label: 'Credit repair measures in force',
      title: 'The Credit Repair Management Measures take effect: repair is a right, with set display periods',
    },
  },
  /** What each event's panel says beside its figure; two short lines each, so they fit a phone. */
  panels: {
    'court-list': ['kinds of conduct that can put a court', 'debtor on the list of defaulters'],
    outline: ["the Outline's term, in {fields} key fields;", 'no national score came with {to}'],
    sesame: ["Sesame Credit's scale: one company's", "opt-in score, not the state's"],
    tencent: ["Tencent Credit's scale: opened {opened},", 'taken down by {closed}'],
    'rongcheng-consent': ['records are still kept without consent,', 'but a low score alone brings no penalty'],
    'draft-law': ['in {second} chapters; still a draft:', 'we found no record of its adoption'],
    opinions: ['or more: credit records on {second}', 'business entities in the national platform'],
  },
  consentHeadline: 'No consent, no score',
  laws: {
    'social-credit-law': { name: 'Social Credit Law', status: 'drafted {drafted} · still a draft' },
    'enforcement-law': { name: 'Civil Compulsory Enforcement Law', status: 'first read {drafted} · review ended {dropped}' },
  },
  flows: {
    entries: 'New, {year}',
    repairs: 'Repaired, {year}',
    value: '{value} million',
    derived: '≈{value} million',
    legend: 'Added to the list, and removed by repair',
  },
  tiers: {
    minor: { label: 'Minor', range: 'up to {to} months, if shown' },
    general: { label: 'General', range: '{from}–{to} months' },
    serious: { label: 'Serious', range: '{from}–{to} months' },
    axis: '{months} months',
    legend: 'How long a record stays on public display',
  },
  units: {
    articles: '{value} articles',
    billion: '{value} billion',
    million: '{value} million',
  },
  notes: {
    'timeline.derived-2023': "Our arithmetic, not a source's figure: 2024's 2.457 million new entries were 23.4% fewer than 2023's.",
    'timeline.law-pending': 'Later documents, such as the 2024–2025 action plan, still treat the law as pending; we found no record of its adoption.',
  },
  /** The scrolly's timeline (src/scrolly/graphics/big-picture-timeline.astro). */
  graphic: {
    title: 'A timeline of China\'s social credit systems, {first} to {last}: ten moments, marked by who acted (courts, central government, companies or a local government), each with one figure.',
    panelHead: '{date} · {track}',
    span: '{from}–{to}',
    term: 'Outline term',
  },
  graphicData: {
    caption: "Ten moments in China's social credit systems, {first} to {last}, with the figure the timeline shows for each, then the court list's flows, the display periods for credit repair and the two laws",
    columns: { when: 'When', what: 'What happened', figure: 'Figure shown' },
    who: '{what} ({track})',
    figure: '{headline} · {caption}',
    figureBelow: 'In the rows below',
    entriesRow: "New entries on the courts' list of dishonest judgment defaulters",
    repairsRow: 'Removed from the list through credit repair',
    tierRow: '{tier} untrustworthiness information: how long it stays on public display',
    summary:
      "The timeline runs from {first} to {last}. It starts with the courts' list of dishonest judgment defaulters ({courtList}) and the State Council's Planning Outline ({outline}), whose term ran {termFrom}–{termTo}; then come two company scores, Sesame Credit ({sesame}, {sesameRange}) and Tencent Credit ({tencent}, {tencentRange}, pulled the next day); Rongcheng's consent rule ({rongcheng}); a draft Social Credit Law ({draftLaw}), still a draft; the 2024–2025 action plan ({actionPlan}), in the year the enforcement law was dropped; and the Opinions of {opinions}, when the national platform held more than {records} credit records on {entities} business entities. New entries on the court list fell from about {entries2023} million in 2023 (our arithmetic) to {entries2024} million in 2024 and {entries2025} million in 2025, while {repairs2024} million and {repairs2025} million left it through credit repair. Under the measures in force from {repair}, credit repair is a right, and records stay on public display for at most {minor}, {general} or {serious} months, by tier.",
  },
};
