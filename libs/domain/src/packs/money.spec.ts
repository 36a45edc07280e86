import { centsToDecimal, formatEuros, formatVatRate, parseEuros, priceInclVat, rateToDecimal, roundHalfAwayFromZero, vatCents } from './money.js';

describe('vatCents (half away from zero, to the cent)', () => {
  it.each<[string, number, number, number]>([
    ['20 % of 100.00 €', 10_000, 2000, 2000],
    ['20 % of 0.02 € = 0.004 → 0', 2, 2000, 0],
    ['20 % of 0.03 € = 0.006 → 0.01', 3, 2000, 1],
    ['5.5 % of 10.00 € = 0.55', 1000, 550, 55],
    ['5.5 % of 0.10 € = 0.0055 → 0.01 (half up)', 10, 550, 1],
    ['10 % of 0.05 € = 0.005 → 0.01 (half up)', 5, 1000, 1],
    ['2.1 % of 123.45 € = 2.59245 → 2.59', 12_345, 210, 259],
    ['0 % (exempt)', 12_345, 0, 0],
    ['20 % of -0.03 € = -0.006 → -0.01 (credit notes mirror invoices)', -3, 2000, -1],
    ['10 % of -0.05 € → -0.01', -5, 1000, -1],
  ])('%s', (_case, amount, rate, expected) => {
    expect(vatCents(amount, rate)).toBe(expected);
  });

  it('never returns a fraction of a cent', () => {
    for (let amount = -500; amount <= 500; amount += 7) {
      for (const rate of [2000, 1000, 550, 210]) expect(Number.isInteger(vatCents(amount, rate))).toBe(true);
    }
  });
});

describe('roundHalfAwayFromZero', () => {
  it.each<[number, number, number]>([
    [5, 10, 1],
    [4, 10, 0],
    [15, 10, 2],
    [-15, 10, -2],
    [-14, 10, -1],
    [0, 10, 0],
  ])('%d / %d → %d', (n, d, expected) => expect(roundHalfAwayFromZero(n, d)).toBe(expected));
});

describe('display', () => {
  it.each<[number, number, number]>([
    [45_000, 2000, 54_000],
    [9_999, 2000, 11_999],
    [1_000, 550, 1_055],
  ])('price %d HT at %d bp is %d TTC', (excl, rate, incl) => expect(priceInclVat(excl, rate)).toBe(incl));

  it('writes euros the French way', () => {
    expect(formatEuros(123_450).replace(/\s/g, ' ')).toBe('1 234,50 €');
    expect(formatVatRate(550)).toBe('5,5 %');
    expect(formatVatRate(2000)).toBe('20 %');
  });

  it.each<[number, string]>([
    [0, '0.00'],
    [5, '0.05'],
    [123_450, '1234.50'],
    [-2_400, '-24.00'],
  ])('%d cents → %s for the XML', (cents, text) => expect(centsToDecimal(cents)).toBe(text));

  it.each<[number, string]>([
    [2000, '20'],
    [550, '5.5'],
    [210, '2.1'],
    [0, '0'],
  ])('rate %d bp → %s', (bp, text) => expect(rateToDecimal(bp)).toBe(text));
});

describe('parseEuros', () => {
  it.each<[string, number | null]>([
    ['450', 45_000],
    ['450,5', 45_050],
    ['1 234,50 €', 123_450],
    ['12.05', 1_205],
    ['0,01', 1],
    ['-3', -300],
    ['', null],
    ['12,345', null],
    ['abc', null],
    ['1,2,3', null],
  ])('%j → %s', (text, cents) => expect(parseEuros(text)).toBe(cents));
});
