// Payments staff record against a host's declarations.
import type { FieldError, Result } from '../shared/domain-error.js';
import { isTaxDay } from './days.js';

export const TAX_PAYMENT_METHODS = ['TRANSFER', 'CHEQUE', 'CARD', 'CASH', 'PLATFORM'] as const;
export type TaxPaymentMethod = (typeof TAX_PAYMENT_METHODS)[number];
export const TAX_PAYMENT_METHOD_LABELS: Record<TaxPaymentMethod, string> = {
  TRANSFER: 'Virement',
  CHEQUE: 'Chèque',
  CARD: 'Carte bancaire',
  CASH: 'Espèces',
  PLATFORM: 'Reversement par une plateforme',
};

export interface TaxPaymentInput {
  method: TaxPaymentMethod;
  paidOn: string;
  amountCents: number;
  reference: string;
}

export function validateTaxPayment(input: TaxPaymentInput, today: string): Result<TaxPaymentInput> {
  const errors: FieldError[] = [];
  if (!TAX_PAYMENT_METHODS.includes(input?.method)) errors.push({ field: 'method', message: 'Choisissez le moyen de paiement.' });
  if (!isTaxDay(input?.paidOn)) errors.push({ field: 'paidOn', message: 'Indiquez la date du paiement (AAAA-MM-JJ).' });
  else if (input.paidOn > today) errors.push({ field: 'paidOn', message: 'La date du paiement ne peut pas être dans le futur.' });
  if (!Number.isInteger(input?.amountCents) || input.amountCents <= 0 || input.amountCents > 100_000_000) {
    errors.push({ field: 'amountCents', message: 'Le montant doit être supérieur à zéro (en centimes, au plus 1 000 000 €).' });
  }
  const reference = String(input?.reference ?? '').trim();
  if (reference.length > 100) errors.push({ field: 'reference', message: 'La référence ne doit pas dépasser 100 caractères.' });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { method: input.method, paidOn: input.paidOn, amountCents: input.amountCents, reference } };
}
