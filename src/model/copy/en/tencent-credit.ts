/**
 * Words for Tencent's scores in the WeChat chapter (src/model/tencent-credit.ts): the scrolly's
 * lanes, close-up and panels, and its data table. Panel lines are short enough for a phone.
 */
export const tencentCredit = {
  lanes: {
    licence: 'Licence to report on people',
    score: 'Tencent Credit',
    payScore: 'WeChat Pay Score (reported)',
  },
  aspects: {
    'credit-history': 'credit history',
    security: 'security',
    wealth: 'wealth',
    consumption: 'consumption',
    social: 'social network',
  },
  /** The close-up of the public test, one column a day: what each day's label says, a line at a time. */
  closeUp: {
    open: ['open to all'],
    down: ['down by the', 'afternoon'],
    ended: ['Tencent calls', 'the test over'],
  },
  /** Each step's panel: who acted (after the date), a headline, and lines. */
  panels: {
    'eight-firms': {
      head: 'central bank',
      headline: '{firms} firms',
      lines: ['told to get ready to report on', "people's credit within {months} months;", "Tencent's credit arm among them"],
    },
    'qq-test': {
      head: 'Tencent',
      headline: '{min}–{max}',
      lines: ['shown to QQ VIP members only, on {aspects} aspects:'],
    },
    opens: {
      head: 'Tencent, on WeChat',
      headline: 'Open to all',
      lines: ['Give name, ID number and phone number;', 'a high score promised interest-free', 'WeBank loans, Mobike without deposit'],
    },
    pulled: {
      head: 'central bank',
      headline: 'Window guidance',
      lines: ["Caixin's source: the central bank's", 'credit bureau had it pulled. Tencent', 'said it was acting on user feedback.'],
    },
    baihang: {
      head: 'central bank',
      headline: 'Baihang Credit',
      lines: ['None of the eight had a licence of its own.'],
    },
    'pay-score': {
      head: 'blog reports',
      headline: 'Range: not found',
      lines: ['Identity, payment behaviour, keeping', 'to contracts; no deposit for power', 'banks, nor at some hotels from {hotels}'],
    },
  },
  /** The panel of the complete graphic, which print and readers without JavaScript see. */
  final: {
    head: 'Tencent Credit, {opened}',
    headline: 'About one day',
    lines: ['in public, {waited} years after the central', 'bank told Tencent to get ready'],
  },
  /** The Baihang panel's bar: who holds what. */
  shares: {
    association: 'association {share}',
    tencent: 'Tencent {share}',
    legend: 'Shares in Baihang Credit',
  },
  payPerks: {
    'power-banks': 'power banks without a deposit',
    hotels: 'hotels without a deposit at {score} or more',
  },
  notes: {
    'tencent.range-not-found': 'Blog-grade sources only; none we trust gives the range of the score.',
  },
  /** The scrolly (src/scrolly/graphics/tencent-credit.astro). */
  graphic: {
    title:
      "Tencent's scores from {first} to {last} on one time line, in three lanes: the licence to report on people's credit, Tencent Credit, and WeChat Pay Score. A close-up shows Tencent Credit's public test day by day, from {opened} to {ended}, and a panel gives each step's figure.",
    panelHead: '{date} · {who}',
  },
  graphicData: {
    caption: "Tencent's scores, {first} to {last}: what happened, and the figures the graphic shows",
    columns: { when: 'When', what: 'What happened', figure: 'Figures shown' },
    events: {
      'eight-firms': "The central bank lets eight firms, Tencent's credit arm among them, prepare personal credit reporting",
      'qq-test': 'Tencent Credit is shown to QQ VIP members only, then tested in a few cities',
      opens: 'Tencent Credit opens to everyone on WeChat, as a nationwide public test',
      pulled: "The service is down by the afternoon, after \"window guidance\" from the central bank's credit bureau, according to Caixin's source",
      ended: 'Tencent says the test period has ended',
      baihang: 'The central bank licenses Baihang Credit, owned by the National Internet Finance Association and the eight firms',
      'pay-score': 'WeChat Pay Score is tested in Guangzhou and Shenzhen, according to blog-grade sources',
    },
    figure: '{headline} · {lines}',
    more: '{figure} · {more}',
    shares: 'the association holds {association}, each of the eight firms {share}',
    perks: 'reported perks: {list}',
    summary:
      "In {announced} the central bank gave eight firms, Tencent's credit arm among them, {months} months to prepare personal credit reporting. Tencent Credit, a score from {min} to {max} built on {aspects} aspects ({aspectList}), was first shown to QQ VIP members only from {closed}. On {opened} it opened to everyone on WeChat, and by the afternoon of {downBy} it was down; on {ended} Tencent said the test period had ended. On {licensed} the licence went to Baihang Credit instead, in which the National Internet Finance Association holds {association} and each of the eight firms {share}. WeChat Pay Score followed from {payScore}, known only from blog-grade sources, which name {components} components and perks such as {perks}; we found no trustworthy source for its range.",
  },
};
