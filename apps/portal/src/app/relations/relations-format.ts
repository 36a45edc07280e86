// French labels and formats shared by the relations pages.
import { CATEGORY_LABELS, type OrganisationCategory } from '@extranet/domain/organisations';

export { CATEGORY_LABELS };

const DAY = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
const DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });

/** `YYYY-MM-DD` as « 20 mars 2027 ». */
export function frenchDay(day: string): string {
  return DAY.format(new Date(`${day}T00:00:00Z`));
}

/** An instant as « mardi 16 mars à 09:00 » (Paris). */
export function frenchSlot(instant: string): string {
  return DATE_TIME.format(new Date(instant));
}

/** An instant as « 16 mars 2027 » (Paris). */
export function frenchDate(instant: string | null): string {
  return instant ? DATE.format(new Date(instant)) : '';
}

/** Cents as « 350,00 € ». */
export function euros(cents: number | null): string {
  return cents === null ? 'Gratuit' : new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function categories(list: readonly OrganisationCategory[]): string {
  return list.length === 0 ? 'Tous les partenaires' : list.map((c) => CATEGORY_LABELS[c]).join(', ');
}
