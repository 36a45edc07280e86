import { COMMUNES, findCommune } from './communes.js';

describe('communes of Pays de Gex', () => {
  it('has 27 unique INSEE codes', () => {
    expect(COMMUNES).toHaveLength(27);
    expect(new Set(COMMUNES.map((c) => c.code)).size).toBe(27);
  });

  it('is sorted by name in French order', () => {
    const names = COMMUNES.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it.each(COMMUNES.map((c) => [c.name, c.code, c.postalCode]))(
    '%s has a well-formed INSEE code %s and postal code %s in Ain',
    (_name, code, postalCode) => {
      expect(code).toMatch(/^01\d{3}$/);
      expect(postalCode).toMatch(/^01\d{3}$/);
    },
  );

  it.each([
    ['01173', 'Gex', '01170'],
    ['01160', 'Ferney-Voltaire', '01210'],
    ['01153', 'Échenevex', '01170'],
    ['01354', 'Saint-Genis-Pouilly', '01630'],
  ])('findCommune(%s) is %s (%s)', (code, name, postalCode) => {
    expect(findCommune(code)).toEqual({ code, name, postalCode });
  });

  it.each(['', '74010', '1173', '01 173'])('findCommune(%p) is undefined', (code) => {
    expect(findCommune(code)).toBeUndefined();
  });
});
