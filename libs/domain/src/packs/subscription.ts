import type { OrganisationCategory } from '../organisations/categories.js';
import type { FieldError, Result } from '../shared/domain-error.js';
import { isOfferedTo, type CatalogueItem } from './catalogue.js';
import { computeTotals, type PricedLine, type Totals } from './invoice-totals.js';

export type SubscriptionStatus = 'AWAITING_PAYMENT' | 'PAID' | 'CANCELLED';
export type PaymentChoice = 'ONLINE' | 'TRANSFER' | 'CHEQUE';
export type PackPaymentMethod = 'CARD' | 'SEPA_DEBIT' | 'TRANSFER' | 'CHEQUE' | 'CASH';
export const OFFLINE_PAYMENT_METHODS: readonly PackPaymentMethod[] = ['TRANSFER', 'CHEQUE', 'CASH'];

export const PACK_PAYMENT_METHOD_LABELS: Readonly<Record<PackPaymentMethod, string>> = {
  CARD: 'Carte bancaire (en ligne)',
  SEPA_DEBIT: 'Prélèvement SEPA (en ligne)',
  TRANSFER: 'Virement',
  CHEQUE: 'Chèque',
  CASH: 'Espèces',
};

export const SUBSCRIPTION_STATUS_LABELS: Readonly<Record<SubscriptionStatus, string>> = {
  AWAITING_PAYMENT: 'En attente de paiement',
  PAID: 'Payé',
  CANCELLED: 'Annulé',
};

export const SUBSCRIPTION_MESSAGES = {
  packNotOffered: 'Ce pack n’est pas proposé à votre catégorie de partenaire pour cette année.',
  packArchived: 'Ce pack n’est plus proposé.',
  optionNotOffered: 'Cette option n’est pas proposée à votre catégorie de partenaire pour cette année.',
  notAPack: 'Choisissez un pack.',
  termsNotAccepted: 'Acceptez les conditions générales de vente pour souscrire.',
  termsOutdated: 'Les conditions générales de vente ont changé\u00a0: relisez la nouvelle version et acceptez-la.',
  alreadySubscribed: 'Votre organisation a déjà souscrit un pack pour cette année.',
  onlineUnavailable: 'Le paiement en ligne n’est pas disponible\u00a0: choisissez le virement ou le chèque.',
} as const;

export interface SubscriptionChoice {
  pack: CatalogueItem;
  options: CatalogueItem[];
}

export interface Quote {
  lines: PricedLine[];
  totals: Totals;
}

/** The lines a subscription freezes: the pack first, then its options in catalogue order. */
export function quoteLines(pack: CatalogueItem, options: readonly CatalogueItem[]): PricedLine[] {
  const sorted = [...options].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'fr'));
  return [pack, ...sorted].map((item) => ({
    label: item.kind === 'PACK' ? `Pack ${item.year} — ${item.name}` : `Option ${item.year} — ${item.name}`,
    quantity: 1,
    unitPriceExclCents: item.priceExclCents,
    vatRateBp: item.vatRateBp,
  }));
}

/**
 * Checks what a partner picked against its category and the year: a pack (not an option) offered
 * to its category and not archived, options offered to it, each once. Returns the server's quote.
 */
export function checkSubscriptionChoice(
  choice: SubscriptionChoice,
  category: OrganisationCategory,
  year: number,
): Result<Quote> {
  const errors: FieldError[] = [];
  const { pack, options } = choice;
  if (pack.kind !== 'PACK') errors.push({ field: 'packId', message: SUBSCRIPTION_MESSAGES.notAPack });
  else if (pack.archived) errors.push({ field: 'packId', message: SUBSCRIPTION_MESSAGES.packArchived });
  else if (!isOfferedTo(pack, category, year)) errors.push({ field: 'packId', message: SUBSCRIPTION_MESSAGES.packNotOffered });
  options.forEach((option, i) => {
    if (option.kind !== 'OPTION' || !isOfferedTo(option, category, year)) {
      errors.push({ field: `optionIds.${i}`, message: SUBSCRIPTION_MESSAGES.optionNotOffered });
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  const lines = quoteLines(pack, options);
  return { ok: true, value: { lines, totals: computeTotals(lines) } };
}

/** The server's total wins; this says whether the partner must be told. */
export function priceChangedMessage(shownInclCents: number | null | undefined, serverInclCents: number, format: (c: number) => string): string | null {
  if (shownInclCents === null || shownInclCents === undefined || shownInclCents === serverInclCents) return null;
  return `Le prix a changé depuis l’affichage de la page\u00a0: le montant retenu est ${format(serverInclCents)} TTC (et non ${format(shownInclCents)}).`;
}

export const PAYMENT_LIMITS = { reference: 120 } as const;

export interface OfflinePaymentInput {
  method: string;
  amountCents: number;
  receivedOn: string;
  reference: string;
}

/**
 * A payment staff record by hand: a positive amount no greater than what remains due (an
 * overpayment is a typo or a refund to handle outside), a day not in the future, an offline method.
 */
export function validateOfflinePayment(input: OfflinePaymentInput, remainingCents: number, today: string): Result<OfflinePaymentInput & { method: PackPaymentMethod }> {
  const errors: FieldError[] = [];
  if (!(OFFLINE_PAYMENT_METHODS as readonly string[]).includes(input?.method)) {
    errors.push({ field: 'method', message: 'Choisissez le moyen de paiement\u00a0: virement, chèque ou espèces.' });
  }
  if (!Number.isInteger(input?.amountCents) || input.amountCents <= 0) {
    errors.push({ field: 'amountCents', message: 'Le montant doit être supérieur à zéro.' });
  } else if (input.amountCents > remainingCents) {
    errors.push({ field: 'amountCents', message: `Le montant dépasse le reste à payer (${(remainingCents / 100).toFixed(2).replace('.', ',')} €).` });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(input?.receivedOn ?? '')) || Number.isNaN(Date.parse(`${input.receivedOn}T00:00:00Z`)) || new Date(`${input.receivedOn}T00:00:00Z`).toISOString().slice(0, 10) !== input.receivedOn) {
    errors.push({ field: 'receivedOn', message: 'Indiquez la date de réception du paiement.' });
  } else if (input.receivedOn > today) {
    errors.push({ field: 'receivedOn', message: 'La date de réception ne peut pas être dans le futur.' });
  }
  const reference = String(input?.reference ?? '').trim();
  if ([...reference].length > PAYMENT_LIMITS.reference) {
    errors.push({ field: 'reference', message: `La référence ne doit pas dépasser ${PAYMENT_LIMITS.reference} caractères.` });
  } else if (/[\u0000-\u001F\u007F]/.test(reference)) {
    errors.push({ field: 'reference', message: 'La référence doit tenir sur une seule ligne.' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...input, method: input.method as PackPaymentMethod, reference } };
}

/** Remainder and status after payments: paid once the payments cover the total. */
export function paymentState(totalInclCents: number, paidCents: number): { remainingCents: number; status: Exclude<SubscriptionStatus, 'CANCELLED'> } {
  const remainingCents = Math.max(0, totalInclCents - paidCents);
  return { remainingCents, status: remainingCents === 0 ? 'PAID' : 'AWAITING_PAYMENT' };
}

/** What the partner's home says about its pack for the year. */
export type PackYearStatus = 'TO_CHOOSE' | 'AWAITING_PAYMENT' | 'PAID' | 'TO_RENEW';

export const PACK_YEAR_STATUS_LABELS: Readonly<Record<PackYearStatus, string>> = {
  TO_CHOOSE: 'Pack à choisir',
  AWAITING_PAYMENT: 'En attente de paiement',
  PAID: 'Payé',
  TO_RENEW: 'À renouveler',
};

/**
 * The pack status for `year`: paid or awaiting if it has one; else « à renouveler » if it had one
 * the year before, « à choisir » otherwise. From 1 December the next year's pack is to renew too.
 */
export function packYearStatus(thisYear: SubscriptionStatus | null, previousYear: SubscriptionStatus | null): PackYearStatus {
  if (thisYear === 'PAID') return 'PAID';
  if (thisYear === 'AWAITING_PAYMENT') return 'AWAITING_PAYMENT';
  return previousYear === 'PAID' || previousYear === 'AWAITING_PAYMENT' ? 'TO_RENEW' : 'TO_CHOOSE';
}

/** Reminders before a yearly pack ends (31 December): 30, 15 and 7 days before. */
export const RENEWAL_REMINDER_DAYS = [30, 15, 7] as const;
export type RenewalStep = (typeof RENEWAL_REMINDER_DAYS)[number];

/**
 * The renewal reminder owed on `today` (a calendar day, YYYY-MM-DD) for packs of its year, or null:
 * the smallest step the days left have reached. Only the current step is owed, so a partner first
 * seen 10 days before the end gets the 15-day reminder, not a late 30-day one as well.
 */
export function renewalStepOn(today: string): { year: number; step: RenewalStep; daysLeft: number } | null {
  const year = Number(today.slice(0, 4));
  const daysLeft = Math.round((Date.UTC(year, 11, 31) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  const reached = RENEWAL_REMINDER_DAYS.filter((d) => daysLeft <= d);
  const step = reached[reached.length - 1];
  return step === undefined || daysLeft < 0 ? null : { year, step, daysLeft };
}
