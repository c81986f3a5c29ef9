import { defineWidget } from '../registration';
import type { WechatDayState } from '../../model/wechat-day';
import { wechatDayRefs } from '../../model/wechat-day-data';
import { wechatDayIdentity, type WechatDayWords } from './state';
import { wechatDayWords } from './words';

export default defineWidget<WechatDayState, WechatDayWords>({
  ...wechatDayIdentity,
  embedHeight: 3240,
  words: wechatDayWords,
  refs: [...wechatDayRefs],
});
