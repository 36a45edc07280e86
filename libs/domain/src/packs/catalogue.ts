import type { OrganisationCategory } from '../organisations/categories.js';
import { PARTNER_CATEGORIES } from '../organisations/categories.js';
import type { FieldError, Result } from '../shared/domain-error.js';
import { singleLineProblem } from '../shared/text.js';

export type CatalogueItemKind = 'PACK' | 'OPTION';

/** French VAT rates in basis points: normal, intermediate, reduced, super-reduced, and none (exempt). */
export const VAT_RATES_BP = [2000, 1000, 550, 210, 0] as const;

export const CATALOGUE_LIMITS = {
  name: { min: 2, max: 120 },
  description: 2000,
  /** 50,000 € excluding VAT: above, it is a typo. */
  maxPriceCents: 5_000_000,
  minYear: 2018,
  maxYear: 2100,
  termsBody: { min: 20, max: 100_000 },
} as const;

/** A pack or an option of the catalogue, one version of it (the one a subscription points at). */
export interface CatalogueItem {
  id: string;
  /** Same for every version of one pack or option. */
  lineageId: string;
  version: number;
  kind: CatalogueItemKind;
  year: number;
  name: string;
  description: string;
  priceExclCents: number;
  vatRateBp: number;
  categories: OrganisationCategory[];
  position: number;
  archived: boolean;
}

export interface CatalogueItemInput {
  kind: CatalogueItemKind;
  year: number;
  name: string;
  description: string;
  priceExclCents: number;
  vatRateBp: number;
  categories: string[];
}

export type ValidCatalogueItem = Omit<CatalogueItemInput, 'categories'> & { categories: OrganisationCategory[] };

/** Checks a pack or option as staff type it; every problem at once, with the field's name. */
export function validateCatalogueItem(input: CatalogueItemInput): Result<ValidCatalogueItem> {
  const errors: FieldError[] = [];
  const reject = (field: string, message: string) => errors.push({ field, message });
  const name = String(input?.name ?? '').trim().replace(/\s+/g, ' ');
  const description = String(input?.description ?? '').trim();
  const nameProblem = singleLineProblem(String(input?.name ?? '').trim());
  if (nameProblem) reject('name', nameProblem);
  else if ([...name].length < CATALOGUE_LIMITS.name.min || [...name].length > CATALOGUE_LIMITS.name.max) {
    reject('name', `Le nom doit comporter entre ${CATALOGUE_LIMITS.name.min} et ${CATALOGUE_LIMITS.name.max} caractères.`);
  }
  if ([...description].length > CATALOGUE_LIMITS.description) {
    reject('description', `La description ne doit pas dépasser ${CATALOGUE_LIMITS.description} caractères.`);
  }
  if (input?.kind !== 'PACK' && input?.kind !== 'OPTION') reject('kind', 'Choisissez un pack ou une option.');
  if (!Number.isInteger(input?.year) || input.year < CATALOGUE_LIMITS.minYear || input.year > CATALOGUE_LIMITS.maxYear) {
    reject('year', 'Indiquez une année valide (par exemple 2026).');
  }
  if (!Number.isInteger(input?.priceExclCents) || input.priceExclCents < 0) {
    reject('priceExclCents', 'Le prix hors taxes doit être un montant positif ou nul, en centimes.');
  } else if (input.priceExclCents > CATALOGUE_LIMITS.maxPriceCents) {
    reject('priceExclCents', 'Le prix hors taxes ne peut pas dépasser 50 000 €.');
  }
  if (!(VAT_RATES_BP as readonly number[]).includes(input?.vatRateBp)) {
    reject('vatRateBp', 'Choisissez un taux de TVA français\u00a0: 20 %, 10 %, 5,5 %, 2,1 % ou 0 %.');
  }
  const categories = [...new Set(Array.isArray(input?.categories) ? input.categories : [])];
  if (categories.length === 0) reject('categories', 'Choisissez au moins une catégorie de partenaires.');
  else if (!categories.every((c) => (PARTNER_CATEGORIES as readonly string[]).includes(c))) {
    reject('categories', 'Une des catégories choisies n’est pas une catégorie de partenaires.');
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: input.kind,
      year: input.year,
      name,
      description,
      priceExclCents: input.priceExclCents,
      vatRateBp: input.vatRateBp,
      categories: PARTNER_CATEGORIES.filter((c) => categories.includes(c)),
    },
  };
}

/** Is this pack or option offered to a partner of that category for that year? */
export function isOfferedTo(item: Pick<CatalogueItem, 'categories' | 'archived' | 'year'>, category: OrganisationCategory, year: number): boolean {
  return !item.archived && item.year === year && item.categories.includes(category);
}

/**
 * What an edit does to a pack or an option: once a subscription points at a version, its price,
 * VAT rate and year are frozen and an edit creates a new version (older subscriptions and their
 * invoices keep theirs); an unsold version is edited in place.
 */
export function editEffect(sold: boolean): 'UPDATE_IN_PLACE' | 'NEW_VERSION' {
  return sold ? 'NEW_VERSION' : 'UPDATE_IN_PLACE';
}

export function validateTermsBody(body: string): Result<string> {
  const text = String(body ?? '').trim();
  if ([...text].length < CATALOGUE_LIMITS.termsBody.min) {
    return { ok: false, errors: [{ field: 'body', message: `Les conditions générales de vente doivent comporter au moins ${CATALOGUE_LIMITS.termsBody.min} caractères.` }] };
  }
  if ([...text].length > CATALOGUE_LIMITS.termsBody.max) {
    return { ok: false, errors: [{ field: 'body', message: 'Les conditions générales de vente sont trop longues (100 000 caractères au plus).' }] };
  }
  return { ok: true, value: text };
}
