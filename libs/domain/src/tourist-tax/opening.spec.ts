import { calculateFlatRateTax } from './calculate.js';
import { formatOpeningPeriods, openNightsIn, validateOpeningPeriods, type AccommodationOpening } from './opening.js';
import { PAYS_DE_GEX_TARIFFS } from './tariffs.js';

const T2026 = PAYS_DE_GEX_TARIFFS.find((t) => t.year === 2026)!;
const ALWAYS = { activeFrom: '2018-01-01', activeTo: null };
const SEASON: AccommodationOpening[] = [{ from: '2026-04-01', to: '2026-09-30' }, { from: '2026-12-20', to: '2027-01-05' }];

describe('openNightsIn', () => {
  it.each<[string, AccommodationOpening[], { activeFrom: string; activeTo: string | null }, string, string, number]>([
    ['no opening period: every day of the activity (Q1 2026)', [], ALWAYS, '2026-01-01', '2026-03-31', 90],
    ['no opening period, activity starting mid-quarter', [], { activeFrom: '2026-02-15', activeTo: null }, '2026-01-01', '2026-03-31', 45],
    ['summer season in Q1: closed', SEASON, ALWAYS, '2026-01-01', '2026-03-31', 0],
    ['summer season in Q2: 1 April – 30 June', SEASON, ALWAYS, '2026-04-01', '2026-06-30', 91],
    ['summer season in Q3: all 92 days', SEASON, ALWAYS, '2026-07-01', '2026-09-30', 92],
    ['Q4: 20 – 31 December only', SEASON, ALWAYS, '2026-10-01', '2026-12-31', 12],
    ['Q1 2027: 1 – 5 January of the winter period', SEASON, ALWAYS, '2027-01-01', '2027-03-31', 5],
    ['closed for good on 15 August: the activity cuts the season', SEASON, { activeFrom: '2018-01-01', activeTo: '2026-08-15' }, '2026-07-01', '2026-09-30', 46],
    ['one day', [{ from: '2026-05-08', to: '2026-05-08' }], ALWAYS, '2026-04-01', '2026-06-30', 1],
    ['activity ending before the period', [], { activeFrom: '2018-01-01', activeTo: '2025-12-31' }, '2026-01-01', '2026-03-31', 0],
  ])('%s → %i', (_, periods, activity, from, to, nights) => expect(openNightsIn(periods, activity, from, to)).toBe(nights));
});

describe('validateOpeningPeriods', () => {
  it('returns the periods in order', () => {
    expect(validateOpeningPeriods([SEASON[1], SEASON[0]])).toEqual({ ok: true, value: SEASON });
    expect(validateOpeningPeriods(undefined)).toEqual({ ok: true, value: [] });
  });

  it.each<[string, unknown, string, RegExp]>([
    ['a day that does not exist', [{ from: '2026-02-30', to: '2026-03-10' }], 'openingPeriods.0.from', /date valide/],
    ['a missing end', [{ from: '2026-04-01' }], 'openingPeriods.0.to', /dernier jour/],
    ['an end before the start', [{ from: '2026-09-30', to: '2026-04-01' }], 'openingPeriods.0.to', /précède/],
    ['two periods that overlap', [{ from: '2026-04-01', to: '2026-06-30' }, { from: '2026-06-30', to: '2026-09-30' }], 'openingPeriods.1.from', /chevauche/],
    ['not a list', 'été', 'openingPeriods', /liste/],
    ['25 periods', Array.from({ length: 25 }, (_, i) => ({ from: `2026-01-${String(i + 1).padStart(2, '0')}`, to: `2026-01-${String(i + 1).padStart(2, '0')}` })), 'openingPeriods', /au plus 24/],
  ])('refuses %s, naming the field', (_, input, field, message) => {
    const result = validateOpeningPeriods(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.find((e) => e.field === field)?.message).toMatch(message);
  });
});

describe('calculateFlatRateTax with opening periods', () => {
  const base = { category: 'STARS_3' as const, capacity: 20, pitches: false, openFrom: '2018-01-01', openTo: '2099-12-31' };
  it.each<[string, AccommodationOpening[], string, string, number, number]>([
    // nights × 20 beds × 1.18 € (communal) = gross; + round(10 %) departmental
    ['Q2 of a summer season: 91 nights', SEASON, '2026-04-01', '2026-06-30', 91, 91 * 20 * 118],
    ['Q1 of a summer season: nothing', SEASON, '2026-01-01', '2026-03-31', 0, 0],
    ['Q4: the 12 December nights', SEASON, '2026-10-01', '2026-12-31', 12, 12 * 20 * 118],
    ['open all year (no period): the 92 days of Q3', [], '2026-07-01', '2026-09-30', 92, 92 * 20 * 118],
  ])('%s', (_, openingPeriods, periodFrom, periodTo, nights, gross) => {
    const result = calculateFlatRateTax({ ...base, openingPeriods, periodFrom, periodTo }, T2026);
    expect(result.ok && result.value).toMatchObject({ nights, grossCents: gross, baseCents: gross, totalCents: gross + Math.round(gross / 10) });
  });

  it('applies the allowance on the nights open', () => {
    const result = calculateFlatRateTax({ ...base, openingPeriods: SEASON, periodFrom: '2026-07-01', periodTo: '2026-09-30' }, { ...T2026, flatRateAllowancePercent: 50 });
    // 92 × 20 × 1.18 = 2171.20, half = 1085.60, + 108.56
    expect(result.ok && result.value).toMatchObject({ nights: 92, grossCents: 217120, baseCents: 108560, totalCents: 108560 + 10856 });
  });

  it('refuses overlapping opening periods, naming them', () => {
    const result = calculateFlatRateTax({ ...base, openingPeriods: [{ from: '2026-04-01', to: '2026-06-30' }, { from: '2026-06-01', to: '2026-07-31' }], periodFrom: '2026-04-01', periodTo: '2026-06-30' }, T2026);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['openingPeriods.1.from']);
  });
});

describe('formatOpeningPeriods', () => {
  it('says the periods in French', () => {
    expect(formatOpeningPeriods(SEASON)).toBe('du 1er avril 2026 au 30 septembre 2026\u00a0; du 20 décembre 2026 au 5 janvier 2027');
    expect(formatOpeningPeriods([])).toBe('toute la période d’activité');
  });
});
