/**
 * Words for "A day in one app" (src/model/wechat-day.ts). `system` is what the widget kit reads
 * for the score and its perks; the rest is the day: the taps, who keeps each record, the days
 * the reader can switch to, and the sentences that announce a change.
 */
export const wechatDay = {
  system: {
    name: 'Tencent Credit',
    bandNoun: 'tier',
    bands: {
      'no-tiers': { label: 'no tiers known' },
    },
    consequences: {
      mobike: {
        label: 'Mobike bicycles without a deposit',
        detail: "Caixin found it listed on Tencent Credit's website during the public test; FinanceAsia notes that Tencent had invested in Mobike.",
      },
      webank: {
        label: 'Interest-free micro-loans from WeBank',
        detail: "Caixin found it listed on Tencent Credit's website during the public test; FinanceAsia notes that Tencent had invested in WeBank.",
      },
    },
    conflicting: {},
    notes: {
      'wechatDay.trail':
        'What each tap records, and who keeps it, is our illustration of the kinds of record a day in WeChat can leave. A summary of Rui Zhong’s article for Coda Story says WeChat Pay can collect information on bike rentals, medical appointments, travel and taxi rides.',
      'wechatDay.score':
        'Tencent never published how it worked out its score. Its scale, 300 to 850, and its five aspects are documented; the start and the points each tap adds here are ours.',
      'wechatDay.perk-threshold': 'The perks are documented, but no source says what score they needed: this line on the scale is ours.',
      'wechatDay.no-tiers': 'We found no tiers or bands for Tencent Credit.',
      'wechatDay.waiver-rule':
        'Blog posts name three parts of WeChat Pay Score: identity, payment behaviour and keeping to agreements. No rule or range is published, so here a waiver opens once the day has a record of each part. That rule is ours.',
    },
  },
  activities: {
    bike: { label: 'Unlock a shared bike' },
    doctor: { label: 'Book a doctor’s appointment' },
    lunch: { label: 'Pay for lunch' },
    taxi: { label: 'Hail a taxi' },
    'red-envelope': { label: 'Send a red envelope' },
    moments: { label: 'Post on Moments' },
    'power-bank': { label: 'Rent a power bank' },
    train: { label: 'Book a train' },
  },
  keepers: {
    platform: 'WeChat',
    merchant: 'the shop',
    operator: 'the mini-program’s operator',
    bank: 'the bank',
  },
  /** What each keeper records of each tap: our illustration. */
  trail: {
    bike: {
      platform: 'which bike mini-program you opened, and when',
      operator: 'where you picked the bike up and left it, and the route between',
      bank: 'the fare, from your card or wallet',
    },
    doctor: {
      platform: 'that you booked with a hospital’s mini-program',
      operator: 'your name, ID number, the department and the time',
    },
    lunch: {
      platform: 'the payment: who, where, how much and when',
      merchant: 'what you ordered',
      bank: 'the transfer from your account',
    },
    taxi: {
      platform: 'the ride-hailing mini-program you used',
      operator: 'where you were picked up and dropped, and the driver',
      bank: 'the fare',
    },
    'red-envelope': {
      platform: 'who sent money to whom, in which chat, and how much',
      bank: 'the transfer between your accounts',
    },
    moments: {
      platform: 'your post, your photos, where you were and who liked it',
    },
    'power-bank': {
      platform: 'which rental mini-program you used, and where',
      operator: 'when you took the power bank and when you gave it back',
      bank: 'the rental charge',
    },
    train: {
      platform: 'the booking, paid in WeChat',
      operator: 'your name and ID number, the train, the seat and the date',
      bank: 'the ticket payment',
    },
  },
  days: {
    open: { label: 'Tencent Credit open to all', what: 'Tencent Credit is open to everyone on WeChat' },
    pulled: { label: 'Tencent Credit pulled', what: 'Tencent Credit is down by the afternoon' },
    'pay-score': { label: 'WeChat Pay Score reported', what: 'Tencent Credit is gone; WeChat Pay Score is reported' },
  },
  payParts: {
    identity: 'identity',
    payment: 'payment behaviour',
    contract: 'keeping to agreements',
  },
  waivers: {
    'power-banks': 'Power banks without a deposit',
    hotels: 'No deposit at some hotels',
  },
  change: {
    did: 'Done: {activity}',
    undid: 'Taken back: {activity}',
    clear: 'The day starts again, with nothing done',
    day: 'Day now {date}: {what}',
    trail: 'New records kept by {keepers}.',
    waiversOpen: 'WeChat Pay Score waivers, as reported: now open.',
    waiversClosed: 'WeChat Pay Score waivers, as reported: closed.',
  },
};
