import { validateAccommodation, type AccommodationInput } from './accommodation.js';
import { taxCategoryOf, type AccommodationKind, type TaxCategory } from './categories.js';

const valid: AccommodationInput = {
  name: 'Hôtel du Jura', street: '1 rue de Genève', communeCode: '01173', kind: 'HOTEL', stars: 3, capacity: 40,
  registrationNumber: null, basis: 'PER_NIGHT', activeFrom: '2018-01-01', activeTo: null,
};

describe('taxCategoryOf', () => {
  it.each<[AccommodationKind, number | null, TaxCategory]>([
    ['HOTEL', 3, 'STARS_3'],
    ['HOTEL', null, 'UNCLASSIFIED'],
    ['FURNISHED_LET', 5, 'STARS_5'],
    ['FURNISHED_LET', null, 'UNCLASSIFIED'],
    ['TOURIST_RESIDENCE', 1, 'STARS_1'],
    ['HOLIDAY_VILLAGE', 4, 'STARS_2'],
    ['HOLIDAY_VILLAGE', 3, 'STARS_1'],
    ['CHAMBRE_HOTES', null, 'STARS_1'],
    ['AUBERGE_COLLECTIVE', null, 'STARS_1'],
    ['CAMPSITE', 4, 'CAMPSITE_HIGH'],
    ['CAMPSITE', 2, 'CAMPSITE_LOW'],
    ['CAMPSITE', null, 'CAMPSITE_LOW'],
    ['MOTORHOME_AREA', null, 'CAMPSITE_HIGH'],
    ['MARINA', null, 'CAMPSITE_LOW'],
    ['PALACE', null, 'PALACE'],
  ])('%s %s → %s', (kind, stars, category) => expect(taxCategoryOf(kind, stars)).toBe(category));
});

describe('validateAccommodation', () => {
  it('accepts and tidies a valid accommodation', () => {
    expect(validateAccommodation({ ...valid, name: '  Hôtel   du Jura ' })).toEqual({ ok: true, value: { ...valid, openingPeriods: [] } });
  });

  it('keeps the opening periods of a flat-rate account, in order', () => {
    const openingPeriods = [{ from: '2026-12-20', to: '2027-01-05' }, { from: '2026-04-01', to: '2026-09-30' }];
    const result = validateAccommodation({ ...valid, basis: 'FLAT_RATE', openingPeriods });
    expect(result.ok && result.value.openingPeriods).toEqual([openingPeriods[1], openingPeriods[0]]);
  });

  it('upper-cases the registration number of a furnished let', () => {
    const result = validateAccommodation({ ...valid, kind: 'FURNISHED_LET', registrationNumber: '01173 abc123 4x' });
    expect(result.ok && result.value.registrationNumber).toBe('01173ABC1234X');
  });

  it.each<[string, Partial<AccommodationInput>, string]>([
    ['a one-letter name', { name: 'H' }, 'name'],
    ['a commune outside Pays de Gex', { communeCode: '75056' }, 'communeCode'],
    ['an unknown kind', { kind: 'CASTLE' as AccommodationKind }, 'kind'],
    ['6 stars', { stars: 6 }, 'stars'],
    ['stars on a chambre d’hôtes', { kind: 'CHAMBRE_HOTES', stars: 3 }, 'stars'],
    ['capacity 0', { capacity: 0 }, 'capacity'],
    ['negative capacity', { capacity: -4 }, 'capacity'],
    ['a registration number on a hotel', { registrationNumber: '01173ABC1234X' }, 'registrationNumber'],
    ['a malformed registration number', { kind: 'FURNISHED_LET', registrationNumber: '123' }, 'registrationNumber'],
    ['flat rate for an unclassified let', { kind: 'FURNISHED_LET', stars: null, basis: 'FLAT_RATE' }, 'basis'],
    ['no start date', { activeFrom: '' }, 'activeFrom'],
    ['an end before the start', { activeTo: '2017-12-31' }, 'activeTo'],
    ['opening periods on the per-night basis', { openingPeriods: [{ from: '2026-04-01', to: '2026-09-30' }] }, 'openingPeriods'],
    ['overlapping opening periods', { basis: 'FLAT_RATE', openingPeriods: [{ from: '2026-04-01', to: '2026-09-30' }, { from: '2026-09-01', to: '2026-10-31' }] }, 'openingPeriods.1.from'],
    ['an opening period ending before it starts', { basis: 'FLAT_RATE', openingPeriods: [{ from: '2026-09-30', to: '2026-04-01' }] }, 'openingPeriods.0.to'],
  ])('refuses %s', (_label, change, field) => {
    const result = validateAccommodation({ ...valid, ...change });
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual([field]);
  });
});
