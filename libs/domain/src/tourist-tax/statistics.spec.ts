import fc from 'fast-check';
import { computeDeclaration, type DeclarationContent, type DeclarationLine } from './declaration.js';
import { taxPeriod } from './periods.js';
import { monthlyShares, monthsOfPeriod, splitByWeights } from './statistics.js';
import { PAYS_DE_GEX_TARIFFS } from './tariffs.js';

const T2026 = PAYS_DE_GEX_TARIFFS.find((t) => t.year === 2026)!;
const content = (lines: DeclarationLine[]): DeclarationContent => ({ noRental: false, lines });
const shares = (c: DeclarationContent, year: number, quarter: number) => monthlyShares(c, computeDeclaration(c, 'STARS_3', T2026), taxPeriod(year, quarter));

describe('monthsOfPeriod', () => {
  it.each([
    [2026, 1, [[1, 31], [2, 28], [3, 31]]],
    [2028, 1, [[1, 31], [2, 29], [3, 31]]],
    [2026, 3, [[7, 31], [8, 31], [9, 30]]],
    [2026, 4, [[10, 31], [11, 30], [12, 31]]],
  ])('%i T%i', (year, quarter, expected) => {
    expect(monthsOfPeriod(taxPeriod(year, quarter)).map((m) => [m.month, m.days])).toEqual(expected);
  });
});

describe('splitByWeights', () => {
  it.each<[number, number[], number[]]>([
    [90, [31, 28, 31], [31, 28, 31]],
    [100, [31, 28, 31], [34, 31, 35]],
    [7, [0, 3, 0], [0, 7, 0]],
    [5, [2, 3, 0], [2, 3, 0]],
    [0, [31, 30, 31], [0, 0, 0]],
    [10, [0, 0, 0], [0, 0, 0]],
  ])('%i over %j', (total, weights, expected) => {
    expect(splitByWeights(total, weights)).toEqual(expected);
  });

  it('always adds up to the total, never negative', () => {
    fc.assert(fc.property(fc.nat(10_000_000), fc.array(fc.nat(40), { minLength: 1, maxLength: 4 }).filter((w) => w.some((x) => x > 0)), (total, weights) => {
      const parts = splitByWeights(total, weights);
      return parts.reduce((s, p) => s + p, 0) === total && parts.every((p) => p >= 0);
    }));
  });
});

describe('monthlyShares', () => {
  it('counts a dated stay in the months of its nights (3 nights from 30 January: 2 in January, 1 in February)', () => {
    // 3★: 130 cents per person per night; 2 persons × 3 nights = 780 cents, split 2/3 – 1/3
    const result = shares(content([{ stays: 1, arrival: '2026-01-30', nights: 3, persons: 2 }]), 2026, 1);
    expect(result).toEqual([
      { month: 1, nights: 2, personNights: 4, platformNights: 0, amountCents: 520 },
      { month: 2, nights: 1, personNights: 2, platformNights: 0, amountCents: 260 },
      { month: 3, nights: 0, personNights: 0, platformNights: 0, amountCents: 0 },
    ]);
  });

  it('spreads totals without a date over the quarter by days (31 / 28 / 31 of 90)', () => {
    // 9 stays × 10 nights = 90 nights, 180 person-nights, 180 × 130 = 23,400 cents
    const result = shares(content([{ stays: 9, nights: 10, persons: 2 }]), 2026, 1);
    expect(result.map((s) => s.nights)).toEqual([31, 28, 31]);
    expect(result.map((s) => s.personNights)).toEqual([62, 56, 62]);
    expect(result.map((s) => s.amountCents)).toEqual([8060, 7280, 8060]);
  });

  it('counts platform nights but no tax for them', () => {
    const result = shares(content([{ stays: 1, arrival: '2026-07-10', nights: 2, persons: 2, platformCollected: true }]), 2026, 3);
    expect(result[0]).toEqual({ month: 7, nights: 2, personNights: 4, platformNights: 2, amountCents: 0 });
  });

  it('gives nothing for « no rental »', () => {
    expect(shares({ noRental: true, lines: [] }, 2026, 2).every((s) => s.nights === 0 && s.amountCents === 0)).toBe(true);
  });

  it('adds up to the declaration’s totals, whatever the lines', () => {
    const line = fc.record({
      stays: fc.integer({ min: 1, max: 50 }),
      nights: fc.integer({ min: 1, max: 20 }),
      persons: fc.integer({ min: 1, max: 8 }),
      dated: fc.boolean(),
      day: fc.integer({ min: 0, max: 70 }),
      platformCollected: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), (raw) => {
      const lines = raw.map((l) => ({ stays: l.stays, nights: l.nights, persons: l.persons, platformCollected: l.platformCollected, arrival: l.dated ? dayOfQ2(l.day) : null }));
      const c = content(lines);
      const totals = computeDeclaration(c, 'STARS_3', T2026);
      const result = monthlyShares(c, totals, taxPeriod(2026, 2));
      const sum = (k: 'nights' | 'personNights' | 'platformNights' | 'amountCents') => result.reduce((s, r) => s + r[k], 0);
      return sum('nights') === totals.nights && sum('personNights') === totals.personNights && sum('platformNights') === totals.platformNights && sum('amountCents') === totals.dueCents;
    }));
  });
});

/** A day of 2026-T2 from which a 20-night stay stays inside the quarter. */
function dayOfQ2(offset: number): string {
  return new Date(Date.UTC(2026, 3, 1 + offset)).toISOString().slice(0, 10);
}
