import { defineFixture } from '../fixture';
import { addEntry, defaultRongchengState, removeEntry, rongcheng, rongchengScore, setConsent, type RongchengState } from '../../model/rongcheng';

const donated = addEntry(defaultRongchengState, 'donate-tv');
const donatedTwice = addEntry(donated, 'donate-tv');
const oneRemoved = removeEntry(donatedTwice, 0);

export default defineFixture<RongchengState>({
  component: () => import('./RongchengLedger.svelte'),
  system: rongcheng,
  score: rongchengScore,
  primary: { control: '[data-item="donate-tv"]', keys: ['Enter'], after: donated },
  keyboard: [
    { control: '[data-item="donate-tv"]', keys: ['Enter'], after: donated },
    { control: '[data-item="donate-tv"]', keys: ['Enter'], after: donatedTwice },
    { control: '[data-remove]', keys: ['Enter'], after: oneRemoved },
    { control: '[data-testid="consent"]', keys: [' '], after: setConsent(oneRemoved, false) },
  ],
  // Two entries: one row can be cancelled out by the "no entries yet" line it replaces.
  grow: { control: '[data-item="donate-tv"]', clicks: 2, native: false },
});
