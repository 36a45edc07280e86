/** One sold line for the revenue report: what it was, its amount excl. VAT, paid or awaiting, and its month. */
export interface RevenueLine {
  itemName: string;
  kind: 'PACK' | 'OPTION';
  amountExclCents: number;
  paid: boolean;
  /** 1–12: the month it was paid, or subscribed for what is awaited. */
  month: number;
}

export interface RevenueRow {
  itemName: string;
  kind: 'PACK' | 'OPTION';
  /** Index 0 = January. */
  paidByMonth: number[];
  awaitingByMonth: number[];
  paidCents: number;
  awaitingCents: number;
}

/**
 * Revenue excluding VAT per pack or option and month, paid versus awaiting: packs first, then
 * options, each by name. Cancelled subscriptions are left out by the caller.
 */
export function revenueByItem(lines: readonly RevenueLine[]): RevenueRow[] {
  const rows = new Map<string, RevenueRow>();
  for (const line of lines) {
    const key = `${line.kind}:${line.itemName}`;
    let row = rows.get(key);
    if (!row) {
      row = { itemName: line.itemName, kind: line.kind, paidByMonth: Array(12).fill(0), awaitingByMonth: Array(12).fill(0), paidCents: 0, awaitingCents: 0 };
      rows.set(key, row);
    }
    const month = Math.min(12, Math.max(1, line.month)) - 1;
    if (line.paid) {
      row.paidByMonth[month]! += line.amountExclCents;
      row.paidCents += line.amountExclCents;
    } else {
      row.awaitingByMonth[month]! += line.amountExclCents;
      row.awaitingCents += line.amountExclCents;
    }
  }
  return [...rows.values()].sort((a, b) => (a.kind === b.kind ? a.itemName.localeCompare(b.itemName, 'fr') : a.kind === 'PACK' ? -1 : 1));
}

/** Sum per month over rows (for the chart). */
export function monthlyTotals(rows: readonly RevenueRow[]): { paid: number[]; awaiting: number[] } {
  const paid = Array(12).fill(0) as number[];
  const awaiting = Array(12).fill(0) as number[];
  for (const row of rows) {
    row.paidByMonth.forEach((v, i) => (paid[i]! += v));
    row.awaitingByMonth.forEach((v, i) => (awaiting[i]! += v));
  }
  return { paid, awaiting };
}

export const MONTH_LABELS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'] as const;

/** Days since a subscription was made, for « not paid after 30 days ». */
export const OVERDUE_AFTER_DAYS = 30;
