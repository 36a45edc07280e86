// Calendar days as 'YYYY-MM-DD' strings: the tax counts nights and deadlines in days, never instants.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isTaxDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === value;
}

/** Days since 1970-01-01 (UTC), for arithmetic. */
export function dayIndex(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY;
}

export function dayFromIndex(index: number): string {
  return new Date(index * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayFromIndex(dayIndex(day) + days);
}

/** The calendar day of an instant in Paris (where deadlines fall). */
export { parisDay } from '../shared/days.js';

/** « 20 avril 2026 ». */
export function formatTaxDay(day: string): string {
  const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  const d = Number(day.slice(8, 10));
  return `${d === 1 ? '1er' : d} ${months[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}
