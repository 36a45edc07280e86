// Calendar days as the office lives them: in Paris, whatever the server's time zone. One place for
// every feature (tax deadlines, invoice dates, digest weeks).
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Paris calendar day of an instant, as `YYYY-MM-DD`. */
export function parisDay(instant: Date): string {
  return PARIS_DAY.format(instant);
}

/** `YYYY-MM-DD` as on French paperwork: « 02/03/2026 ». */
export function numericFrenchDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
