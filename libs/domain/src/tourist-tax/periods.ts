// Declaration periods. Pays de Gex: quarterly, each paid by the 20th of the month after the quarter
// (20 April, 20 July, 20 October, 20 January of the next year).
import { addDays, dayIndex, isTaxDay } from './days.js';

export interface TaxPeriod {
  year: number;
  /** 1 to 4. */
  quarter: number;
  /** « 2026-T1 ». */
  key: string;
  label: string;
  from: string;
  to: string;
  /** Last day to declare and pay. */
  deadline: string;
  days: number;
}

const QUARTER_LABELS = ['1er trimestre (janvier à mars)', '2e trimestre (avril à juin)', '3e trimestre (juillet à septembre)', '4e trimestre (octobre à décembre)'];

/** The day of the month after each quarter when payment is due. */
export const DEADLINE_DAY = 20;

export function taxPeriod(year: number, quarter: number): TaxPeriod {
  const startMonth = (quarter - 1) * 3 + 1;
  const from = `${year}-${String(startMonth).padStart(2, '0')}-01`;
  const nextYear = quarter === 4 ? year + 1 : year;
  const nextMonth = quarter === 4 ? 1 : startMonth + 3;
  const next = `${nextYear}-${String(nextMonth).padStart(2, '0')}-01`;
  const to = addDays(next, -1);
  return {
    year,
    quarter,
    key: `${year}-T${quarter}`,
    label: `${QUARTER_LABELS[quarter - 1]} ${year}`,
    from,
    to,
    deadline: `${next.slice(0, 8)}${String(DEADLINE_DAY).padStart(2, '0')}`,
    days: dayIndex(to) - dayIndex(from) + 1,
  };
}

export function isValidPeriod(year: unknown, quarter: unknown): boolean {
  return Number.isInteger(year) && (year as number) >= 2018 && (year as number) <= 2100 && Number.isInteger(quarter) && (quarter as number) >= 1 && (quarter as number) <= 4;
}

export function periodsOfYear(year: number): TaxPeriod[] {
  return [1, 2, 3, 4].map((q) => taxPeriod(year, q));
}

/** The period a day falls in. */
export function periodOfDay(day: string): TaxPeriod {
  return taxPeriod(Number(day.slice(0, 4)), Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1);
}

export function nextPeriod(period: TaxPeriod): TaxPeriod {
  return period.quarter === 4 ? taxPeriod(period.year + 1, 1) : taxPeriod(period.year, period.quarter + 1);
}

/** The period whose deadline is the next one on or after `today` (the one to declare now). */
export function periodDueOn(today: string): TaxPeriod {
  let period = periodOfDay(today);
  // the previous quarter is still due until its deadline
  const previous = period.quarter === 1 ? taxPeriod(period.year - 1, 4) : taxPeriod(period.year, period.quarter - 1);
  if (today <= previous.deadline) return previous;
  return period;
}

/** Periods whose deadline has passed on `today`, from `since` (a day) onwards, oldest first. */
export function periodsPastDeadline(since: string, today: string): TaxPeriod[] {
  const result: TaxPeriod[] = [];
  if (!isTaxDay(since) || !isTaxDay(today)) return result;
  for (let p = periodOfDay(since); p.deadline < today; p = nextPeriod(p)) result.push(p);
  return result;
}

/** Whole days after the deadline (0 when not late). */
export function daysLate(period: TaxPeriod, today: string): number {
  return Math.max(0, dayIndex(today) - dayIndex(period.deadline));
}
