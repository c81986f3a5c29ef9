/**
 * Words for "Build a FICO score" (src/model/fico.ts). `system` is what the widget kit reads for
 * the score, its bands and what it opens; the rest is the builder: the five published
 * categories, the made-up profiles and the cause an announcement repeats back.
 */
export const fico = {
  system: {
    name: 'FICO',
    bandNoun: 'band',
    bands: {
      poor: { label: 'Poor' },
      fair: { label: 'Fair' },
      good: { label: 'Good' },
      'very-good': { label: 'Very good' },
      exceptional: { label: 'Exceptional' },
    },
    consequences: {
      'likely-declined': {
        label: 'Most loan applications turned down',
        detail: 'Our illustration of what a lender might do below the fair band. Lenders set their own rules, and no source we use gives this line.',
      },
      'high-rate-loan': {
        label: 'A loan offer, at a high rate',
        detail: 'Our illustration of a rate tier starting at the fair band. Real lenders set their own tiers and rates.',
      },
      'standard-rate-loan': {
        label: 'A loan offer, at a standard rate',
        detail: 'Our illustration of a rate tier starting at the good band. Real lenders set their own tiers and rates.',
      },
      'score-dating-app': {
        label: 'Joining the "Score" dating app',
        detail:
          'A US dating app launched for Valentine’s Day 2024 admitted only people with a credit score of 675 or more, checked through Equifax. Compare Sesame Credit’s 2015 tie-up with the Chinese dating site Baihe.',
      },
      'best-rate-loan': {
        label: 'A loan offer, at the best rate',
        detail: 'Our illustration of a rate tier starting at the very good band. Real lenders set their own tiers and rates.',
      },
    },
    conflicting: {},
    notes: {
      'fico.formula':
        'FICO publishes the five categories and their weights, not its formula. Here each standing from 0 to 100 is weighted as published and the total laid on 300–850: that arithmetic is ours.',
      'fico.rate-tier': 'This line is ours: lenders set their own tiers, and we put them at the edges of the usual bands.',
      'fico.profile': 'A made-up profile.',
    },
  },
  categories: {
    'payment-history': { label: 'Payment history', explainer: 'Whether you paid past credit on time.' },
    'amounts-owed': { label: 'Amounts owed', explainer: 'How much you owe, and how much of your available credit you use.' },
    'length-of-history': { label: 'Length of credit history', explainer: 'How long you have had credit.' },
    'new-credit': { label: 'New credit', explainer: 'How many accounts you opened or applied for lately.' },
    'credit-mix': { label: 'Credit mix', explainer: 'The kinds of credit you have, such as cards, a car loan or a mortgage.' },
  },
  profiles: {
    'new-to-credit': { label: 'New to credit', story: 'Pays on time, but has had credit only briefly and of one kind.' },
    'missed-payments': { label: 'Behind on payments', story: 'Missed payments weigh on the heaviest category.' },
    'long-clean-record': { label: 'A long, clean record', story: 'Years of credit of several kinds, paid on time, with little of it used.' },
  },
  profileCause: 'Profile: {label}',
};
