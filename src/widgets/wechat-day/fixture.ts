import { defineFixture } from '../fixture';
import { defaultWechatDayState, setDay, toggleActivity, wechatDayScore, type WechatDayState } from '../../model/wechat-day';
import { wechatDayData } from '../../model/wechat-day-data';

/** The first thing in the day, a shared bike, carries the illustrative score over its first perk line. */
const biked = toggleActivity(defaultWechatDayState, 'bike');
const gifted = toggleActivity(biked, 'red-envelope');
const pulled = setDay(gifted, 'pulled');

export default defineFixture<WechatDayState>({
  component: () => import('./WechatDay.svelte'),
  system: wechatDayData.system,
  score: (state) => wechatDayScore(wechatDayData, state),
  primary: { control: '[data-choice="bike"]', keys: ['Enter'], after: biked },
  keyboard: [
    { control: '[data-choice="bike"]', keys: ['Enter'], after: biked },
    { control: '[data-choice="red-envelope"]', keys: [' '], after: gifted },
    { control: '[data-choice="pulled"]', keys: ['Enter'], after: pulled },
    { control: '[data-choice="open"]', keys: ['Enter'], after: gifted },
  ],
  // Native <details>: opens with or without hydration.
  grow: { control: '[data-perk] details.consequence-more > summary', clicks: 1, native: true },
});
