import { wordDiff } from './word-diff.js';

describe('wordDiff', () => {
  it.each<[string, string, string, ReturnType<typeof wordDiff>]>([
    ['identical texts', 'Un gîte calme', 'Un gîte calme', [{ kind: 'same', text: 'Un gîte calme' }]],
    ['a word replaced', 'Un gîte calme', 'Un gîte lumineux', [{ kind: 'same', text: 'Un gîte ' }, { kind: 'removed', text: 'calme' }, { kind: 'added', text: 'lumineux' }]],
    ['words added at the end', 'Vue sur le Jura.', 'Vue sur le Jura. Piscine chauffée.', [{ kind: 'same', text: 'Vue sur le Jura.' }, { kind: 'added', text: ' Piscine chauffée.' }]],
    ['everything removed', 'Fermé', '', [{ kind: 'removed', text: 'Fermé' }]],
    ['from nothing', '', 'Ouvert', [{ kind: 'added', text: 'Ouvert' }]],
  ])('%s', (_case, before, after, expected) => {
    expect(wordDiff(before, after)).toEqual(expected);
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'Le gîte des Tilleuls accueille six personnes dans une ferme rénovée, au calme.';
    const after = 'Le gîte des Tilleuls accueille huit personnes dans une ancienne ferme rénovée, très au calme.';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
  });
});
