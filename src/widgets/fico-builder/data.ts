import * as schufa from '../../model/schufa';
import { buildFicoData, ficoNoteKeysOf, ficoRefsOf } from '../../model/fico';

/**
 * On the server (and in tests): the builder's data, FICO's facts from Schufa's model put
 * together by src/model/fico.ts. Nothing here is a number of its own. The island never imports
 * this file: it gets the data as plain data (words.ts), so Schufa's model stays out of its bundle.
 */
export const ficoData = buildFicoData(schufa);
export const ficoRefs = ficoRefsOf(ficoData);
export const ficoNoteKeys = ficoNoteKeysOf(ficoData);
