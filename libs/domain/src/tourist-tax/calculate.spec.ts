import fc from 'fast-check';
import { calculateFlatRateTax, calculateTouristTax, computeStay, type TaxStay } from './calculate.js';
import { CLASSIFIED_CATEGORIES, type TaxCategory } from './categories.js';
import { PAYS_DE_GEX_TARIFFS, type TouristTaxTariffs } from './tariffs.js';

const T2026 = PAYS_DE_GEX_TARIFFS.find((t) => t.year === 2026)!;
const with_ = (overrides: Partial<TouristTaxTariffs>): TouristTaxTariffs => ({ ...T2026, ...overrides });

function total(stay: TaxStay, tariffs = T2026): number {
  const result = calculateTouristTax(stay, tariffs);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.totalCents;
}

describe('calculateTouristTax, classified accommodation (Pays de Gex 2026, Ain +10 %)', () => {
  // Expected figures worked by hand: communal tariff + round(10 % of it) per person per night,
  // × taxable persons × nights. The per-person totals are the published ones (0.70 … 2.60).
  it.each<[string, TaxCategory, number, number, number, number]>([
    // label, category, persons, minors, nights, expected cents
    ['1 étoile: 0.64 + 0.06 = 0.70', 'STARS_1', 1, 0, 1, 70],
    ['2 étoiles: 0.73 + 0.07 = 0.80', 'STARS_2', 1, 0, 1, 80],
    ['3 étoiles: 1.18 + 0.12 = 1.30', 'STARS_3', 1, 0, 1, 130],
    ['4 étoiles: 1.82 + 0.18 = 2.00', 'STARS_4', 1, 0, 1, 200],
    ['5 étoiles: 2.36 + 0.24 = 2.60', 'STARS_5', 1, 0, 1, 260],
    ['palace: 3.18 + 0.32 = 3.50', 'PALACE', 1, 0, 1, 350],
    ['camping 3-5 étoiles: 0.55 + 0.06 (5.5 rounded up)', 'CAMPSITE_HIGH', 1, 0, 1, 61],
    ['camping 1-2 étoiles: 0.20 + 0.02', 'CAMPSITE_LOW', 1, 0, 1, 22],
    ['3 étoiles, 2 adults, 3 nights: 1.30 × 2 × 3', 'STARS_3', 2, 0, 3, 780],
    ['3 étoiles, 2 adults and a minor, 2 nights: the minor pays nothing', 'STARS_3', 3, 1, 2, 520],
    ['all minors', 'STARS_4', 3, 3, 5, 0],
    ['zero nights', 'STARS_5', 2, 0, 0, 0],
    ['zero persons', 'STARS_3', 0, 0, 4, 0],
    ['a family of 5 with 3 minors for a week in a 4-star', 'STARS_4', 5, 3, 7, 2800],
  ])('%s', (_label, category, persons, minors, nights, expected) => {
    expect(total({ category, persons, nights, exempted: { MINOR: minors } })).toBe(expected);
  });

  it('returns the breakdown: base, each additional tax, exempted persons', () => {
    const result = calculateTouristTax({ category: 'STARS_3', persons: 4, nights: 2, exempted: { MINOR: 1, SEASONAL_WORKER: 1 } }, T2026);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        taxablePersons: 2,
        exemptedPersons: 2,
        exempted: { MINOR: 1, SEASONAL_WORKER: 1, EMERGENCY_HOUSING: 0, RENT_BELOW_THRESHOLD: 0 },
        communalPerPersonNightCents: 118,
        perPersonNightCents: 130,
        baseCents: 118 * 2 * 2,
        additional: [expect.objectContaining({ code: 'DEPARTEMENT_01', perPersonNightCents: 12, amountCents: 12 * 2 * 2 })],
        totalCents: 520,
      }),
    });
  });

  it.each(['SEASONAL_WORKER', 'EMERGENCY_HOUSING', 'RENT_BELOW_THRESHOLD'] as const)('exempts %s', (reason) => {
    expect(total({ category: 'STARS_2', persons: 2, nights: 1, exempted: { [reason]: 1 } })).toBe(80);
  });

  it('applies every additional rate of the list (another collectivity: +10 % and +15 %)', () => {
    const tariffs = with_({ additionalRates: [...T2026.additionalRates, { code: 'REGION', label: 'Région', basisPoints: 1500 }] });
    // 1.18 + round(11.8) + round(17.7) = 118 + 12 + 18
    expect(total({ category: 'STARS_3', persons: 1, nights: 1 }, tariffs)).toBe(148);
  });

  it('without any additional tax the amount is the communal tariff alone', () => {
    expect(total({ category: 'STARS_3', persons: 2, nights: 2 }, with_({ additionalRates: [] }))).toBe(118 * 4);
  });
});

describe('calculateTouristTax, unclassified accommodation (5 %, capped at 3.18)', () => {
  it.each<[string, number, number, number, number, number, boolean]>([
    // label, nightly price, persons, minors, nights, expected, capped
    // 100 € ÷ 4 occupants = 25 €; 5 % = 1.25; + round(12.5) = 13 → 1.38 × 2 adults
    ['100 € for 2 adults and 2 children (the children share the price, not the tax)', 10000, 4, 2, 1, 276, false],
    ['same stay, 3 nights', 10000, 4, 2, 3, 828, false],
    // 300 € ÷ 2 = 150 € → 7.50 capped at 3.18 → 3.50 × 2 × 2
    ['cap applied: 300 € for 2, 2 nights', 30000, 2, 0, 2, 1400, true],
    // 63.60 € × 5 % = 3.18 exactly: the cap is reached, same amount
    ['cap reached exactly', 6360, 1, 0, 1, 350, true],
    // 63.49 € × 5 % = 3.1745 → 3.17; + round(31.7) = 32 → 3.49
    ['just below the cap', 6349, 1, 0, 1, 349, false],
    // 5 € ÷ 2 = 2.50 € → 0.125 → rounded half up to 0.13; + round(1.3) = 1 → 0.14 × 2
    ['rounding half up to the cent before multiplying', 500, 2, 0, 1, 28, false],
    ['all minors', 20000, 3, 3, 2, 0, true],
    ['zero nights', 8000, 2, 0, 0, 0, false],
  ])('%s', (_label, price, persons, minors, nights, expected, capped) => {
    const result = calculateTouristTax({ category: 'UNCLASSIFIED', nightlyPriceCents: price, persons, nights, exempted: { MINOR: minors } }, T2026);
    expect(result.ok && result.value.totalCents).toBe(expected);
    expect(result.ok && result.value.capped).toBe(capped);
  });

  it('explains the figure: price per person, proportional amount, cap', () => {
    const result = calculateTouristTax({ category: 'UNCLASSIFIED', nightlyPriceCents: 10000, persons: 4, nights: 1, exempted: { MINOR: 2 } }, T2026);
    expect(result.ok && result.value).toMatchObject({ pricePerPersonCents: 2500, proportionalCents: 125, communalPerPersonNightCents: 125, perPersonNightCents: 138, baseCents: 250 });
  });

  it('the cap is data: an older deliberation capped at the 4-star tariff', () => {
    expect(total({ category: 'UNCLASSIFIED', nightlyPriceCents: 30000, persons: 2, nights: 1 }, with_({ proportionalCapCents: 182 }))).toBe(2 * 200);
  });

  it('premises rented below the council threshold: every occupant is exempt', () => {
    const result = calculateTouristTax({ category: 'UNCLASSIFIED', nightlyPriceCents: 1500, persons: 2, nights: 3 }, with_({ rentThresholdCents: 2000 }));
    expect(result.ok && result.value).toMatchObject({ totalCents: 0, exempted: { RENT_BELOW_THRESHOLD: 2 } });
    expect(total({ category: 'UNCLASSIFIED', nightlyPriceCents: 2000, persons: 2, nights: 1 }, with_({ rentThresholdCents: 2000 }))).toBe(2 * (50 + 5)); // 20 € ÷ 2 = 10 € → 0.50 + 0.05
  });
});

describe('calculateTouristTax refuses bad input, naming the field', () => {
  it.each<[string, TaxStay, string]>([
    ['price 0 for an unclassified stay', { category: 'UNCLASSIFIED', nightlyPriceCents: 0, persons: 2, nights: 1 }, 'nightlyPriceCents'],
    ['no price for an unclassified stay', { category: 'UNCLASSIFIED', persons: 2, nights: 1 }, 'nightlyPriceCents'],
    ['negative price', { category: 'UNCLASSIFIED', nightlyPriceCents: -100, persons: 2, nights: 1 }, 'nightlyPriceCents'],
    ['negative nights', { category: 'STARS_3', persons: 2, nights: -1 }, 'nights'],
    ['fractional nights', { category: 'STARS_3', persons: 2, nights: 1.5 }, 'nights'],
    ['negative persons', { category: 'STARS_3', persons: -2, nights: 1 }, 'persons'],
    ['negative exempted', { category: 'STARS_3', persons: 2, nights: 1, exempted: { MINOR: -1 } }, 'exempted.MINOR'],
    ['more exempted than present', { category: 'STARS_3', persons: 2, nights: 1, exempted: { MINOR: 2, SEASONAL_WORKER: 1 } }, 'exempted'],
  ])('%s', (_label, stay, field) => {
    const result = calculateTouristTax(stay, T2026);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.field)).toEqual([field]);
      expect(result.errors[0].message).toMatch(/[a-zé]/);
    }
  });
});

describe('the amount never decreases when persons or nights grow (property)', () => {
  const classified = fc.constantFrom(...CLASSIFIED_CATEGORIES);
  const small = fc.integer({ min: 0, max: 60 });

  it('classified: more taxable persons, more exempted persons, more nights', () => {
    fc.assert(
      fc.property(classified, small, small, small, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }),
        (category, adults, minors, nights, moreAdults, moreMinors, moreNights) => {
          const before = computeStay({ category, persons: adults + minors, nights, exempted: { MINOR: minors } }, T2026).totalCents;
          const after = computeStay({ category, persons: adults + moreAdults + minors + moreMinors, nights: nights + moreNights, exempted: { MINOR: minors + moreMinors } }, T2026).totalCents;
          expect(after).toBeGreaterThanOrEqual(before);
        }),
    );
  });

  it('unclassified, at a given price per occupant: more taxable persons, more nights', () => {
    // With a fixed total price an extra (exempt) occupant lowers everyone's share, so the tax can
    // fall: that is the law (see docs/tourist-tax-notes.md). At a fixed price per occupant it cannot.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 1, max: 20 }), small, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }),
        (perOccupant, persons, nights, morePersons, moreNights) => {
          const stay = (p: number, n: number) => computeStay({ category: 'UNCLASSIFIED', persons: p, nights: n, nightlyPriceCents: perOccupant * p }, T2026).totalCents;
          expect(stay(persons + morePersons, nights + moreNights)).toBeGreaterThanOrEqual(stay(persons, nights));
        }),
    );
  });

  it('unclassified with a fixed total price: an extra minor lowers the tax (documented, not a bug)', () => {
    const two = total({ category: 'UNCLASSIFIED', nightlyPriceCents: 10000, persons: 2, nights: 1 });
    const withMinor = total({ category: 'UNCLASSIFIED', nightlyPriceCents: 10000, persons: 3, nights: 1, exempted: { MINOR: 1 } });
    expect(withMinor).toBeLessThan(two);
  });
});

describe('calculateFlatRateTax', () => {
  const q1 = { periodFrom: '2026-01-01', periodTo: '2026-03-31' };
  it('capacity × tariff × nights open in the period, then the additional tax', () => {
    const result = calculateFlatRateTax({ category: 'STARS_3', capacity: 20, pitches: false, openFrom: '2026-01-01', openTo: '2026-12-31', ...q1 }, T2026);
    // 90 nights × 20 beds × 1.18 = 2124.00; + 10 % = 212.40
    expect(result.ok && result.value).toMatchObject({ units: 20, nights: 90, grossCents: 212400, baseCents: 212400, totalCents: 233640 });
  });

  it('only the nights both open and in the period; a pitch counts for 3 persons', () => {
    const result = calculateFlatRateTax({ category: 'CAMPSITE_HIGH', capacity: 10, pitches: true, openFrom: '2026-02-15', openTo: '2026-10-15', ...q1 }, T2026);
    // 15 Feb – 31 Mar = 14 + 31 = 45 nights × 30 persons × 0.55 = 742.50 ; + round(74.25) = 74.25
    expect(result.ok && result.value).toMatchObject({ units: 30, nights: 45, grossCents: 74250, totalCents: 74250 + 7425 });
  });

  it('closed during the period: nothing', () => {
    const result = calculateFlatRateTax({ category: 'STARS_2', capacity: 10, pitches: false, openFrom: '2026-06-01', openTo: '2026-09-30', ...q1 }, T2026);
    expect(result.ok && result.value.totalCents).toBe(0);
  });

  it('the allowance voted by the council', () => {
    const result = calculateFlatRateTax({ category: 'STARS_3', capacity: 20, pitches: false, openFrom: '2026-01-01', openTo: '2026-12-31', ...q1 }, with_({ flatRateAllowancePercent: 50 }));
    expect(result.ok && result.value).toMatchObject({ baseCents: 106200, totalCents: 106200 + 10620 });
  });

  it('refuses an unclassified accommodation (per night only)', () => {
    const result = calculateFlatRateTax({ category: 'UNCLASSIFIED', capacity: 4, pitches: false, openFrom: '2026-01-01', openTo: '2026-12-31', ...q1 }, T2026);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['category']);
  });
});
