import { daysLate, periodDueOn, periodOfDay, periodsOfYear, periodsPastDeadline, taxPeriod } from './periods.js';

describe('quarterly periods and deadlines (Pays de Gex)', () => {
  it.each<[number, number, string, string, string, number]>([
    [2026, 1, '2026-01-01', '2026-03-31', '2026-04-20', 90],
    [2026, 2, '2026-04-01', '2026-06-30', '2026-07-20', 91],
    [2026, 3, '2026-07-01', '2026-09-30', '2026-10-20', 92],
    [2026, 4, '2026-10-01', '2026-12-31', '2027-01-20', 92],
    [2024, 1, '2024-01-01', '2024-03-31', '2024-04-20', 91],
  ])('%i quarter %i: %s to %s, due %s, %i days', (year, quarter, from, to, deadline, days) => {
    expect(taxPeriod(year, quarter)).toMatchObject({ from, to, deadline, days, key: `${year}-T${quarter}` });
  });

  it('a year has four periods covering every day', () => {
    expect(periodsOfYear(2025).reduce((s, p) => s + p.days, 0)).toBe(365);
  });

  it.each<[string, string]>([
    ['2026-02-10', '2026-T1'],
    ['2026-03-31', '2026-T1'],
    ['2026-04-01', '2026-T2'],
    ['2026-12-31', '2026-T4'],
  ])('%s falls in %s', (day, key) => expect(periodOfDay(day).key).toBe(key));

  it.each<[string, string]>([
    ['2026-04-20', '2026-T1'],
    ['2026-04-21', '2026-T2'],
    ['2026-01-05', '2025-T4'],
    ['2026-01-21', '2026-T1'],
  ])('on %s the period to declare is %s', (today, key) => expect(periodDueOn(today).key).toBe(key));

  it('periods past their deadline', () => {
    expect(periodsPastDeadline('2025-01-01', '2026-04-21').map((p) => p.key)).toEqual(['2025-T1', '2025-T2', '2025-T3', '2025-T4', '2026-T1']);
    expect(periodsPastDeadline('2025-05-10', '2025-07-20').map((p) => p.key)).toEqual([]);
  });

  it('days late', () => {
    expect(daysLate(taxPeriod(2026, 1), '2026-04-20')).toBe(0);
    expect(daysLate(taxPeriod(2026, 1), '2026-05-20')).toBe(30);
  });
});
