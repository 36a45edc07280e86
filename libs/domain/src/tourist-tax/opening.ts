// Opening periods of an accommodation on the flat-rate basis (taxe forfaitaire): the tax is owed on
// capacity for the nights that fall both in an opening period and in the collection period
// (CGCT L2333-41). Calendar days 'YYYY-MM-DD', both ends included.
import type { FieldError, Result } from '../shared/domain-error.js';
import { dayIndex, formatTaxDay, isTaxDay } from './days.js';

export interface AccommodationOpening {
  from: string;
  to: string;
}

export const OPENING_PERIODS_LIMIT = 24;

/**
 * Checks opening periods (`openingPeriods.2.to`-style fields): real days, the end not before the
 * start, no overlap, at most OPENING_PERIODS_LIMIT. Returns them in order.
 */
export function validateOpeningPeriods(input: unknown, field = 'openingPeriods'): Result<AccommodationOpening[]> {
  const errors: FieldError[] = [];
  const list = Array.isArray(input) ? (input as Partial<AccommodationOpening>[]) : input === null || input === undefined ? [] : null;
  if (list === null) return { ok: false, errors: [{ field, message: 'Les périodes d’ouverture sont une liste de dates de début et de fin.' }] };
  if (list.length > OPENING_PERIODS_LIMIT) errors.push({ field, message: `Indiquez au plus ${OPENING_PERIODS_LIMIT} périodes d’ouverture.` });
  list.slice(0, OPENING_PERIODS_LIMIT).forEach((p, i) => {
    if (!isTaxDay(p?.from)) errors.push({ field: `${field}.${i}.from`, message: `Période ${i + 1}\u00a0: indiquez le premier jour d’ouverture (date valide).` });
    if (!isTaxDay(p?.to)) errors.push({ field: `${field}.${i}.to`, message: `Période ${i + 1}\u00a0: indiquez le dernier jour d’ouverture (date valide).` });
    else if (isTaxDay(p?.from) && p.to < p.from) errors.push({ field: `${field}.${i}.to`, message: `Période ${i + 1}\u00a0: le dernier jour précède le premier.` });
  });
  if (errors.length > 0) return { ok: false, errors };
  const sorted = list.map((p) => ({ from: p.from!, to: p.to! })).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.from <= sorted[i - 1]!.to) {
      const index = list.findIndex((p) => p.from === sorted[i]!.from && p.to === sorted[i]!.to);
      errors.push({ field: `${field}.${index}.from`, message: `La période du ${formatTaxDay(sorted[i]!.from)} chevauche celle qui finit le ${formatTaxDay(sorted[i - 1]!.to)}.` });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: sorted };
}

/**
 * Nights (days) open in [from, to]: the days of the opening periods within the activity
 * [activeFrom, activeTo] and the range. No opening period means open every day of the activity.
 * Periods are expected valid and without overlap (validateOpeningPeriods).
 */
export function openNightsIn(openingPeriods: readonly AccommodationOpening[], activity: { activeFrom: string; activeTo: string | null }, from: string, to: string): number {
  const start = Math.max(dayIndex(activity.activeFrom), dayIndex(from));
  const end = activity.activeTo === null ? dayIndex(to) : Math.min(dayIndex(activity.activeTo), dayIndex(to));
  if (end < start) return 0;
  if (openingPeriods.length === 0) return end - start + 1;
  return openingPeriods.reduce((sum, p) => sum + Math.max(0, Math.min(end, dayIndex(p.to)) - Math.max(start, dayIndex(p.from)) + 1), 0);
}

/** « du 1er avril au 30 septembre 2026 ; du 20 décembre 2026 au 5 janvier 2027 », or « toute l’année d’activité ». */
export function formatOpeningPeriods(periods: readonly AccommodationOpening[]): string {
  if (periods.length === 0) return 'toute la période d’activité';
  return periods.map((p) => `du ${formatTaxDay(p.from)} au ${formatTaxDay(p.to)}`).join('\u00a0; ');
}
