import { claims } from './claims';
import { classroom } from './classroom';
import { classroomCriteria } from './classroom-criteria';
import { common } from './common';
import { fico } from './fico';
import { judgmentDebtor } from './judgment-debtor';
import { laoLai } from './lao-lai';
import { manyScores } from './many-scores';
import { moveHouse } from './move-house';
import { rongcheng } from './rongcheng';
import { schufa } from './schufa';
import { sesame } from './sesame';
import { tencentCredit } from './tencent-credit';
import { timeline } from './timeline';
import { wechatDay } from './wechat-day';

/** English model copy: the shape every other locale's copy must have. */
export const en = { common, sesame, rongcheng, timeline, claims, manyScores, tencentCredit, wechatDay, laoLai, judgmentDebtor, schufa, fico, moveHouse, classroomCriteria, classroom };
