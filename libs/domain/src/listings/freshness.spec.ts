import { freshnessOf, updateFrequencyDays } from './freshness.js';

const confirmed = new Date('2026-01-01T08:00:00Z');
const at = (iso: string) => new Date(iso);

describe('freshnessOf', () => {
  it.each<[string, number, string, string]>([
    ['a yearly hotel the next day', 365, '2026-01-02T08:00:00Z', 'FRESH'],
    ['a yearly hotel 73 days before its year is up', 365, '2026-10-20T08:00:00Z', 'DUE_SOON'],
    ['a yearly hotel a day before', 365, '2026-10-19T07:59:59Z', 'FRESH'],
    ['a yearly hotel after a year', 365, '2027-01-01T08:00:00Z', 'STALE'],
    ['a monthly restaurant after 24 days', 30, '2026-01-25T08:00:00Z', 'DUE_SOON'],
    ['a monthly restaurant after 23 days', 30, '2026-01-24T07:00:00Z', 'FRESH'],
    ['a weekly event after 6 days', 7, '2026-01-07T08:00:00Z', 'DUE_SOON'],
    ['a weekly event after 8 days', 7, '2026-01-09T08:00:00Z', 'STALE'],
  ])('%s → %s', (_case, days, now, expected) => {
    expect(freshnessOf(confirmed, days, at(now)).freshness).toBe(expected);
  });

  it('gives the two reminder moments', () => {
    expect(freshnessOf(confirmed, 30, confirmed)).toEqual({ freshness: 'FRESH', dueAt: at('2026-01-25T08:00:00Z'), staleAt: at('2026-01-31T08:00:00Z') });
  });
});

describe('updateFrequencyDays', () => {
  it('uses the defaults by type unless the office set its own', () => {
    expect(updateFrequencyDays('FETE_ET_MANIFESTATION')).toBe(7);
    expect(updateFrequencyDays('RESTAURATION')).toBe(30);
    expect(updateFrequencyDays('HOTELLERIE')).toBe(365);
    expect(updateFrequencyDays('RESTAURATION', { RESTAURATION: 60 })).toBe(60);
  });
});
