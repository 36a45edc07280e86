import type { PricedLine, Totals } from './invoice-totals.js';

/**
 * The seller on every invoice. Demo identifiers (valid keys, fictional numbers): the office
 * replaces them with its own SIRET, VAT number and bank details before invoicing for real.
 */
export const SELLER = {
  name: 'Office de Tourisme du Pays de Gex',
  legalForm: 'EPIC (établissement public à caractère industriel et commercial)',
  street: 'Square Jean Monnet',
  postalCode: '01170',
  city: 'Gex',
  country: 'FR',
  siret: '70004013240137',
  vatNumber: 'FR83700040132',
  email: 'partenaires@paysdegex-tourisme.fr',
  iban: 'FR7630001007941234567890185',
  bic: 'BDFEFRPPXXX',
} as const;

/** An invoice or credit note exactly as issued: what the PDF and the Factur-X XML are drawn from. */
export interface IssuedInvoice {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  number: string;
  issuedOn: string;
  /** For a credit note: the number of the invoice it cancels. */
  creditedNumber: string | null;
  buyer: { name: string; siret: string | null; street: string; postalCode: string; city: string };
  year: number;
  lines: PricedLine[];
  totals: Totals;
  /** How it was paid (« Payée le 02/03/2026 par virement »), or the reason of a credit note. */
  paymentNote: string;
}

export { numericFrenchDay } from '../shared/days.js';
