import { defineWidget } from '../registration';
import { widgetWords } from '../words';
import { criteria, classroomProgress, classroomRefs, demoClass, evidenceSentences, rating, rosterErrorTexts, rounds, ruleTexts, stages, tierRule } from '../../model/classroom';
import { fill, formatterFor } from '../../i18n/format';
import { localePath } from '../../i18n';
import { classroomIdentity, DEMO_SEED, type ClassroomWords } from './state';

export default defineWidget<number, ClassroomWords>({
  ...classroomIdentity,
  // The default view (the demo roster, two tiles a row) measures 4,505 px at 320 px wide (embed-dialog test).
  embedHeight: 4600,
  words: (locale) => {
    const words = widgetWords(locale, 'classroom', 'classroom-exercise');
    const { copy, ui } = words;
    const format = formatterFor(locale);
    const n = format.number;
    return {
      ...words,
      // The exercise's fixed numbers go into the templates here; the island fills in only what
      // changes (a stage, a count, a name).
      ui: {
        ...ui,
        keyHelp: fill(ui.keyHelp, { min: n(rating.min), max: n(rating.max) }),
        stageOf: fill(ui.stageOf, { last: n(stages.last) }),
        announce: fill(ui.announce, { last: n(stages.last) }),
        criterionOf: fill(ui.criterionOf, { total: n(criteria.length) }),
        roundsTitle: fill(ui.roundsTitle, { total: n(rounds) }),
      },
      // Plain data computed here, so the island ships neither the criteria's sources and
      // sections, nor the stages as a scoring system, nor the demo's generator, nor the rules' wording.
      // The address chapterHref (src/lib/chapters.ts) gives a section; that module reads the
      // content collection, which a registration cannot import. The build checks every link.
      criteria: criteria.map(({ id, verdict, evidence, explainedIn }) => ({
        id,
        verdict,
        evidence,
        href: localePath(locale, `/chapters/${explainedIn.chapter}/#${explainedIn.section}`),
      })),
      system: classroomProgress,
      evidence: evidenceSentences({ copy, common: words.common, format }),
      errors: rosterErrorTexts({ copy, format }),
      demo: demoClass(DEMO_SEED, copy.demoNicknames),
      rules: ruleTexts({ copy, format }),
      tierEvidence: tierRule.evidence,
    };
  },
  // The seed names the criteria, so the rating key links it.
  refs: [...new Set([...classroomRefs, 'seed-classroom-wechat'])],
});
