import { common } from './common';
import { rongcheng } from './rongcheng';
import { sesame } from './sesame';

/** English model copy: the shape every other locale's copy must have. */
export const en = { common, sesame, rongcheng };
