import type { AccommodationInput } from './accommodation.js';
import { describeCorrection, validateCorrectionRequest, validateDeclineReason } from './correction-request.js';

const current: AccommodationInput = {
  name: 'Gîte du Jura', street: '2 chemin des Crêts', communeCode: '01173', kind: 'FURNISHED_LET', stars: null, capacity: 4,
  registrationNumber: null, basis: 'PER_NIGHT', activeFrom: '2020-01-01', activeTo: null,
};
const message = 'Le gîte a été agrandi et classé cette année.';

describe('validateCorrectionRequest', () => {
  it('accepts a request and keeps only the listed fields, tidied', () => {
    const result = validateCorrectionRequest(
      { message: `  ${message}  `, fields: ['capacity', 'stars', 'registrationNumber'], proposed: { capacity: 6, stars: 3, registrationNumber: '01173 123456 ab', name: 'ignored' } },
      current,
    );
    expect(result).toEqual({ ok: true, value: { message, fields: ['capacity', 'stars', 'registrationNumber'], proposed: { capacity: 6, stars: 3, registrationNumber: '01173123456AB' } } });
  });

  it('accepts a message alone (the owner does not know which field)', () => {
    expect(validateCorrectionRequest({ message, fields: [], proposed: {} }, current)).toEqual({ ok: true, value: { message, fields: [], proposed: {} } });
  });

  it.each<[string, Parameters<typeof validateCorrectionRequest>[0], string, RegExp]>([
    ['a short message', { message: 'Faux', fields: [], proposed: {} }, 'message', /entre 10 et 2000/],
    ['a message too long', { message: 'x'.repeat(2001), fields: [], proposed: {} }, 'message', /entre 10 et 2000/],
    ['a hidden character', { message: `${message}\u202E`, fields: [], proposed: {} }, 'message', /invisibles/],
    ['an unknown field', { message, fields: ['basis'], proposed: {} }, 'fields', /dans la liste/],
    ['a field twice', { message, fields: ['capacity', 'capacity'], proposed: { capacity: 5 } }, 'fields', /une fois/],
    ['a capacity of zero', { message, fields: ['capacity'], proposed: { capacity: 0 } }, 'proposed.capacity', /entre 1 et 10000/],
    ['a missing capacity', { message, fields: ['capacity'], proposed: {} }, 'proposed.capacity', /entre 1 et 10000/],
    ['six stars', { message, fields: ['stars'], proposed: { stars: 6 } }, 'proposed.stars', /1 à 5 étoiles/],
    ['a bad registration number', { message, fields: ['registrationNumber'], proposed: { registrationNumber: '123' } }, 'proposed.registrationNumber', /13 caractères/],
    ['a commune outside the agglomeration', { message, fields: ['communeCode'], proposed: { communeCode: '75056' } }, 'proposed.communeCode', /Pays de Gex/],
    ['a closing before the opening', { message, fields: ['activeTo'], proposed: { activeTo: '2019-12-31' } }, 'proposed.activeTo', /précède/],
    ['the value already there', { message, fields: ['capacity'], proposed: { capacity: 4 } }, 'proposed.capacity', /déjà la valeur/],
    // a marina has no stars: the problem is named on the field the owner changed
    ['a kind that cannot keep the stars', { message, fields: ['kind'], proposed: { kind: 'MARINA' } }, 'proposed.kind', /.+/],
  ])('refuses %s, naming the field', (_, input, field, pattern) => {
    const base = field === 'proposed.kind' ? { ...current, stars: 3 } : current;
    const result = validateCorrectionRequest(input, base);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.find((e) => e.field === field)?.message).toMatch(pattern);
  });
});

describe('validateCorrectionRequest, opening periods of a flat-rate account', () => {
  const flat: AccommodationInput = { ...current, kind: 'HOTEL', stars: 2, basis: 'FLAT_RATE', openingPeriods: [{ from: '2026-04-01', to: '2026-09-30' }] };
  it('accepts new opening periods, in order', () => {
    const openingPeriods = [{ from: '2026-12-20', to: '2027-01-05' }, { from: '2026-05-01', to: '2026-09-30' }];
    const result = validateCorrectionRequest({ message, fields: ['openingPeriods'], proposed: { openingPeriods } }, flat);
    expect(result.ok && result.value.proposed).toEqual({ openingPeriods: [openingPeriods[1], openingPeriods[0]] });
  });
  it('refuses the same periods, and overlapping ones, naming the field', () => {
    const same = validateCorrectionRequest({ message, fields: ['openingPeriods'], proposed: { openingPeriods: [{ from: '2026-04-01', to: '2026-09-30' }] } }, flat);
    expect(!same.ok && same.errors.map((e) => e.field)).toEqual(['proposed.openingPeriods']);
    const overlap = validateCorrectionRequest({ message, fields: ['openingPeriods'], proposed: { openingPeriods: [{ from: '2026-04-01', to: '2026-09-30' }, { from: '2026-09-01', to: '2026-10-31' }] } }, flat);
    expect(!overlap.ok && overlap.errors.map((e) => e.field)).toEqual(['proposed.openingPeriods']);
  });
  it('says the periods in French', () => {
    expect(describeCorrection(['openingPeriods'], { openingPeriods: [{ from: '2026-05-01', to: '2026-09-30' }] }, flat)).toEqual([
      { field: 'openingPeriods', label: 'Périodes d’ouverture', current: 'du 1er avril 2026 au 30 septembre 2026', proposed: 'du 1er mai 2026 au 30 septembre 2026' },
    ]);
  });
});

describe('validateDeclineReason', () => {
  it.each([['empty', '', false], ['too short', 'Non', false], ['a sentence', 'Le classement n’est pas encore publié.', true], ['1001 characters', 'x'.repeat(1001), false]])('%s → %s', (_, reason, ok) => {
    expect(validateDeclineReason(reason).ok).toBe(ok);
  });
});

describe('describeCorrection', () => {
  it('says each field, its current value and the proposed one in French', () => {
    expect(describeCorrection(['capacity', 'stars', 'communeCode', 'activeTo'], { capacity: 6, stars: 3, communeCode: '01143', activeTo: '2026-09-30' }, current)).toEqual([
      { field: 'capacity', label: 'Capacité', current: '4', proposed: '6' },
      { field: 'stars', label: 'Classement', current: 'non classé', proposed: '3 étoiles' },
      { field: 'communeCode', label: 'Commune', current: 'Gex', proposed: expect.not.stringMatching(/^\d+$/) },
      { field: 'activeTo', label: 'Fermé le', current: 'en activité', proposed: '30 septembre 2026' },
    ]);
  });
});
