import { APIDAE_FILE_ERRORS, apidaeObjectsIn, isApidaeCommunesEntry, isApidaeObjectsEntry, parseApidaeCommunes } from './apidae-files.js';

const object = { type: 'RESTAURATION', id: 1, nom: { libelleFr: 'Le Chalet' } };

describe('apidaeObjectsIn', () => {
  it.each<[string, unknown, unknown[]]>([
    ['one object', object, [object]],
    ['an array of objects', [object, { ...object, id: 2 }], [object, { ...object, id: 2 }]],
    ['an array with a broken element (the import lists it)', [object, 'broken'], [object, 'broken']],
    ['an empty array', [], []],
    ['a search answer', { query: { count: 20 }, numFound: 1, objetsTouristiques: [object], formatVersion: 'v002' }, [object]],
    ['a search answer without result', { numFound: 0 }, []],
  ])('finds the objects of %s', (_case, json, objects) => {
    expect(apidaeObjectsIn(json)).toEqual({ ok: true, objects });
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['a string', 'objetsTouristiques'],
    ['null', null],
    ['another JSON object', { name: 'Le Chalet', items: [] }],
    ['an object without type', { id: 1, nom: { libelleFr: 'x' } }],
    ['an array of numbers', [1, 2, 3]],
  ])('refuses %s as not Apidae', (_case, json) => {
    expect(apidaeObjectsIn(json)).toEqual({ ok: false, message: APIDAE_FILE_ERRORS.notApidae });
  });
});

describe('export zip entries', () => {
  it.each<[string, boolean, boolean]>([
    ['objets_modifies/objets_modifies-1.json', true, false],
    ['export_123/objets_modifies/objets_modifies-5012345.json', true, false],
    ['objets_lies_modifies/objets_lies_modifies-1.json', false, false],
    ['objets_modifies/', false, false],
    ['objets_supprimes.json', false, false],
    ['communes.json', false, true],
    ['export_123/communes.json', false, true],
    ['elements_reference.json', false, false],
  ])('%s: objects %s, communes %s', (path, objects, communes) => {
    expect([isApidaeObjectsEntry(path), isApidaeCommunesEntry(path)]).toEqual([objects, communes]);
  });
});

describe('parseApidaeCommunes', () => {
  it('indexes communes by Apidae id and ignores what is not one', () => {
    const index = parseApidaeCommunes([
      { id: 14327, code: '01143', nom: 'Divonne-les-Bains', codePostal: '01220', pays: { id: 532 } },
      { id: 14333, code: '01173', nom: 'Gex' },
      { code: '01160' },
      'broken',
    ]);
    expect([...index.values()]).toEqual([
      { id: 14327, code: '01143', nom: 'Divonne-les-Bains', codePostal: '01220' },
      { id: 14333, code: '01173', nom: 'Gex', codePostal: null },
    ]);
  });

  it('gives an empty index for a file that is not a list', () => {
    expect(parseApidaeCommunes({ communes: [] }).size).toBe(0);
  });
});
