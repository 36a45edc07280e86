import type { Owned } from '../access/policy.js';
import { PARTNER_CATEGORIES, type OrganisationCategory } from './categories.js';
import type { LegalForm } from './legal-forms.js';

/** An organisation as the API's repositories return it and its services reason about. */
export interface Organisation extends Owned {
  id: string;
  name: string;
  category: OrganisationCategory;
  legalForm: LegalForm;
  siret: string | null;
  address: { street: string; postalCode: string; communeCode: string; communeName: string };
  phone: string | null;
  email: string | null;
  website: string | null;
  /** Increases with every change; an update names the version it was made from. */
  version: number;
  updatedAt: Date;
}

/**
 * Who appears in the partner directory: every partner, and the office itself only when its
 * category is asked for (staff looking for the office's own record).
 */
export function directoryCategories(asked: OrganisationCategory | null | undefined): readonly OrganisationCategory[] {
  return asked ? [asked] : PARTNER_CATEGORIES;
}
