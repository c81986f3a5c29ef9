import { findWidget } from '../../src/widgets/registry';

/**
 * A widget's words in English, exactly as its island gets them on the site. Typed `never` so it
 * fits any widget's `words` prop: the registry does not know each widget's own words type.
 */
export const wordsFor = (id: string): never => findWidget(id).words('en') as never;
