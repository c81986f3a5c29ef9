import { defineWidget } from '../registration';
import { widgetWords } from '../words';
import { claims, claimsRefs, type Answers } from '../../model/claims';
import { localePath } from '../../i18n';
import { sorterIdentity, type SorterWords } from './state';

export default defineWidget<Answers, SorterWords>({
  ...sorterIdentity,
  embedHeight: 5300,
  words: (locale) => ({
    ...widgetWords(locale, 'claims', 'claim-sorter'),
    // The address chapterHref (src/lib/chapters.ts) gives a section; that module reads the
    // content collection, which a registration cannot import. The build checks every link.
    sections: Object.fromEntries(claims.map((c) => [c.id, localePath(locale, `/chapters/${c.explainedIn.chapter}/#${c.explainedIn.section}`)])),
  }),
  refs: [...claimsRefs],
});
