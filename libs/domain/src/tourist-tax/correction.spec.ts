import { declarationDifferences, describeLine } from './correction.js';
import type { DeclarationLine } from './declaration.js';

const line = (overrides: Partial<DeclarationLine> = {}): DeclarationLine => ({ stays: 1, nights: 2, persons: 2, ...overrides });
const kinds = (d: ReturnType<typeof declarationDifferences>) => d.map((x) => x.kind);

describe('describeLine', () => {
  it.each<[DeclarationLine, string]>([
    [line(), '1 séjour de 2 nuitées, 2 personnes'],
    [line({ stays: 3, nights: 1, persons: 1 }), '3 séjours de 1 nuitée, 1 personne'],
    [line({ persons: 4, exempted: { MINOR: 2, SEASONAL_WORKER: 1 } }), '1 séjour de 2 nuitées, 4 personnes dont exonérées\u00a0: 2 mineurs, 1 saisonnier'],
    [line({ arrival: '2026-02-01', nightlyPriceCents: 8500, platformCollected: true }), '1 séjour de 2 nuitées, 2 personnes, arrivée le 1er février 2026, 85,00\u00a0€ la nuitée, taxe collectée par une plateforme'],
  ])('%j', (l, expected) => {
    expect(describeLine(l)).toBe(expected);
  });
});

describe('declarationDifferences', () => {
  it('names each field that changed on a line, before and after', () => {
    const d = declarationDifferences({ noRental: false, lines: [line({ persons: 3, exempted: { MINOR: 1 } })] }, { noRental: false, lines: [line({ persons: 4, exempted: { MINOR: 2 } })] });
    expect(d).toEqual([{
      line: 1, kind: 'CHANGED', before: '1 séjour de 2 nuitées, 3 personnes dont exonérées\u00a0: 1 mineur', after: '1 séjour de 2 nuitées, 4 personnes dont exonérées\u00a0: 2 mineurs',
      changes: [{ label: 'Personnes', before: '3', after: '4' }, { label: 'Exonérées (mineurs)', before: '1', after: '2' }],
    }]);
  });

  it.each<[string, DeclarationLine[], DeclarationLine[], string[]]>([
    ['same lines', [line(), line({ nights: 3 })], [line(), line({ nights: 3 })], ['UNCHANGED', 'UNCHANGED']],
    ['a line added', [line()], [line(), line({ nights: 5 })], ['UNCHANGED', 'ADDED']],
    ['a line removed', [line(), line({ nights: 5 })], [line()], ['UNCHANGED', 'REMOVED']],
    ['a price corrected', [line({ nightlyPriceCents: 90000 })], [line({ nightlyPriceCents: 9000 })], ['CHANGED']],
    ['platform ticked', [line()], [line({ platformCollected: true })], ['CHANGED']],
  ])('%s', (_, before, after, expected) => {
    expect(kinds(declarationDifferences({ noRental: false, lines: before }, { noRental: false, lines: after }))).toEqual(expected);
  });

  it('shows « no rental » turned into stays as lines added, and back as lines removed', () => {
    expect(kinds(declarationDifferences({ noRental: true, lines: [] }, { noRental: false, lines: [line(), line()] }))).toEqual(['ADDED', 'ADDED']);
    const back = declarationDifferences({ noRental: false, lines: [line()] }, { noRental: true, lines: [] });
    expect(back).toEqual([{ line: 1, kind: 'REMOVED', before: '1 séjour de 2 nuitées, 2 personnes', after: null, changes: [] }]);
  });
});
