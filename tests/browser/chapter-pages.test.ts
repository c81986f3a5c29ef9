import { chapterPages } from '../support/site-pages';
import { checkPages } from '../support/page-checks';

/** The chapters get the checks of every page (tests/support/page-checks.ts) in a file of their own: they are the heaviest. */
checkPages(chapterPages());
