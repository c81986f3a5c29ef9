/** Strings of the site around the widgets: layouts, pages, chapter furniture, embed tools. */
export const site = {
  name: 'Scored',
  /** `<title>` of every page but the home page: "Sources · Scored". */
  pageTitle: '{title} · {site}',
  layout: {
    skipLink: 'Skip to content',
    navLabel: 'Site',
    nav: { chapters: 'Chapters', sources: 'Sources', embeds: 'Embed' },
    /** The footer's first paragraph: {site} in bold, {licence} the link to CC BY 4.0. */
    footerAbout:
      "{site} explains China's social credit systems and their Western cousins. Text and data are under {licence}, code under the MIT licence: teachers and newsrooms may reuse both with credit.",
    footerLicence: 'CC BY 4.0',
    footerPrivacy: 'This site makes no requests to other sites and sets no cookies.',
  },
  home: {
    description: "An interactive explainer of China's social credit systems and their Western cousins: what is documented, what is reported, and what is a myth.",
    lede: 'China is said to give every citizen one score that decides whether they can board a train. That score does not exist. What does exist is stranger and more ordinary: commercial credit scores with perks, village points boards, and court blacklists with real teeth. This explainer lets you move the scores yourself and watch what unlocks, and tells you at each step what is documented, what is only reported, and what is a myth.',
    chapters: 'Chapters',
    chapterMeta: '{minutes} min read · interactive',
    comingLater: 'Coming later',
    forTeachers: 'For teachers and journalists',
    /** {hash} is the "#" shown beside headings; {sources} the link to the sources page. */
    forTeachersText:
      'Every chapter has a stable link, and so does every section in it: use the {hash} beside a heading to copy one. Each chapter ends with learning goals, discussion prompts and a suggested lesson length, and prints as a handout. Each interactive widget also lives on its own page, ready to embed in an article. All sources are listed on the {sources}.',
    sourcesLink: 'sources page',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist.',
    /** {home} is the link to the home page. */
    text: 'This address does not lead anywhere on {site}. {home}.',
    home: 'Go to the chapters',
  },
  sources: {
    title: 'Sources',
    description: 'Every source {site} cites, with what each one supports.',
    /** {illustrative} is the word in italics; {labels} the link to the labels section. */
    intro:
      "Every number on this site is cited to one of these sources or labelled {illustrative}. Where a source is a reprint or a mirror, or repeats something it could not confirm, the note says so. The site's {labels} follow what the sources can bear.",
    illustrative: 'illustrative',
    labelsLink: 'labels',
    howWeLabel: 'How we label claims',
    besideNumber: 'Beside a number:',
    onClaim: "On a claim that people repeat, in each chapter's verdicts:",
    allSources: 'All sources',
    source: 'Source',
    undated: 'undated',
  },
  chapter: {
    kicker: 'Chapter {n}',
    minutes: '{minutes} min read',
    toc: 'In this chapter',
    previous: 'Previous chapter',
    next: 'Next chapter',
    navLabel: 'Chapters',
    sectionLink: 'Link to section: {title}',
    linkCopied: 'Link to "{title}" copied.',
    linkCopiedBadge: 'Link copied',
  },
  cite: { open: 'Open source' },
  /** A verdict box's accessible name: {status} its label ("Myth"), {claim} the claim it rules on. */
  verdict: { name: '{status}: {claim}' },
  references: { title: 'References', source: 'Source', allSources: 'In all sources' },
  teachers: {
    title: 'For teachers',
    time: 'Suggested time: {minutes} minutes.',
    goals: 'Learning goals',
    prompts: 'Discussion prompts',
    links: 'Links to each section',
    linksIntro: 'Every section has a stable link you can put in a lesson plan:',
  },
  corrections: {
    title: 'Corrections',
    none: 'No corrections so far.',
    intro: 'What we have corrected in this chapter since it was first published, and when:',
  },
  widget: { kicker: 'Interactive' },
  scrolly: {
    graphicCaption: 'The text beside the chart describes each stage.',
    mode: 'Step through with buttons',
    previous: 'Previous',
    next: 'Next',
    count: 'Step {n} of {total}',
  },
  embed: {
    open: 'Embed this widget',
    dialogTitle: 'Embed “{title}”',
    close: 'Close',
    dialogIntro: 'Paste one of these codes into your article. The widget keeps the scenario and theme you choose; readers can still change it.',
    /** The iframe's accessible name in every embed code and the loader. */
    frameTitle: '{title} (interactive, from {site})',
    credit: 'From {chapter}, a chapter of {site}. CC BY 4.0.',
    theme: 'Theme',
    themes: { auto: "Follow the reader's setting", light: 'Light', dark: 'Dark' },
    scenario: 'Start from my current scenario (what you have set in the widget)',
    codes: {
      loader: { title: 'Script', name: 'script code', hint: 'Recommended. Resizes itself to fit, loads only when scrolled near, works with many embeds on a page.' },
      pym: { title: 'pym.js', name: 'pym.js code', hint: 'For newsroom pages that already use pym.js.' },
      iframe: { title: 'Plain iframe', name: 'plain iframe code', hint: 'For systems that strip scripts. Fixed height of {height} px, which fits the default view at 320 px wide.' },
    },
    copy: 'Copy {name}',
    copied: 'The {name} is copied. Paste it into your page.',
    copyFailed: 'Select all and copy the {name}: it is highlighted.',
  },
  embeds: {
    title: 'Embed a widget',
    description: 'Every {site} widget, ready to embed in an article: live previews at common column widths and three kinds of embed code.',
    /** {button} is the name of the chapter's embed button, in italics. */
    intro:
      "Every interactive on {site} can sit inside your article. Pick a code below and paste it where the widget should appear. The script code resizes the frame to fit at any width; the pym.js code suits pages that already use pym; the plain iframe works where scripts are stripped. To embed a particular scenario, set it up in the widget in its chapter and use that chapter's {button} button: the codes then carry your scenario.",
    privacy: 'Embeds make no requests to other sites and set no cookies. Text and graphics are CC BY 4.0: the credit line inside each embed links back to its chapter.',
    from: 'From {chapter}.',
    widths: 'Preview at a column width of',
    width: '{width} px',
    preview: 'Preview of {title} at the chosen width',
  },
  /** Each widget's title and one-sentence description, by widget id. */
  widgets: {
    'rongcheng-ledger': {
      title: 'Keep a Rongcheng credit ledger',
      description: 'Add good deeds and offences to a ledger that starts at 1,000 points, watch the grade change, and see where penalties really come from.',
    },
    'sesame-score': {
      title: 'Move a Sesame Credit score',
      description: 'Change the five things Sesame Credit weighs and watch perks such as deposit-free bikes and visa fast-tracks unlock and lock.',
    },
  },
};
