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
    `${'a'.repeat(247)}@gex.fr`,
    'the\uD83D\uDE00smile@gex.fr',
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
    [`${'a'.repeat(248)}@gex.fr`, '255 characters'],
    ['con\u0000tact@gex.fr', 'null byte'],
    ['contact@gex.fr\u0007', 'control character'],
    ['contact\uD800@gex.fr', 'lone high surrogate'],
    ['contact\uDC00@gex.fr', 'lone low surrogate'],
  ])('refuses %p (%s)', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});
