import { computeDeclaration, declarationAnomalies, validateDeclaration, type DeclarationContent, type DeclarationContext, type DeclarationLine } from './declaration.js';
import { taxPeriod } from './periods.js';
import { PAYS_DE_GEX_TARIFFS } from './tariffs.js';

const T2026 = PAYS_DE_GEX_TARIFFS.find((t) => t.year === 2026)!;
const q1 = taxPeriod(2026, 1);
const hotel: DeclarationContext = { category: 'STARS_3', capacity: 10, pitches: false, period: q1 };
const let_: DeclarationContext = { category: 'UNCLASSIFIED', capacity: 4, pitches: false, period: q1 };
const line = (overrides: Partial<DeclarationLine> = {}): DeclarationLine => ({ stays: 1, nights: 2, persons: 2, ...overrides });

describe('validateDeclaration', () => {
  it('accepts stays and normalises them', () => {
    const result = validateDeclaration({ noRental: false, lines: [line({ arrival: '2026-02-01', exempted: { MINOR: 1 } })] }, hotel);
    expect(result).toEqual({
      ok: true,
      value: { noRental: false, lines: [{ stays: 1, arrival: '2026-02-01', nights: 2, persons: 2, exempted: { MINOR: 1, SEASONAL_WORKER: 0, EMERGENCY_HOUSING: 0, RENT_BELOW_THRESHOLD: 0 }, nightlyPriceCents: null, platformCollected: false }] },
    });
  });

  it('accepts « no rental this period »', () => {
    expect(validateDeclaration({ noRental: true, lines: [] }, hotel).ok).toBe(true);
  });

  it.each<[string, DeclarationContent, DeclarationContext, string[]]>([
    ['nothing declared', { noRental: false, lines: [] }, hotel, ['lines']],
    ['no rental with stays', { noRental: true, lines: [line()] }, hotel, ['noRental']],
    ['negative nights', { noRental: false, lines: [line({ nights: -3 })] }, hotel, ['lines.0.nights']],
    ['zero nights', { noRental: false, lines: [line({ nights: 0 })] }, hotel, ['lines.0.nights']],
    ['more nights than the period has', { noRental: false, lines: [line({ nights: 91 })] }, hotel, ['lines.0.nights']],
    ['negative persons', { noRental: false, lines: [line({ persons: -1 })] }, hotel, ['lines.0.persons']],
    ['zero persons', { noRental: false, lines: [line({ persons: 0 })] }, hotel, ['lines.0.persons']],
    ['more exempted than present', { noRental: false, lines: [line({ persons: 2, exempted: { MINOR: 2, EMERGENCY_HOUSING: 1 } })] }, hotel, ['lines.0.exempted']],
    ['zero stays', { noRental: false, lines: [line({ stays: 0 })] }, hotel, ['lines.0.stays']],
    ['arrival before the period', { noRental: false, lines: [line({ arrival: '2025-12-31' })] }, hotel, ['lines.0.arrival']],
    ['arrival after the period', { noRental: false, lines: [line({ arrival: '2026-04-01' })] }, hotel, ['lines.0.arrival']],
    ['a stay running past the period', { noRental: false, lines: [line({ arrival: '2026-03-30', nights: 3 })] }, hotel, ['lines.0.nights']],
    ['not a date', { noRental: false, lines: [line({ arrival: '2026-02-30' })] }, hotel, ['lines.0.arrival']],
    ['a price of zero for an unclassified let', { noRental: false, lines: [line({ nightlyPriceCents: 0 })] }, let_, ['lines.0.nightlyPriceCents']],
    ['no price for an unclassified let', { noRental: false, lines: [line()] }, let_, ['lines.0.nightlyPriceCents']],
    ['several problems at once', { noRental: false, lines: [line(), line({ nights: -1, persons: -1 })] }, hotel, ['lines.1.nights', 'lines.1.persons']],
  ])('refuses %s, naming the field', (_label, input, context, fields) => {
    const result = validateDeclaration(input, context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.field)).toEqual(fields);
      for (const error of result.errors) expect(error.message.length).toBeGreaterThan(10);
    }
  });

  it('the message names the period', () => {
    const result = validateDeclaration({ noRental: false, lines: [line({ arrival: '2026-04-02' })] }, hotel);
    expect(!result.ok && result.errors[0].message).toBe('La date d’arrivée doit être comprise dans la période, du 1er janvier 2026 au 31 mars 2026.');
  });
});

describe('computeDeclaration', () => {
  it('adds the lines, stays × their amount; platform nights are declared, not charged', () => {
    const content = validateDeclaration({
      noRental: false,
      lines: [line({ stays: 3, nights: 2, persons: 2 }), line({ nights: 1, persons: 3, exempted: { MINOR: 1 } }), line({ nights: 4, persons: 2, platformCollected: true })],
    }, hotel);
    if (!content.ok) throw new Error('invalid');
    const totals = computeDeclaration(content.value, 'STARS_3', T2026);
    // 3 × (1.30 × 2 × 2) + 1.30 × 2 × 1 = 15.60 + 2.60
    expect(totals).toMatchObject({
      dueCents: 1560 + 260,
      baseCents: 3 * 472 + 236,
      additional: [{ code: 'DEPARTEMENT_01', amountCents: 3 * 48 + 24 }],
      nights: 6 + 1 + 4,
      personNights: 12 + 3 + 8,
      taxablePersonNights: 12 + 2,
      exemptedPersonNights: { MINOR: 1, SEASONAL_WORKER: 0, EMERGENCY_HOUSING: 0, RENT_BELOW_THRESHOLD: 0 },
      platformNights: 4,
      platformPersonNights: 8,
      platformCollectedCents: 1040,
    });
    expect(totals.lines.map((l) => l.dueCents)).toEqual([1560, 260, 0]);
  });

  it('no rental: zero', () => {
    expect(computeDeclaration({ noRental: true, lines: [] }, 'STARS_3', T2026)).toMatchObject({ dueCents: 0, nights: 0, additional: [{ amountCents: 0 }] });
  });
});

describe('declarationAnomalies', () => {
  it('flags person-nights above capacity × days', () => {
    // 10 beds × 90 days = 900 person-nights
    expect(declarationAnomalies({ noRental: false, lines: [line({ stays: 450, nights: 1, persons: 2 })] }, hotel)).toEqual([]);
    expect(declarationAnomalies({ noRental: false, lines: [line({ stays: 451, nights: 1, persons: 2 })] }, hotel).map((a) => a.code)).toEqual(['ABOVE_CAPACITY']);
  });

  it('counts a campsite pitch as 3 persons', () => {
    const campsite: DeclarationContext = { category: 'CAMPSITE_HIGH', capacity: 2, pitches: true, period: q1 };
    expect(declarationAnomalies({ noRental: false, lines: [line({ stays: 90, nights: 1, persons: 6 })] }, campsite)).toEqual([]);
    expect(declarationAnomalies({ noRental: false, lines: [line({ stays: 91, nights: 1, persons: 6 })] }, campsite)).toHaveLength(1);
  });

  it('flags an unclassified price that looks like the stay’s total', () => {
    const anomalies = declarationAnomalies({ noRental: false, lines: [line({ nightlyPriceCents: 12000 }), line({ nights: 7, nightlyPriceCents: 84000 })] }, let_);
    expect(anomalies.map((a) => a.code)).toEqual(['PRICE_LOOKS_TOTAL']);
    expect(anomalies[0].message).toMatch(/^Ligne 2/);
  });
});
