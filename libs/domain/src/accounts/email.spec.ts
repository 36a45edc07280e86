import fc from 'fast-check';
import addressparser from 'nodemailer/lib/addressparser';
import { isValidEmail, normaliseEmail } from './email.js';

describe('normaliseEmail', () => {
  it.each([
    ['contact@gex.fr', 'contact@gex.fr'],
    ['  Contact@Pays-de-Gex.FR ', 'contact@pays-de-gex.fr'],
    ['\tMarie.Dupont@Example.com\n', 'marie.dupont@example.com'],
  ])('%p -> %p', (raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected);
  });
});

describe('isValidEmail', () => {
  it.each([
    'contact@gex.fr',
    'marie.dupont+extranet@example.com',
    'accueil@hotel-du-lac.ch',
    'a@b.co',
    'info@sous.domaine.paysdegex.fr',
    `${'a'.repeat(64)}@gex.fr`,
    `a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(57)}.fr`,
    'the\uD83D\uDE00smile@gex.fr',
    "o'brien@gex.fr",
    'élodie@hôtel-du-lac.fr',
    'a.b.c@gex.fr',
    'contact@xn--htel-dma.fr',
  ])('accepts %p', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['contact', 'no @'],
    ['@gex.fr', 'empty local part'],
    ['contact@', 'empty domain'],
    ['contact@gex', 'domain without a dot'],
    ['contact@@gex.fr', 'two @'],
    ['con tact@gex.fr', 'space'],
    ['contact@gex..fr', 'empty label'],
    ['contact@.gex.fr', 'leading dot in domain'],
    ['contact@gex.fr.', 'trailing dot in domain'],
    [`a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(58)}.fr`, '255 characters'],
    [`${'a'.repeat(65)}@gex.fr`, 'local part over 64 characters'],
    ['"contact"@gex.fr', 'quoted local part'],
    ['a,b@gex.fr', 'a comma (two recipients)'],
    ['a;b@gex.fr', 'a semicolon (two recipients)'],
    ['Marie <marie@gex.fr>', 'a display name'],
    ['a<b@gex.fr', 'an angle bracket'],
    ['a(comment)@gex.fr', 'a comment'],
    ['a:b@gex.fr', 'a group'],
    ['a[b]@gex.fr', 'brackets'],
    ['a\\b@gex.fr', 'a backslash'],
    ['.a@gex.fr', 'leading dot'],
    ['a..b@gex.fr', 'two dots'],
    ['a.@gex.fr', 'trailing dot in local part'],
    ['contact@-gex.fr', 'label starting with a hyphen'],
    ['contact@gex.f', 'one-letter top-level domain'],
    ['contact@gex.123', 'numeric top-level domain'],
    ['con\u200Btact@gex.fr', 'zero-width space'],
    ['con\u202Etact@gex.fr', 'bidi override'],
    ['con\u0000tact@gex.fr', 'null byte'],
    ['contact@gex.fr\u0007', 'control character'],
    ['contact\uD800@gex.fr', 'lone high surrogate'],
    ['contact\uDC00@gex.fr', 'lone low surrogate'],
  ])('refuses %p (%s)', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('isValidEmail agrees with Nodemailer’s address parser', () => {
  const addressText = fc.string({ unit: fc.constantFrom(...'ab.é@+,;:<>"()[]\\ -_\'x1'.split('')), minLength: 3, maxLength: 20 });

  it('an accepted address is parsed as exactly that one address, with no display name', () => {
    fc.assert(
      fc.property(addressText, (local) => {
        const email = `${local}@gex.fr`;
        if (!isValidEmail(email)) return;
        expect(addressparser(email)).toEqual([{ address: email, name: '' }]);
      }),
      { numRuns: 2000 },
    );
  });
});
