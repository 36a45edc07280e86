import { validateNewPassword, type PasswordContext } from './password-policy.js';

const context: PasswordContext = { email: 'marie.dupont@hotel-du-jura.fr', name: 'Marie-Claire Dupont' };

describe('validateNewPassword', () => {
  it.each([
    ['exactly 12 characters', 'gex-jura-7kq'],
    ['a passphrase', 'le chamois broute sous le Colomby'],
    ['no digit, no capital, no symbol', 'framboisesdumontjura'],
    ['accented letters count once', 'éléphantçaéé'],
    ['128 characters', 'ab'.repeat(64)],
  ])('accepts %s', (_case, password) => {
    expect(validateNewPassword(password, context)).toBeNull();
  });

  it.each([
    ['empty', '', 'Le mot de passe doit comporter au moins 12 caractères.'],
    ['11 characters', 'gex-jura-7k', 'Le mot de passe doit comporter au moins 12 caractères.'],
    ['129 characters', `${'ab'.repeat(64)}c`, 'Le mot de passe ne doit pas dépasser 128 caractères.'],
    ['a long numeric sequence', '123456789012', 'Ce mot de passe est trop courant. Choisissez-en un autre, par exemple une phrase de quelques mots.'],
    ['a French keyboard walk', 'azertyuiop123', 'Ce mot de passe est trop courant. Choisissez-en un autre, par exemple une phrase de quelques mots.'],
    ['a French common password, any case', 'MotDePasse123', 'Ce mot de passe est trop courant. Choisissez-en un autre, par exemple une phrase de quelques mots.'],
    ['an English common password', 'Password1234', 'Ce mot de passe est trop courant. Choisissez-en un autre, par exemple une phrase de quelques mots.'],
    ['one repeated character', 'zzzzzzzzzzzzzz', 'Le mot de passe ne doit pas répéter un seul caractère.'],
    ['the e-mail address', 'Marie.Dupont@hotel-du-jura.fr', 'Le mot de passe ne doit pas être votre adresse e-mail.'],
    ['the name', 'marie-claire dupont', 'Le mot de passe ne doit pas être votre nom.'],
  ])('refuses %s', (_case, password, message) => {
    expect(validateNewPassword(password, context)).toBe(message);
  });

  it('works without context', () => {
    expect(validateNewPassword('marie.dupont@hotel-du-jura.fr')).toBeNull();
  });
});
