/** Words for Schufa, the EU rules and FICO (src/model/schufa.ts): address rules, score criteria, rulings, FICO's categories and bands, the scrolly and its table. */
export const schufa = {
  addressRules: {
    'one-factor-only': {
      label: 'Address as one factor only',
      detail: 'German law (§28b of the Federal Data Protection Act, reformed in 2009–2010) allowed address data in a score, but a score could not rest on address data alone, and the person had to be told.',
      status: 'Law',
    },
    'up-to-half': {
      label: 'Up to half',
      detail: 'The Baden-Württemberg data-protection authority wrote that the payment behaviour of a neighbourhood and the type of housing could lower a score by up to half.',
      status: 'An authority’s finding',
    },
    'schufa-rarely': {
      label: 'Schufa: rarely',
      detail: 'Schufa says it uses address data only in a few exceptional cases; rival agencies such as Crif, Boniversum and infoscore rely on it heavily.',
      status: 'The company’s own statement',
    },
    'time-not-place': {
      label: 'Time at the address, not the place',
      detail: 'Among the new score’s twelve criteria is how long a person has lived at the current address, not where it is.',
      status: 'The company’s own statement',
    },
    'draft-ban-2024': {
      label: 'The 2024 draft ban',
      detail: 'On 7 February 2024 the federal cabinet approved a draft that would have banned addresses and postcodes in scoring. We found no source that it became law.',
      status: 'A draft, not enacted as far as we found',
    },
  },
  draftBanned: {
    addresses: 'Addresses and postcodes',
    names: 'Names',
    'social-media': 'Social-media data',
    'account-flows': 'Flows in and out of bank accounts',
    health: 'Health data',
    'ethnic-origin': 'Ethnic origin',
  },
  criteria: {
    'payment-defaults': 'Payment defaults in recent years',
    'oldest-account-age': 'Age of the oldest bank account',
    'oldest-card-age': 'Age of the oldest credit card',
    'time-at-address': 'Time at the current address',
    'recent-instalment-loans': 'Recent instalment loans',
    'recent-account-openings': 'Recently opened accounts',
  },
  rulings: {
    'c-634-21': { label: 'CJEU, C-634/21 (SCHUFA Holding)', detail: 'Generating a score is itself an automated decision under Article 22 GDPR when a lender relies on it decisively.' },
    'c-26-22': { label: 'CJEU, C-26/22 and C-64/22', detail: 'Private agencies may not keep data on a discharge of residual debt longer than the public insolvency register.' },
    'c-203-22': { label: 'CJEU, C-203/22 (Dun & Bradstreet Austria)', detail: 'The person must be told the procedure and principles actually applied; handing over the algorithm is not enough.' },
    'vg-wiesbaden-2025': { label: 'Administrative Court of Wiesbaden', detail: 'The Hessian data-protection authority must act against Schufa; the claimant is owed a concrete, individual explanation.' },
    'bgh-2025': { label: 'Federal Court of Justice (BGH), I ZR 97/25', detail: 'Schufa need not delete a late payment as soon as it is settled; the agencies’ code of up to three years is a reasonable guideline.' },
  },
  fico: {
    categories: {
      'payment-history': 'Payment history',
      'amounts-owed': 'Amounts owed',
      'length-of-history': 'Length of credit history',
      'new-credit': 'New credit',
      'credit-mix': 'Credit mix',
    },
    bands: {
      poor: 'Poor',
      fair: 'Fair',
      good: 'Good',
      'very-good': 'Very good',
      exceptional: 'Exceptional',
    },
  },
  notes: {
    'schufa.secondary': 'Seen in a news report or summary, not in the issuing body’s own text.',
    'schufa.lower-bounds-unknown': 'Only the top class’s lower line (97.22 %) was confirmed; where the lower classes begin was not.',
    'schufa.retirement-unconfirmed': 'Schufa planned to end the old base score around the close of the first quarter of 2026; we did not find a report that it did.',
    'schufa.enactment-not-found': 'No stored source reports that the draft became law; in December 2025 Deutschlandfunk still described Schufa’s storage periods as not clearly set by law.',
    'schufa.oj-not-seen': 'Several secondary sources agree on these dates; we did not see the Official Journal text.',
    'schufa.fico-secondary': 'Seen in sources that cite FICO; FICO’s own page was not retrieved.',
  },
  /** The scrolly (src/scrolly/graphics/schufa-sesame.astro) and its table. */
  graphic: {
    title: 'One person’s data in {rows} rows, read by two kinds of score side by side: a Schufa-style credit score and a Sesame-style score. Each row says whether that score reads the data, by its sources.',
    lid: 'One person’s data',
    sides: { schufa: 'Schufa-style', sesame: 'Sesame-style' },
    scales: {
      schufa: '{min}–{max} · {criteria} criteria',
      sesame: '{min}–{max} · {dimensions} dimensions',
    },
    rows: {
      repayments: 'Repayments and loans',
      'time-at-address': 'Time at the address',
      neighbourhood: 'The area',
      purchases: 'Purchases',
      connections: 'Connections',
      'social-media': 'Social-media posts',
    },
    /** A word for each status, beside a drawn mark of its own shape, so the colour is never the only signal. */
    statuses: {
      reads: { word: 'Reads it' },
      rarely: { word: 'Rarely, it says' },
      'not-named': { word: 'Not named in our sources' },
      'says-not': { word: 'Says it does not count' },
      banned: { word: 'Banned in EU credit checks from {date}' },
    },
  },
  graphicData: {
    caption: 'One person’s data and how each kind of score treats it',
    columns: { item: 'Data about the person', schufa: 'Schufa-style score', sesame: 'Sesame-style score' },
    scalesRow: 'Scale and what is published',
    scales: {
      schufa: '{min}–{max} points from {criteria} criteria, meant to be recomputable by the consumer',
      sesame: '{min}–{max} points from {dimensions} dimensions; we found no weights published by Ant',
    },
    summary:
      'The same person’s data, read two ways. A Schufa-style score ({schufaMin}–{schufaMax}, {criteria} criteria meant to be recomputable) reads repayments, loans and time at the address, and Schufa says it uses the address itself only rarely. A Sesame-style score ({sesameMin}–{sesameMax}, {dimensions} dimensions with no published weights) also reads purchases and connections; Ant said social-media posts do not affect it. From {ccd}, EU law bans social-media data in credit checks. “Not named” means our sources do not name it, not that it is proven unused.',
  },
};
