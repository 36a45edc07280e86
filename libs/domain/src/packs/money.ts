/**
 * Money is integer cents everywhere; VAT rates are basis points (2000 = 20 %).
 *
 * Rounding rule (written down, tested in money.spec.ts and invoice.spec.ts): VAT is computed
 * **per rate**, not per line. Lines are summed by VAT rate (exclusive of VAT), then each rate's VAT
 * is its base × rate rounded half away from zero to the cent (EN 16931 BR-CO-17: BT-117 =
 * BT-116 × BT-119 / 100, rounded to two decimals). Totals are sums of those rounded figures, so
 * the PDF, the Factur-X XML and the database always agree to the cent.
 */

/** Round a non-negative or negative rational `numerator / denominator` half away from zero. */
export function roundHalfAwayFromZero(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const q = Math.floor(n / d);
  const r = n - q * d;
  return sign * (2 * r >= d ? q + 1 : q);
}

/** VAT on an amount excluding VAT, rounded to the cent (half away from zero). */
export function vatCents(amountExclCents: number, vatRateBp: number): number {
  return roundHalfAwayFromZero(amountExclCents * vatRateBp, 10_000);
}

/** The price including VAT of one item shown on its own (a pack or an option). */
export function priceInclVat(amountExclCents: number, vatRateBp: number): number {
  return amountExclCents + vatCents(amountExclCents, vatRateBp);
}

/** French display of cents: 1 234,50 € (non-breaking spaces, as Intl writes them). */
export function formatEuros(cents: number): string {
  return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** « 20 % », « 5,5 % ». */
export function formatVatRate(vatRateBp: number): string {
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(vatRateBp / 100)} %`;
}

/** Cents as a decimal string with two digits (« 1234.50 »), the way Factur-X writes amounts. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A rate in basis points as a decimal percentage string (« 20 », « 5.5 »). */
export function rateToDecimal(vatRateBp: number): string {
  const whole = Math.floor(vatRateBp / 100);
  const frac = vatRateBp % 100;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * What someone types as an amount in euros (« 1 234,50 », « 450 », « 12.5 € ») in cents, or null
 * when it is not an amount with at most two decimals. Shared by the portal's forms.
 */
export function parseEuros(text: string): number | null {
  const cleaned = String(text ?? '').replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  const match = /^(-?)(\d{1,9})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0') || 0);
  return match[1] === '-' ? -cents : cents;
}

/** Cents shown in an input (« 1234,50 »): the inverse of parseEuros. */
export function centsToInput(cents: number): string {
  return centsToDecimal(cents).replace('.', ',');
}
