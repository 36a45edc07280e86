import { isValidSiret, normaliseSiret } from './siret.js';

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
