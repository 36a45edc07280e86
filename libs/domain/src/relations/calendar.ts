// Calendar days as the office lives them: in Paris, whatever the server's time zone.
export { isCalendarDay } from '../listings/validate-listing.js';
import { parisDay } from '../shared/days.js';

export { parisDay };

/** The Monday (Paris) of the week holding `instant`, as `YYYY-MM-DD`: the key of a weekly digest. */
export function weekOf(instant: Date): string {
  const day = new Date(`${parisDay(instant)}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` shown as « 12 mars 2027 ». */
export function frenchDay(day: string): string {
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** An instant shown in Paris as « 12 mars 2027 à 14:30 ». */
export function frenchDateTime(instant: Date): string {
  const date = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(instant);
  const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).format(instant);
  return `${date} à ${time}`;
}
