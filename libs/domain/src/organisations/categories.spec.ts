import {
  CATEGORY_LABELS,
  categoryChangeProblem,
  ORGANISATION_CATEGORIES,
  PARTNER_CATEGORIES,
  isAccommodationCategory,
  isOrganisationCategory,
  type OrganisationCategory,
} from './categories.js';

describe('organisation categories', () => {
  it.each<[OrganisationCategory, string, boolean, boolean]>([
    ['HOTEL', 'Hôtel', true, true],
    ['TOURIST_RESIDENCE', 'Résidence de tourisme', true, true],
    ['RESTAURANT', 'Restaurant', true, false],
    ['CAMPSITE', 'Camping', true, true],
    ['FURNISHED_LET', 'Meublé / gîte / chambre d’hôtes', true, true],
    ['ACTIVITY_PROVIDER', 'Prestataire d’activités', true, false],
    ['SHOP', 'Commerce', true, false],
    ['ASSOCIATION', 'Association', true, false],
    ['TOURISM_OFFICE', 'Office de tourisme', false, false],
  ])('%s: label %s, partner %s, accommodation %s', (category, label, partner, accommodation) => {
    expect(CATEGORY_LABELS[category]).toBe(label);
    expect(PARTNER_CATEGORIES.includes(category)).toBe(partner);
    expect(isAccommodationCategory(category)).toBe(accommodation);
  });

  it('labels every category', () => {
    expect(Object.keys(CATEGORY_LABELS).sort()).toEqual([...ORGANISATION_CATEGORIES].sort());
  });

  it.each([
    ['HOTEL', true],
    ['hotel', false],
    ['', false],
    ['CASINO', false],
  ])('isOrganisationCategory(%p) is %p', (value, expected) => {
    expect(isOrganisationCategory(value)).toBe(expected);
  });
});

describe('categoryChangeProblem', () => {
  it.each([
    ['HOTEL', 'HOTEL', false],
    ['HOTEL', 'CAMPSITE', false],
    ['TOURISM_OFFICE', 'TOURISM_OFFICE', false],
    ['TOURISM_OFFICE', 'HOTEL', true],
    ['SHOP', 'TOURISM_OFFICE', true],
  ] as const)('%s → %s refused: %s', (current, next, refused) => {
    expect(categoryChangeProblem(current, next) !== null).toBe(refused);
  });
});
