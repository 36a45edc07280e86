import { computeTotals, creditLines, invoiceNumber, type PricedLine } from './invoice-totals.js';

const line = (unit: number, rate: number, quantity = 1): PricedLine => ({ label: 'x', quantity, unitPriceExclCents: unit, vatRateBp: rate });

describe('computeTotals: VAT per rate, not per line', () => {
  it.each<[string, PricedLine[], { excl: number; vat: number; incl: number; breakdown: [number, number, number][] }]>([
    ['one pack at 20 %', [line(45_000, 2000)], { excl: 45_000, vat: 9_000, incl: 54_000, breakdown: [[2000, 45_000, 9_000]] }],
    [
      'three lines of 0.03 € at 20 %: per rate 0.09 × 20 % = 0.018 → 0.02 (per line would give 0.03)',
      [line(3, 2000), line(3, 2000), line(3, 2000)],
      { excl: 9, vat: 2, incl: 11, breakdown: [[2000, 9, 2]] },
    ],
    [
      'two rates, listed from the highest',
      [line(1_000, 550), line(20_000, 2000), line(5_000, 1000)],
      { excl: 26_000, vat: 4_555, incl: 30_555, breakdown: [[2000, 20_000, 4_000], [1000, 5_000, 500], [550, 1_000, 55]] },
    ],
    ['quantity multiplies the line', [line(2_500, 2000, 4)], { excl: 10_000, vat: 2_000, incl: 12_000, breakdown: [[2000, 10_000, 2_000]] }],
    ['exempt line', [line(8_000, 0)], { excl: 8_000, vat: 0, incl: 8_000, breakdown: [[0, 8_000, 0]] }],
    ['nothing', [], { excl: 0, vat: 0, incl: 0, breakdown: [] }],
  ])('%s', (_case, lines, expected) => {
    const totals = computeTotals(lines);
    expect(totals.totalExclCents).toBe(expected.excl);
    expect(totals.totalVatCents).toBe(expected.vat);
    expect(totals.totalInclCents).toBe(expected.incl);
    expect(totals.vat.map((v) => [v.vatRateBp, v.baseExclCents, v.vatCents])).toEqual(expected.breakdown);
  });

  it('totals always equal the sum of the breakdown (EN 16931 BR-CO-13/14/15)', () => {
    const lines = [line(1_234, 2000), line(567, 550), line(89, 2000, 3), line(10_001, 1000)];
    const t = computeTotals(lines);
    expect(t.totalExclCents).toBe(t.vat.reduce((s, v) => s + v.baseExclCents, 0));
    expect(t.totalVatCents).toBe(t.vat.reduce((s, v) => s + v.vatCents, 0));
    expect(t.totalInclCents).toBe(t.totalExclCents + t.totalVatCents);
  });

  it('a credit note is the exact opposite of its invoice', () => {
    const lines = [line(3, 2000), line(5, 1000), line(12_345, 550)];
    const invoice = computeTotals(lines);
    const credit = computeTotals(creditLines(lines));
    expect(credit.totalInclCents).toBe(-invoice.totalInclCents);
    expect(credit.totalVatCents).toBe(-invoice.totalVatCents);
    expect(credit.vat.map((v) => v.vatCents)).toEqual(invoice.vat.map((v) => -v.vatCents));
  });
});

describe('invoiceNumber', () => {
  it.each<['INVOICE' | 'CREDIT_NOTE', number, number, string]>([
    ['INVOICE', 2026, 1, 'F2026-0001'],
    ['INVOICE', 2026, 12_345, 'F2026-12345'],
    ['CREDIT_NOTE', 2025, 7, 'AV2025-0007'],
  ])('%s %d #%d → %s', (kind, year, seq, expected) => expect(invoiceNumber(kind, year, seq)).toBe(expected));
});
