import {
  PAYMENT_METHOD_LABELS,
  type ListingContent,
  type OpeningPeriod,
  type PaymentMethod,
  type Price,
  WEEKDAY_LABELS,
} from '@extranet/domain/listings';
import { findCommune } from '@extranet/domain/organisations';
import { countOf } from '../shared/plural';

// Listing values in French, as the listing page and the review show them (plain text, one line each).

const DAY_FORMAT = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONEY_FORMAT = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const DAY_MS = 24 * 60 * 60 * 1000;

export const EMPTY_VALUE = 'Non renseigné';

/** `2026-04-01` → « 1 avril 2026 ». */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : DAY_FORMAT.format(date);
}

export function formatMoney(cents: number): string {
  return MONEY_FORMAT.format(cents / 100);
}

export function communeName(code: string): string {
  return findCommune(code)?.name ?? code;
}

export function formatPeriod(period: OpeningPeriod): string {
  const days =
    period.weekdays.length === 0 || period.weekdays.length === 7
      ? 'tous les jours'
      : period.weekdays.map((d) => WEEKDAY_LABELS[d - 1] ?? String(d)).join(', ');
  const hours =
    period.hours.length === 0 ? 'horaires non précisés' : period.hours.map((h) => `${h.opens}–${h.closes}`).join(', ');
  const note = period.note ? ` (${period.note})` : '';
  return `Du ${formatDay(period.from)} au ${formatDay(period.to)}\u00a0: ${days}, ${hours}${note}`;
}

export function formatPrice(price: Price): string {
  const amount = price.max === null ? formatMoney(price.min) : `de ${formatMoney(price.min)} à ${formatMoney(price.max)}`;
  return `${price.label}\u00a0: ${amount}${price.period ? ` ${price.period}` : ''}`;
}

/**
 * A field's value as lines of text, by its path in the content (`openingPeriods`, `contact.phone`…).
 * Photos are shown as images, not through here.
 */
export function formatValue(path: string, value: unknown): string[] {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return [EMPTY_VALUE];
  }
  switch (path) {
    case 'address': {
      const address = value as ListingContent['address'];
      const commune = findCommune(address.communeCode);
      return [[address.street, commune ? `${commune.postalCode} ${commune.name}` : address.communeCode].filter(Boolean).join(', ')];
    }
    case 'position': {
      const { lat, lng } = value as { lat: number; lng: number };
      return [`Latitude ${lat.toLocaleString('fr-FR')}, longitude ${lng.toLocaleString('fr-FR')}`];
    }
    case 'openingPeriods':
      return (value as OpeningPeriod[]).map(formatPeriod);
    case 'closures':
      return (value as string[]).map(formatDay);
    case 'prices':
      return (value as Price[]).map(formatPrice);
    case 'paymentMethods':
      return [(value as PaymentMethod[]).map((m) => PAYMENT_METHOD_LABELS[m] ?? m).join(', ')];
    case 'classification.stars':
      return [`${value as number} ${(value as number) > 1 ? 'étoiles' : 'étoile'}`];
    case 'eventDates': {
      const { start, end } = value as { start: string; end: string };
      return [start === end ? `Le ${formatDay(start)}` : `Du ${formatDay(start)} au ${formatDay(end)}`];
    }
    case 'photos':
      return [countOf((value as unknown[]).length, 'photo')];
    default:
      if (Array.isArray(value)) return [value.join(', ')];
      if (typeof value === 'object') return [JSON.stringify(value)];
      return [String(value)];
  }
}

/** Whole days since an instant (0 the same day). */
export function daysSince(instant: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(instant).getTime()) / DAY_MS));
}

/** « moins d’un jour », « 1 jour », « 12 jours ». */
export function durationInDays(days: number): string {
  return days === 0 ? 'moins d’un jour' : days === 1 ? '1 jour' : `${days} jours`;
}

/** « Nom, Tarifs, Photos »: what a change request touches. */
export function changedFields(request: { changes: readonly { label: string }[] }): string {
  return request.changes.map((change) => change.label).join(', ');
}
