import fc from 'fast-check';
import { displayPhone, normalisePhone } from './phone.js';

describe('normalisePhone', () => {
  it.each([
    ['04 50 41 53 85', '+33 4 50 41 53 85'],
    ['0450415385', '+33 4 50 41 53 85'],
    ['04.50.41.53.85', '+33 4 50 41 53 85'],
    ['04-50-41-53-85', '+33 4 50 41 53 85'],
    ['+33 4 50 41 53 85', '+33 4 50 41 53 85'],
    ['+33450415385', '+33 4 50 41 53 85'],
    ['+33 (0)4 50 41 53 85', '+33 4 50 41 53 85'],
    ['0033 4 50 41 53 85', '+33 4 50 41 53 85'],
    ['+33 04 50 41 53 85', '+33 4 50 41 53 85'],
    ['06 12 34 56 78', '+33 6 12 34 56 78'],
    ['  09 70 00 00 00 ', '+33 9 70 00 00 00'],
    ['+41 22 345 67 89', '+41 22 345 67 89'],
    ['+41 (0)22 345 67 89', '+41 22 345 67 89'],
    ['+41223456789', '+41 22 345 67 89'],
    ['0041 79 123 45 67', '+41 79 123 45 67'],
    // Neighbours and visitors: an Italian or Belgian mobile must not block saving.
    ['+39 347 123 4567', '+39 347 123 4567'],
    ['0039 347 123 4567', '+39 347 123 4567'],
    ['+32 470 12 34 56', '+32 470 12 34 56'],
    ['+44 20 7946 0958', '+44 20 7946 0958'],
    ['+49 30 901820', '+49 30 901820'],
  ])('%p -> %p', (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['04 50 41 53', 'too short'],
    ['04 50 41 53 85 12', 'too long'],
    ['00 50 41 53 85', 'French number cannot start with 00 then a digit'],
    ['+41 22 345 67', 'Swiss number too short'],
    ['+33 0 50 41 53 85', 'trunk zero after the country code, one digit short'],
    ['04 50 AB 53 85', 'letters (keypad letters are not read as digits)'],
    ['+33 4 50 41 53 85 ext. 12', 'an extension'],
    ['+999 12 34 56 78', 'no such country code'],
    ['tel:+33450415385', 'a URI'],
    ['+33 4 50 41 53 85\n+41 22 345 67 89', 'two numbers'],
  ])('refuses %p (%s)', (raw) => {
    expect(normalisePhone(raw)).toBeNull();
  });

  it('gives back, for any accepted number, a form that reads back as itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 ]{6,16}$/), (raw) => {
        const normalised = normalisePhone(raw);
        if (normalised === null) return;
        expect(normalisePhone(normalised)).toBe(normalised);
        expect(normalisePhone(displayPhone(normalised))).toBe(normalised);
      }),
    );
  });
});

describe('displayPhone', () => {
  it.each([
    ['+33 4 50 41 53 85', '04 50 41 53 85'],
    ['+33 6 12 34 56 78', '06 12 34 56 78'],
    // A Swiss number shown as « 022… » would read back as a French one: it keeps its code.
    ['+41 22 345 67 89', '+41 22 345 67 89'],
    ['+39 347 123 4567', '+39 347 123 4567'],
    [null, ''],
    ['', ''],
    ['not a number', 'not a number'],
  ])('%p -> %p', (stored, shown) => {
    expect(displayPhone(stored)).toBe(shown);
  });
});
