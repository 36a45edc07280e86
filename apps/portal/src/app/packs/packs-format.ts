import {
  PACK_PAYMENT_METHOD_LABELS,
  PACK_YEAR_STATUS_LABELS,
  SUBSCRIPTION_STATUS_LABELS,
  formatEuros,
  formatVatRate,
  priceInclVat,
  type PackPaymentMethod,
  type PackYearStatus,
  type SubscriptionStatus,
} from '@extranet/domain/packs';

/** « 540,00 € » with ordinary spaces, as screen readers and tests read it. */
export function euros(cents: number): string {
  return formatEuros(cents).replace(/[\u202f\u00a0]/g, ' ');
}

export function inclVat(item: { priceExclCents: number; vatRateBp: number }): string {
  return euros(priceInclVat(item.priceExclCents, item.vatRateBp));
}

export function vatRate(bp: number): string {
  return formatVatRate(bp);
}

export const statusLabel = (s: SubscriptionStatus) => SUBSCRIPTION_STATUS_LABELS[s];
export const methodLabel = (m: PackPaymentMethod) => PACK_PAYMENT_METHOD_LABELS[m];
export const yearStatusLabel = (s: PackYearStatus) => PACK_YEAR_STATUS_LABELS[s];

export const PAYMENT_CHOICE_LABELS = { ONLINE: 'Paiement en ligne (carte bancaire)', TRANSFER: 'Virement bancaire', CHEQUE: 'Chèque' } as const;
