import { boardStorySteps } from '../../model/rongcheng';
import { sesameStorySteps } from '../../model/sesame';

/**
 * The states each scrolly graphic defines, from the model's story of it. <Scrolly> fails the
 * build when a <Step show> names a state its graphic does not have; a test checks that every
 * graphic in this folder is listed here.
 */
export const graphicSteps: Readonly<Record<string, readonly string[]>> = {
  'rongcheng-board': boardStorySteps,
  'sesame-scale': sesameStorySteps,
};
