import { SIRET_EXAMPLE, isValidSiret, makeSiret, normaliseSiret, siretWithKeys } from './siret.js';

describe('normaliseSiret', () => {
  it.each([
    ['73282932000074', '73282932000074'],
    ['732 829 320 00074', '73282932000074'],
    ['  732 829 320 00074 ', '73282932000074'],
    ['732\u00a0829\u00a0320\u00a000074', '73282932000074'],
  ])('%p -> %p', (raw, expected) => {
    expect(normaliseSiret(raw)).toBe(expected);
  });
});

describe('isValidSiret', () => {
  // Luhn from the right: double every second digit, subtract 9 above 9, the total ends in 0.
  // The SIREN (first 9 digits) carries its own Luhn key as well.
  it.each([
    ['73282932000074', 'Luhn: 5+3+4+8+4+9+6+2+0+0+0+0+5+4 = 50'],
    ['44306184100047', 'Luhn valid, SIREN 443061841 Luhn valid'],
    ['55208131766522', 'Luhn valid, SIREN 552081317 Luhn valid'],
    ['35600000000048', 'La Poste head office, ordinary Luhn key'],
    ['35600000049837', 'La Poste establishment: 3+5+6+4+9+8+3+7 = 45, a multiple of 5'],
  ])('%s is valid (%s)', (siret) => {
    expect(isValidSiret(siret)).toBe(true);
  });

  it.each([
    ['73282932000075', 'last digit changed, Luhn fails'],
    ['73282932000047', 'two digits swapped'],
    ['12345678900015', 'SIRET Luhn valid but SIREN 123456789 is not'],
    ['35600000000014', 'La Poste: Luhn valid but 3+5+6+1+4 = 19, not a multiple of 5'],
    ['7328293200007', '13 digits'],
    ['732829320000740', '15 digits'],
    ['732 829 320 00074', 'not normalised'],
    ['7328293200007A', 'a letter'],
    ['', 'empty'],
  ])('%p is invalid (%s)', (siret) => {
    expect(isValidSiret(siret)).toBe(false);
  });
});

describe('siretWithKeys', () => {
  it.each([
    ['73282932', '0007', '73282932000074'],
    ['44306184', '0004', '44306184100047'],
    ['55208131', '6652', '55208131766522'],
  ])('%s + %s -> %s, keys computed', (sirenBody, establishment, expected) => {
    expect(siretWithKeys(sirenBody, establishment)).toBe(expected);
  });

  it.each([
    ['7328293', '0007', 'a 7-digit SIREN body'],
    ['73282932', '007', 'a 3-digit establishment'],
    ['7328293A', '0007', 'a letter'],
    ['35600000', '0001', "La Poste's SIREN, another rule"],
  ])('refuses %s + %s (%s)', (sirenBody, establishment) => {
    expect(() => siretWithKeys(sirenBody, establishment)).toThrow(RangeError);
  });
});

describe('makeSiret', () => {
  it.each([0, 1, 9, 10, 42, 1234, 9_999, 10_000, 123_456, 9_999_999, 10_000_000, Number.MAX_SAFE_INTEGER])(
    'gives a valid SIRET for seed %p',
    (seed) => {
      expect(isValidSiret(makeSiret(seed))).toBe(true);
    },
  );

  it('gives the same SIRET for the same seed and different ones for different seeds', () => {
    expect(makeSiret(42)).toBe(makeSiret(42));
    const sirets = Array.from({ length: 20_000 }, (_, seed) => makeSiret(seed * 499));
    expect(new Set(sirets).size).toBe(sirets.length);
  });

  it.each([-1, 1.5, Number.NaN])('refuses seed %p', (seed) => {
    expect(() => makeSiret(seed)).toThrow(RangeError);
  });
});

describe('SIRET_EXAMPLE', () => {
  it('is a valid SIRET once its spaces are removed', () => {
    expect(isValidSiret(normaliseSiret(SIRET_EXAMPLE))).toBe(true);
  });
});
