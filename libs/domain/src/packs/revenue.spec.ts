import { monthlyTotals, revenueByItem, type RevenueLine } from './revenue.js';

const line = (itemName: string, kind: 'PACK' | 'OPTION', amountExclCents: number, paid: boolean, month: number): RevenueLine => ({ itemName, kind, amountExclCents, paid, month });

describe('revenueByItem', () => {
  it('sums per item and month, paid apart from awaiting, packs first then options by name', () => {
    const rows = revenueByItem([
      line('Photos', 'OPTION', 15_000, true, 3),
      line('Pack Hébergement', 'PACK', 39_000, true, 3),
      line('Pack Hébergement', 'PACK', 39_000, false, 4),
      line('Encart', 'OPTION', 9_000, true, 3),
      line('Pack Hébergement', 'PACK', 39_000, true, 3),
    ]);
    expect(rows.map((r) => [r.kind, r.itemName, r.paidCents, r.awaitingCents])).toEqual([
      ['PACK', 'Pack Hébergement', 78_000, 39_000],
      ['OPTION', 'Encart', 9_000, 0],
      ['OPTION', 'Photos', 15_000, 0],
    ]);
    expect(rows[0]!.paidByMonth[2]).toBe(78_000);
    expect(rows[0]!.awaitingByMonth[3]).toBe(39_000);
    expect(monthlyTotals(rows)).toEqual({
      paid: [0, 0, 102_000, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      awaiting: [0, 0, 0, 39_000, 0, 0, 0, 0, 0, 0, 0, 0],
    });
  });

  it.each<[number, number]>([
    [1, 0],
    [12, 11],
  ])('month %d goes in column %d', (month, index) => {
    expect(revenueByItem([line('P', 'PACK', 100, true, month)])[0]!.paidByMonth[index]).toBe(100);
  });

  it('gives nothing for nothing', () => {
    expect(revenueByItem([])).toEqual([]);
    expect(monthlyTotals([])).toEqual({ paid: Array(12).fill(0), awaiting: Array(12).fill(0) });
  });
});
