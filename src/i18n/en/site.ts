/** Strings of the site around the widgets: layouts, pages, chapter furniture, embed tools. */
export const site = {
  name: 'Scored',
  /** `<title>` of every page but the home page: "Sources · Scored". */
  pageTitle: '{title} · {site}',
  layout: {
    skipLink: 'Skip to content',
    navLabel: 'Site',
    nav: { chapters: 'Chapters', sources: 'Sources', embeds: 'Embed', teachers: 'Teachers' },
    /** The footer's first paragraph: {site} in bold, {licence} the link to CC BY 4.0. */
    footerAbout:
      "{site} explains China's social credit systems and their Western cousins. Text and data are under {licence}, code under the MIT licence: teachers and newsrooms may reuse both with credit.",
    footerLicence: 'CC BY 4.0',
    footerPrivacy: 'This site makes no requests to other sites and sets no cookies.',
    search: { label: 'Search the chapters', submit: 'Search' },
  },
  search: {
    title: 'Search',
    description: 'Search the chapters of Scored, down to the section.',
    label: 'Search the chapters',
    hint: 'Type a word or a name: results list each chapter and the sections where it appears.',
    /** Shown without JavaScript, above the chapters and their sections. */
    needsScript: 'Searching needs JavaScript. Every chapter and its sections are listed below instead.',
    results: 'Results',
    /** How many chapters matched {query}, by the Intl.PluralRules category of {count}. */
    count: { one: 'One chapter mentions “{query}”.', other: '{count} chapters mention “{query}”.' },
    none: 'No chapter mentions “{query}”.',
    loading: 'Searching…',
    failed: 'The search index could not be loaded. Reload the page to try again.',
    inSections: 'In these sections',
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
  /** The teachers' pack: /teachers/ (ready lessons, every chapter's notes) and a handout per chapter. */
  teachersPage: {
    title: 'For teachers',
    description: 'Ready lessons that chain the chapters of {site}, every chapter’s teacher notes, and a printable two-page handout per chapter.',
    intro:
      'Everything here comes from the chapters: each lesson links the sections and widgets it uses, each widget also opens on its own page for a projector, and each chapter has a two-page student handout that prints from the browser. Every number a student meets is cited or labelled illustrative.',
    lessons: 'Ready lessons',
    /** {minutes} the lesson's total; {sessions} how many periods. */
    lessonMeta: { one: '{minutes} minutes, one lesson', other: '{minutes} minutes over {sessions} lessons' },
    goals: 'Goals',
    plan: 'Plan',
    /** A session's length, after its title; a phase's, beside it. */
    sessionMinutes: '{minutes} min',
    phaseMinutes: '{minutes} min',
    sections: 'Chapters and sections',
    widgets: 'Widgets to show',
    widgetPlace: 'In its chapter',
    widgetProjector: 'Full page for a projector',
    pending: 'being written',
    classroom: 'The classroom exercise, full screen',
    prompts: 'Discussion prompts',
    myths: 'Myths and claims it answers',
    /** {verdict} the evidence's verdict, e.g. "Myth". */
    mythVerdict: '{verdict}:',
    mythExplained: 'Where a chapter explains it',
    mythSorter: 'In the claim sorter',
    chapters: 'Every chapter’s teacher notes',
    chaptersIntro: 'Goals, prompts and a suggested length for each chapter, as its notes give them, with the chapter’s handout.',
    chapterMinutes: 'Suggested time: {minutes} minutes.',
    notes: 'Teacher notes in the chapter',
    handout: 'Student handout (print)',
  },
  handout: {
    /** The page's <title>, short enough for a tab (chapter titles are long): {n} the chapter's number. */
    title: 'Student handout, chapter {n}',
    description: 'A two-page student handout for the chapter “{chapter}”: key facts with sources, an activity and discussion prompts.',
    kicker: 'Student handout',
    /** Spaces on the printed page for a student's details. */
    name: 'Name',
    date: 'Date',
    printHint: 'Print this page from your browser: it fits on two pages of A4 or Letter. The chapter is at',
    print: 'Print the handout',
    back: 'All lessons and handouts',
    facts: 'Key facts',
    /** Before a fact's sources: "Source: Metro UK, 2018." */
    sources: 'Source:',
    /** One source as the handout names it: {publisher} and {year}. */
    source: '{publisher}, {year}',
    activity: 'Activity',
    /** {minutes} the activity's length. */
    activityMinutes: '{title} ({minutes} minutes)',
    prompts: 'Discuss and write',
    promptsIntro: 'Write your answers in the space after each question.',
    answerSpace: 'Space to write your answer',
    credit: 'From {site}, CC BY 4.0. The chapter: {chapter}. All sources: {sources}',
  },
  corrections: {
    title: 'Corrections',
    none: 'No corrections so far.',
    intro: 'What we have corrected in this chapter since it was first published, and when:',
  },
  /** "Cite this chapter" at a chapter's foot (src/components/CiteThis.astro, src/lib/citation.ts). */
  citeThis: {
    title: 'Cite this chapter',
    /** {published} and {updated}: dates, as formatted for the locale. */
    dates: 'First published {published}; last updated {updated}.',
    published: 'Published {published}.',
    intro: 'Copy a reference in the style you need. The link always leads to the current version.',
    styles: { apa: 'APA (7th edition)', mla: 'MLA (9th edition)', bibtex: 'BibTeX' },
    copy: 'Copy the {style} citation',
    copied: 'The {style} citation is copied.',
    copyFailed: 'Copy the {style} citation with your keyboard: it is selected.',
    copiedBadge: 'Copied',
    /**
     * The styles' own date forms (English-language styles): APA "2026, December 1", MLA
     * "1 Dec. 2026" with MLA's month abbreviations. {year}, {month}, {day} are filled in.
     */
    apaDate: '{year}, {month} {day}',
    apaMonths: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    mlaDate: '{day} {month} {year}',
    mlaMonths: ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
    /** After MLA's date, when the chapter changed after it was published: {date} in MLA's form. */
    mlaUpdated: 'updated {date}',
    /** BibTeX's note field, when the chapter changed after it was published: {date} as formatted for the locale. */
    bibtexUpdated: 'Last updated {date}',
  },
  widget: { kicker: 'Interactive' },
  scrolly: {
    graphicCaption: 'The text beside the chart describes each stage.',
    mode: 'Step through with buttons',
    previous: 'Previous',
    next: 'Next',
    count: 'Step {n} of {total}',
    /** The table and summary after each sequence, with the graphic's numbers (src/components/GraphicData.astro). */
    data: { toggle: 'Show the data', source: 'Source' },
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
  /** The living style page, /design/: the parts new chapters take, for authors, not readers (noindex). */
  design: {
    title: 'Design system',
    description: 'The parts {site} is built from: colour and type tokens, icons, evidence labels, the score readout, consequence rows and the states of each scrolly graphic.',
    intro:
      'The parts every chapter and widget is built from, rendered by the same code the chapters use, so this page cannot drift from them. New chapters take their parts from here. It is not a page for readers: search engines are asked not to list it.',
    rulesTitle: 'Rules',
    rules: [
      'Every number, threshold and id comes from the model (src/model); nothing below it types one.',
      'Every word comes from the dictionary (src/i18n) or the model copy; the pseudo-locale build shows any that escaped.',
      'Colour is never the only signal: a status has a shape and a word, a verdict a border style and a label.',
      'Icons are decoration beside words and hidden from assistive technology; which icon a consequence shows is model data.',
      'Colours, sizes and spaces are the tokens below, used as var(--token); no hex value is typed outside them, and no style attribute is written.',
    ],
    colours: 'Colour',
    coloursIntro: 'Each colour has a light and a dark value and follows the reader’s setting. Read from the tokens in the site’s stylesheet.',
    type: 'Type',
    typeIntro: 'Two faces and a fluid scale of sizes: each size grows with the width of the screen between its bounds.',
    typeSample: 'What unlocks at this score?',
    spacing: 'Space',
    icons: 'Icons',
    iconsIntro: 'Our own set, drawn on a 24-unit grid in the text colour. Each icon sits beside the words that say what it is, never alone.',
    iconsLarge: 'The same icons at twice the size, as a graphic may use them:',
    evidence: 'Evidence labels',
    evidenceIntro: 'Beside a number, how sure it is:',
    verdictsIntro: 'On a claim a chapter rules on, its verdict:',
    verdictClaim: 'A claim as a chapter quotes it',
    readout: 'Score readout and consequences',
    readoutIntro: 'A widget’s readout and its list of consequences, at the score of one of the Sesame lines ({score}): what it unlocks, and what stays locked.',
    statuses: 'Every status, by shape and word as well as colour:',
    unlocks: 'What this score unlocks',
    graphics: 'Scrolly graphics',
    graphicsIntro: 'Each graphic’s states, as its story in the model defines them; each link opens the chapter at the step that shows it.',
    step: 'Step {n}',
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
    'many-scores': {
      title: 'One person, many scores',
      description: 'One imagined person seen by eight systems at once, each on its own scale: do something and see which of them react, how, and on what evidence, with nothing adding them up.',
    },
    'claim-sorter': {
      title: 'Documented, reported, unsupported or myth?',
      description: 'Sort claims people repeat about China’s social credit system, then see what the evidence says about each, where the chapters explain it, and your final tally.',
    },
    'judgment-debtor': {
      title: 'From judgment to the list, and back',
      description: 'Be a judgment debtor: choose whether you can pay and what you do by the deadline, and see whether a court lists you, what you can no longer buy, how you may be shamed and how you get off the list.',
    },
    'wechat-day': {
      title: 'A day in one app',
      description: 'Live one day through WeChat, see who keeps a record of each tap, and watch an illustrative score open, or fail to open, what Tencent Credit offered on its one public day.',
    },
    'fico-builder': {
      title: 'Build a FICO score',
      description: 'Move the five categories FICO publishes, with their weights, and watch an illustrative score, its band and what it could open: a dating app’s documented line and loan tiers of our own.',
    },
    'move-house': {
      title: 'Move house, and watch your score',
      description: 'Move around an illustrative city and see what an address may do to a credit score and the loan offered under German law, under Schufa’s new score and under the 2024 draft ban, not passed as far as we found.',
    },
    'classroom-exercise': {
      title: 'The classroom exercise',
      description: 'Run the social credit exercise with a class from one projector: students rate themselves on eight supposed criteria, then the evidence on each is revealed, and rounds show how perks and penalties can widen or narrow mobility.',
    },
  },
};
