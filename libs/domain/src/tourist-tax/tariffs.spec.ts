import { CLASSIFIED_CATEGORIES } from './categories.js';
import { NATIONAL_BOUNDS, PAYS_DE_GEX_TARIFFS, nationalBoundsFor, nationalBoundsLabel, validateTariffs, type TouristTaxTariffs } from './tariffs.js';

const T2026 = PAYS_DE_GEX_TARIFFS.find((t) => t.year === 2026)!;
const T2025 = PAYS_DE_GEX_TARIFFS.find((t) => t.year === 2025)!;

describe('validateTariffs', () => {
  it.each([T2025, T2026])('accepts the Pays de Gex tariffs of $year', (tariffs) => {
    expect(validateTariffs(tariffs)).toEqual({ ok: true, value: tariffs });
  });

  it('every seeded tariff lies within its bounds', () => {
    for (const tariffs of PAYS_DE_GEX_TARIFFS) {
      for (const category of CLASSIFIED_CATEGORIES) {
        const [min, max] = NATIONAL_BOUNDS[tariffs.year].rates[category];
        expect(tariffs.rates[category]).toBeGreaterThanOrEqual(min);
        expect(tariffs.rates[category]).toBeLessThanOrEqual(max);
      }
    }
  });

  it.each<[string, Partial<TouristTaxTariffs>, string, RegExp]>([
    ['3-star above the 2026 maximum', { rates: { ...T2026.rates, STARS_3: 171 } }, 'rates.STARS_3', /plafond national 2026 de 1,70/],
    ['3-star below the minimum', { rates: { ...T2026.rates, STARS_3: 49 } }, 'rates.STARS_3', /plancher national 2026 de 0,50/],
    ['1-2-star campsite: min = max = 0.20', { rates: { ...T2026.rates, CAMPSITE_LOW: 21 } }, 'rates.CAMPSITE_LOW', /plafond national 2026 de 0,20/],
    ['a negative tariff', { rates: { ...T2026.rates, STARS_1: -5 } }, 'rates.STARS_1', /centimes/],
    ['a proportional rate of 6 %', { proportionalBasisPoints: 600 }, 'proportionalBasisPoints', /entre 1 % et 5 %/],
    ['a proportional rate of 0.5 %', { proportionalBasisPoints: 50 }, 'proportionalBasisPoints', /entre 1 % et 5 %/],
    ['a cap above the highest adopted tariff', { proportionalCapCents: 319 }, 'proportionalCapCents', /tarif le plus élevé adopté, 3,18/],
    ['an additional rate of 0 %', { additionalRates: [{ code: 'X', label: 'X', basisPoints: 0 }] }, 'additionalRates.0.basisPoints', /taux/],
    ['an allowance of 5 %', { flatRateAllowancePercent: 5 }, 'flatRateAllowancePercent', /10 % et 80 %/],
    ['a rent threshold of 0', { rentThresholdCents: 0 }, 'rentThresholdCents', /loyer/],
  ])('refuses %s, naming the bound', (_label, change, field, message) => {
    const result = validateTariffs({ ...T2026, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.field)).toEqual([field]);
      expect(result.errors[0].message).toMatch(message);
    }
  });

  it('the bounds are those of the year: a palace at 4.85 is refused in 2025, accepted in 2026', () => {
    const palace = (year: number) => validateTariffs({ ...T2026, year, rates: { ...T2026.rates, PALACE: 485 } });
    const refused = palace(2025);
    expect(!refused.ok && refused.errors[0]).toEqual({ field: 'rates.PALACE', message: expect.stringMatching(/plafond national 2025 de 4,80/) });
    expect(palace(2026).ok).toBe(true);
  });

  it('refuses a year before the first known national bounds', () => {
    for (const year of [2024, 1990, 2025.5, Number.NaN]) {
      const result = validateTariffs({ ...T2026, year });
      expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['year']);
    }
  });

  it('checks a later year, whose indexed bounds are not known yet, against the last known ones, and says so', () => {
    expect(nationalBoundsFor(2027)).toEqual({ bounds: NATIONAL_BOUNDS[2026], year: 2026 });
    expect(nationalBoundsFor(2026)).toEqual({ bounds: NATIONAL_BOUNDS[2026], year: 2026 });
    expect(nationalBoundsFor(2024)).toBeUndefined();
    expect(validateTariffs({ ...T2026, year: 2027 }).ok).toBe(true);
    const refused = validateTariffs({ ...T2026, year: 2027, rates: { ...T2026.rates, PALACE: 495 } });
    expect(!refused.ok && refused.errors[0]).toEqual({ field: 'rates.PALACE', message: expect.stringMatching(/plafond national 2026 \(dernières limites connues\) de 4,90/) });
    expect(nationalBoundsLabel(2026)).toBe('2026');
    expect(nationalBoundsLabel(2027)).toBe('2026 (dernières limites connues)');
  });
});
