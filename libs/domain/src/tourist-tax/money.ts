/** « 1,30 € »: cents as French euros, with a non-breaking space before the sign. */
export function formatTaxEuros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')}\u00a0€`;
}

/**
 * The tax's one rounding rule: `numerator / denominator` rounded to the nearest cent, halves up.
 * Inputs are non-negative integers, so this stays exact (no floating point on money).
 */
export function roundTaxCents(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
