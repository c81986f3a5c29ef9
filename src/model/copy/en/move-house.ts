import type { MoveHouseCopy } from '../../move-house';

/**
 * Words for "Move house" (src/model/move-house.ts). `system` is what the widget kit reads for the
 * score and the loan terms; the rest names the rules, the illustrative city's neighbourhoods and
 * the sentences that announce a change.
 */
export const moveHouse = {
  system: {
    name: 'An illustrative credit score',
    bandNoun: 'class',
    bands: {
      'no-bands': { label: 'no classes shown' },
    },
    consequences: {
      'loan-offered': {
        label: 'A loan is offered at all',
        detail: 'Below this line the lender in this illustration turns the application down.',
      },
      'standard-rate': {
        label: 'The standard interest rate',
        detail: 'Above this line the lender in this illustration offers its usual terms instead of a surcharge.',
      },
      'best-rate': {
        label: 'The best interest rate',
        detail: 'Above this line the lender in this illustration offers its lowest rate.',
      },
    },
    conflicting: {},
    notes: {
      'moveHouse.scale':
        'Schufa’s new score runs from 100 to 999. We put all three rules on that one scale so they can be compared; the points themselves are ours.',
      'moveHouse.score':
        'This is no agency’s formula. Your own record here is the same wherever you live, and what the address takes off is our choice, to show what each rule allows.',
      'moveHouse.city': 'The city, its neighbourhoods and how each one’s address counts are invented for this illustration.',
      'moveHouse.loss':
        'How much each area takes off is ours. The Baden-Württemberg data-protection authority wrote that neighbourhood payment behaviour and housing type could lower a score by up to half, so no area here takes off more than half.',
      'moveHouse.new-address':
        'Schufa names time at the current address among the criteria of its new score. How much a fresh address costs, and that staying wins it back, is ours.',
      'moveHouse.terms': 'The lines on the scale and the interest rates offered above them are ours, not any lender’s.',
      'moveHouse.no-bands': 'We show no classes for this score: its scale is borrowed, and its points are ours.',
    },
  },
  rules: {
    'one-factor': {
      label: 'An agency that uses addresses, as German law allowed',
      short: 'address as one factor',
      detail:
        'Under §28b of the Federal Data Protection Act, as reformed from {date}, an agency could use address data, but a score could not rest on it alone, and consumers had to be told. Schufa says it uses address data only “in a few exceptional cases”; rival agencies such as Crif, Boniversum and infoscore rely on it heavily.',
    },
    'new-score': {
      label: 'Schufa’s new score: time at the address, not the neighbourhood',
      short: 'Schufa’s new score',
      detail:
        'Schufa’s new score, announced in {date}, runs from {min} to {max} and uses {criteria} criteria. One is how long you have lived at your current address; where that address is does not count.',
    },
    'draft-ban': {
      label: 'The {year} draft ban, not passed as far as we found',
      short: 'the draft ban, not passed as far as we found',
      detail:
        'On {date} the German cabinet approved a draft that would have banned addresses and postcodes, among other data, in credit scores. It needed the Bundestag and the Bundesrat; we found no source saying it became law.',
    },
  },
  neighbourhoods: {
    'north-hill': 'North Hill',
    'old-town': 'Old Town',
    'east-gardens': 'East Gardens',
    'mill-lane': 'Mill Lane',
    market: 'Market Square',
    riverside: 'Riverside',
    station: 'Station Quarter',
    harbour: 'Harbour',
    'park-estate': 'Park Estate',
  },
  change: {
    rule: 'Rule: {rule}',
    move: 'Moved to {place}',
    stay: 'Stayed at the new address a while',
    terms: 'Loan now offered at {rate} a year.',
    refused: 'No loan offered now.',
  },
} satisfies MoveHouseCopy;
