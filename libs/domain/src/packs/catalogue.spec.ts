import { editEffect, isOfferedTo, validateCatalogueItem, validateTermsBody, type CatalogueItemInput } from './catalogue.js';

const valid: CatalogueItemInput = {
  kind: 'PACK',
  year: 2026,
  name: '  Pack   Visibilité  ',
  description: 'Fiche, photos et brochure.',
  priceExclCents: 45_000,
  vatRateBp: 2000,
  categories: ['RESTAURANT', 'HOTEL', 'HOTEL'],
};

describe('validateCatalogueItem', () => {
  it('tidies a valid pack: one space, categories once and in the usual order', () => {
    const result = validateCatalogueItem(valid);
    expect(result).toEqual({ ok: true, value: { ...valid, name: 'Pack Visibilité', categories: ['HOTEL', 'RESTAURANT'] } });
  });

  it.each<[string, Partial<CatalogueItemInput>, string, string]>([
    ['a one-letter name', { name: 'P' }, 'name', 'Le nom doit comporter entre 2 et 120 caractères.'],
    ['a name on two lines', { name: 'Pack\nA' }, 'name', 'Ce nom doit tenir sur une seule ligne.'],
    ['a negative price', { priceExclCents: -1 }, 'priceExclCents', 'Le prix hors taxes doit être un montant positif ou nul, en centimes.'],
    ['a price in euros with decimals', { priceExclCents: 450.5 }, 'priceExclCents', 'Le prix hors taxes doit être un montant positif ou nul, en centimes.'],
    ['an excessive price', { priceExclCents: 5_000_001 }, 'priceExclCents', 'Le prix hors taxes ne peut pas dépasser 50 000 €.'],
    ['a VAT rate that does not exist in France', { vatRateBp: 1960 }, 'vatRateBp', 'Choisissez un taux de TVA français\u00a0: 20 %, 10 %, 5,5 %, 2,1 % ou 0 %.'],
    ['no category', { categories: [] }, 'categories', 'Choisissez au moins une catégorie de partenaires.'],
    ['the office as a category', { categories: ['TOURISM_OFFICE'] }, 'categories', 'Une des catégories choisies n’est pas une catégorie de partenaires.'],
    ['a year out of range', { year: 1999 }, 'year', 'Indiquez une année valide (par exemple 2026).'],
    ['an unknown kind', { kind: 'GIFT' as never }, 'kind', 'Choisissez un pack ou une option.'],
    ['a description too long', { description: 'a'.repeat(2001) }, 'description', 'La description ne doit pas dépasser 2000 caractères.'],
  ])('refuses %s', (_case, change, field, message) => {
    const result = validateCatalogueItem({ ...valid, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ field, message }]);
  });
});

describe('isOfferedTo', () => {
  const item = { categories: ['HOTEL' as const, 'CAMPSITE' as const], archived: false, year: 2026 };
  it.each<[string, Partial<typeof item>, string, number, boolean]>([
    ['a hotel, this year', {}, 'HOTEL', 2026, true],
    ['a campsite', {}, 'CAMPSITE', 2026, true],
    ['a restaurant', {}, 'RESTAURANT', 2026, false],
    ['a hotel, another year', {}, 'HOTEL', 2027, false],
    ['an archived pack', { archived: true }, 'HOTEL', 2026, false],
  ])('%s → %s', (_case, change, category, year, expected) => {
    expect(isOfferedTo({ ...item, ...change }, category as never, year)).toBe(expected);
  });
});

describe('editEffect', () => {
  it.each<[boolean, string]>([
    [false, 'UPDATE_IN_PLACE'],
    [true, 'NEW_VERSION'],
  ])('sold=%s → %s', (sold, effect) => expect(editEffect(sold)).toBe(effect));
});

describe('validateTermsBody', () => {
  it.each<[string, boolean]>([
    ['trop court', false],
    ['Article 1 — Objet. Les présentes conditions…', true],
    ['x'.repeat(100_001), false],
  ])('%s', (body, ok) => expect(validateTermsBody(body).ok).toBe(ok));
});
