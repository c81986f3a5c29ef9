import { dictionary } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { modelCopy } from '../../model/copy';
import { wechatDayData, wechatDayNoteKeys } from '../../model/wechat-day-data';
import { drawingsOf } from '../shared/icons';
import type { WechatDayWords } from './state';

/**
 * On the server: everything the widget says in one locale. The notes are those of every piece
 * of evidence it shows, whichever copy holds them (WeChat Pay Score's is Tencent's); the drawings
 * those of Tencent Credit's perks (the waivers' rows keep an empty place); the data travels with them
 * (src/model/wechat-day-data.ts), so the island carries none of the Tencent model's code.
 */
export function wechatDayWords(locale: Locale): WechatDayWords {
  const copy = modelCopy(locale);
  const { widgets } = dictionary(locale);
  const { system, ...day } = copy.wechatDay;
  const notes: Readonly<Record<string, string>> = { ...system.notes, ...copy.tencentCredit.notes };
  return {
    locale,
    common: copy.common,
    copy: { ...system, notes: Object.fromEntries([...wechatDayNoteKeys].map((key) => [key, notes[key] ?? ''])) },
    day,
    data: wechatDayData,
    aspects: copy.tencentCredit.aspects,
    ui: widgets['wechat-day'],
    kit: widgets.kit,
    icons: drawingsOf(wechatDayData.system.consequences.map((c) => c.icon)),
  };
}
