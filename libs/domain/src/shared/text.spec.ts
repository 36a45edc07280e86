import { singleLineProblem } from './text.js';

describe('singleLineProblem', () => {
  it.each<[string, string, string | null]>([
    ['a plain name', 'Hôtel du Jura', null],
    ['accents, apostrophes and emoji', 'L’Auberge de l’Étang 🏨', null],
    ['combining accents', 'He\u0301tel', null],
    ['a line break', 'Hôtel\nCliquez ici', 'Ce nom doit tenir sur une seule ligne.'],
    ['a carriage return', 'Hôtel\rdu Jura', 'Ce nom doit tenir sur une seule ligne.'],
    ['a line separator', 'Hôtel\u2028du Jura', 'Ce nom doit tenir sur une seule ligne.'],
    ['a right-to-left override', 'Hôtel \u202Earuj ud', 'Ce nom contient des caractères invisibles ou de contrôle\u00a0: retapez-le.'],
    ['a bidi isolate', 'Hôtel \u2067x\u2069', 'Ce nom contient des caractères invisibles ou de contrôle\u00a0: retapez-le.'],
    ['zero-width spaces only', '\u200B\u200B\u200B', 'Ce nom contient des caractères invisibles ou de contrôle\u00a0: retapez-le.'],
    ['a zero-width joiner', 'Hô\u200Dtel', 'Ce nom contient des caractères invisibles ou de contrôle\u00a0: retapez-le.'],
    ['a byte-order mark', '\uFEFFHôtel', 'Ce nom contient des caractères invisibles ou de contrôle\u00a0: retapez-le.'],
    ['a C1 control', 'Hôtel\u0085', 'Ce nom doit tenir sur une seule ligne.'],
    ['another C1 control', 'Hôtel\u009B', 'Ce nom contient des caractères invisibles ou de contrôle\u00a0: retapez-le.'],
  ])('%s', (_case, value, expected) => {
    expect(singleLineProblem(value)).toBe(expected);
  });
});
