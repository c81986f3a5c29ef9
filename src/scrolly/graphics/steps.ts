import { shamingChannels } from '../../model/lao-lai';
import { boardStorySteps } from '../../model/rongcheng';
import { classroomStorySteps } from '../data/classroom-criteria';
import { readingSteps } from '../../model/schufa';
import { sesameStorySteps } from '../../model/sesame';
import { tencentStorySteps } from '../../model/tencent-credit';
import { timelineSteps } from '../../model/timeline';

/**
 * The states each scrolly graphic defines, from the model's story of it. <Scrolly> fails the
 * build when a <Step show> names a state its graphic does not have; a test checks that every
 * graphic in this folder is listed here.
 */
export const graphicSteps: Readonly<Record<string, readonly string[]>> = {
  'rongcheng-board': boardStorySteps,
  'sesame-scale': sesameStorySteps,
  'big-picture-timeline': timelineSteps,
  'tencent-credit': tencentStorySteps,
  'shaming-toolbox': shamingChannels,
  'schufa-sesame': readingSteps,
  'classroom-criteria': classroomStorySteps,
};
