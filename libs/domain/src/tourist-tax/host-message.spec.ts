import { UNDECLARED_REASONS, defaultHostMessage, validateHostMessage } from './host-message.js';

describe('defaultHostMessage', () => {
  it.each(UNDECLARED_REASONS)('proposes a valid French message naming the accommodation (%s)', (reason) => {
    const message = defaultHostMessage(reason, { name: 'Gîte des Crêts', organisationName: 'SARL Les Crêts', year: 2026 });
    expect(message.subject).toContain('Gîte des Crêts');
    expect(message.text).toMatch(/^Bonjour,/);
    expect(message.text).toContain('Gîte des Crêts');
    expect(validateHostMessage(message)).toEqual({ ok: true, value: message });
  });

  it('says the year for an account without declarations, the registration number for a let', () => {
    expect(defaultHostMessage('silent', { name: 'A', organisationName: 'B', year: 2025 }).subject).toContain('2025');
    expect(defaultHostMessage('unregistered', { name: 'A', organisationName: 'B', year: 2025 }).text).toContain('numéro d’enregistrement');
  });
});

describe('validateHostMessage', () => {
  const text = 'Bonjour, pouvez-vous nous appeler au sujet de la taxe de séjour ?';
  it('tidies the subject and keeps the paragraphs', () => {
    expect(validateHostMessage({ subject: '  Taxe   de séjour ', text: `${text}\r\n\r\nMerci.` })).toEqual({ ok: true, value: { subject: 'Taxe de séjour', text: `${text}\n\nMerci.` } });
  });
  it.each<[string, { subject: unknown; text: unknown }, string, RegExp]>([
    ['an empty subject', { subject: '', text }, 'subject', /entre 5 et 200/],
    ['a subject on two lines', { subject: 'Taxe\nde séjour', text }, 'subject', /une seule ligne/],
    ['a subject too long', { subject: 'x'.repeat(201), text }, 'subject', /entre 5 et 200/],
    ['a text too short', { subject: 'Taxe de séjour', text: 'Bonjour' }, 'text', /entre 20 et 5000/],
    ['a text too long', { subject: 'Taxe de séjour', text: 'x'.repeat(5001) }, 'text', /entre 20 et 5000/],
    ['a hidden character', { subject: 'Taxe de séjour', text: `${text}\u202E` }, 'text', /invisibles/],
  ])('refuses %s, naming the field', (_, input, field, message) => {
    const result = validateHostMessage(input);
    expect(!result.ok && result.errors.find((e) => e.field === field)?.message).toMatch(message);
  });
});
