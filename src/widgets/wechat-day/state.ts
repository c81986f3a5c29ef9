import type { StateCodec } from '../url-state';
import type { WidgetIdentity } from '../registration';
import type { WidgetWords } from '../shared/words';
import type { Dictionary } from '../../i18n';
import type { ModelCopy } from '../../model/copy';
import type { SystemCopy } from '../../model/system';
import { activities, dayIds, defaultWechatDayState, type ActivityId, type DayId, type WechatDayCopy, type WechatDayData, type WechatDayState } from '../../model/wechat-day';

/**
 * Payload: the day's id, a "-", then one letter per thing done in the model's order, e.g.
 * "open-bld" (or "pulled-" for none). Anything else (an unknown day or letter, a repeat,
 * another order) is not a state this widget writes, so it opens the default.
 */
const wechatDayCodec: StateCodec<WechatDayState> = {
  version: 1,
  encodePayload: (state) => `${state.day}-${activities.filter((a) => state.done.includes(a.id)).map((a) => a.code).join('')}`,
  decodePayload(payload) {
    const dash = payload.lastIndexOf('-');
    const day = payload.slice(0, dash) as DayId;
    if (dash < 0 || !dayIds.includes(day)) return null;
    const done: ActivityId[] = [];
    let last = -1;
    for (const code of payload.slice(dash + 1)) {
      const at = activities.findIndex((a) => a.code === code);
      if (at <= last) return null;
      done.push(activities[(last = at)]!.id);
    }
    return { day, done };
  },
};

/**
 * What the component itself needs of the registration. Kept apart from widget.ts so the browser
 * bundle carries neither the registration's text nor its source list.
 */
export const wechatDayIdentity: WidgetIdentity<WechatDayState> = { id: 'wechat-day', codec: wechatDayCodec, defaultState: defaultWechatDayState };

/**
 * What the widget says, in one locale: Tencent Credit's words for the kit's readout and perks
 * (with the notes of every piece of evidence it shows), the day's own words, and the names of
 * Tencent Credit's five aspects.
 */
export type WechatDayWords = WidgetWords<SystemCopy & { readonly notes: Readonly<Record<string, string>> }, Dictionary['widgets']['wechat-day']> & {
  readonly day: WechatDayCopy;
  readonly data: WechatDayData;
  readonly aspects: ModelCopy['tencentCredit']['aspects'];
};
