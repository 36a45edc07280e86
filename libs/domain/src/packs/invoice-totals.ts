import { vatCents } from './money.js';

/** One line of a subscription or an invoice, frozen when it is sold. */
export interface PricedLine {
  label: string;
  quantity: number;
  unitPriceExclCents: number;
  vatRateBp: number;
}

export interface VatBreakdown {
  vatRateBp: number;
  baseExclCents: number;
  vatCents: number;
}

export interface Totals {
  /** Per line, quantity × unit price, exclusive of VAT (no VAT per line: see money.ts). */
  lineTotalsExclCents: number[];
  vat: VatBreakdown[];
  totalExclCents: number;
  totalVatCents: number;
  totalInclCents: number;
}

/**
 * Totals of an invoice or a subscription: VAT per rate (lines summed by rate, then rounded once
 * per rate), rates in descending order. A credit note passes negative quantities or prices and
 * gets the exact opposite figures.
 */
export function computeTotals(lines: readonly PricedLine[]): Totals {
  const lineTotalsExclCents = lines.map((l) => l.quantity * l.unitPriceExclCents);
  const byRate = new Map<number, number>();
  lines.forEach((l, i) => byRate.set(l.vatRateBp, (byRate.get(l.vatRateBp) ?? 0) + lineTotalsExclCents[i]!));
  const vat = [...byRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([vatRateBp, baseExclCents]) => ({ vatRateBp, baseExclCents, vatCents: vatCents(baseExclCents, vatRateBp) }));
  const totalExclCents = lineTotalsExclCents.reduce((s, v) => s + v, 0);
  const totalVatCents = vat.reduce((s, v) => s + v.vatCents, 0);
  return { lineTotalsExclCents, vat, totalExclCents, totalVatCents, totalInclCents: totalExclCents + totalVatCents };
}

/** The lines of a credit note cancelling an invoice: the same lines with opposite quantities. */
export function creditLines(lines: readonly PricedLine[]): PricedLine[] {
  return lines.map((l) => ({ ...l, quantity: -l.quantity }));
}

/** « F2026-0007 » for invoices, « AV2026-0002 » for credit notes: gapless per kind and year. */
export function invoiceNumber(kind: 'INVOICE' | 'CREDIT_NOTE', year: number, sequence: number): string {
  return `${kind === 'INVOICE' ? 'F' : 'AV'}${year}-${String(sequence).padStart(4, '0')}`;
}

/** Penalties and indemnity every French B2B invoice states (Code de commerce, L441-10). */
export const LEGAL_PAYMENT_MENTIONS = [
  'Paiement à réception de facture. Pas d’escompte pour paiement anticipé.',
  'En cas de retard de paiement, pénalités au taux d’intérêt appliqué par la BCE à son opération de refinancement la plus récente majoré de 10 points (art. L441-10 du Code de commerce).',
  'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement\u00a0: 40 € (art. D441-5 du Code de commerce).',
] as const;
