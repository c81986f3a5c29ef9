import { site } from './site';
import { widgets } from './widgets';

/** English, the site's first language: the shape every other locale's dictionary copies. */
export const en = { site, widgets };
