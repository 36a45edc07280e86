import { isValidEmail, normaliseEmail } from '../accounts/email.js';
import type { FieldError, Result } from '../shared/domain-error.js';
import { singleLineProblem } from '../shared/text.js';
import { isOrganisationCategory, type OrganisationCategory } from './categories.js';
import { findCommune } from './communes.js';
import { isLegalForm, type LegalForm } from './legal-forms.js';
import { INVALID_PHONE_MESSAGE, normalisePhone } from './phone.js';
import { isValidSiret, normaliseSiret } from './siret.js';
import { MAX_WEBSITE_LENGTH, addMissingScheme, normaliseWebsite } from './website.js';

/** What a form or a GraphQL input sends; enums arrive as plain strings until validated. */
export interface OrganisationProfileInput {
  name: string;
  category: string;
  legalForm: string;
  siret?: string | null;
  address: { street: string; postalCode: string; communeCode: string };
  phone?: string | null;
  email?: string | null;
  website?: string | null;
}

export interface OrganisationProfile {
  name: string;
  category: OrganisationCategory;
  legalForm: LegalForm;
  siret: string | null;
  address: { street: string; postalCode: string; communeCode: string };
  phone: string | null;
  email: string | null;
  website: string | null;
}

export const ORGANISATION_NAME_LENGTH = { min: 2, max: 120 } as const;
export const STREET_LENGTH = { min: 3, max: 200 } as const;

/** Trims and normalises every field and reports every invalid one, so a form shows them all at once. */
export function validateOrganisationProfile(input: OrganisationProfileInput): Result<OrganisationProfile> {
  const errors: FieldError[] = [];
  const reject = (field: string, message: string): void => {
    errors.push({ field, message });
  };

  const name = collapseSpaces(text(input.name));
  const nameProblem = singleLineProblem(text(input.name).trim());
  if (nameProblem) {
    reject('name', nameProblem);
  } else if (!hasLength(name, ORGANISATION_NAME_LENGTH)) {
    reject('name', 'Le nom doit comporter entre 2 et 120 caractères.');
  }

  const categoryText = text(input.category).trim();
  const category = isOrganisationCategory(categoryText) ? categoryText : null;
  if (!category) reject('category', 'Choisissez une catégorie dans la liste.');

  const legalFormText = text(input.legalForm).trim();
  const legalForm = isLegalForm(legalFormText) ? legalFormText : null;
  if (!legalForm) reject('legalForm', 'Choisissez une forme juridique dans la liste.');

  const siret = normaliseSiret(text(input.siret)) || null;
  if (siret !== null && !/^\d{14}$/.test(siret)) {
    reject('siret', 'Le SIRET doit comporter 14 chiffres.');
  } else if (siret !== null && !isValidSiret(siret)) {
    reject('siret', 'Ce numéro SIRET n’existe pas\u00a0: vérifiez les chiffres saisis.');
  }

  const address = input.address ?? { street: '', postalCode: '', communeCode: '' };
  const street = collapseSpaces(text(address.street));
  if (!hasLength(street, STREET_LENGTH)) {
    reject('address.street', 'L’adresse doit comporter entre 3 et 200 caractères.');
  }

  const communeCode = text(address.communeCode).trim();
  const commune = findCommune(communeCode);
  if (!commune) reject('address.communeCode', 'Choisissez une commune du Pays de Gex.');

  const postalCode = text(address.postalCode).replace(/\s+/g, '');
  if (!/^\d{5}$/.test(postalCode)) {
    reject('address.postalCode', 'Le code postal doit comporter 5 chiffres.');
  } else if (commune && commune.postalCode !== postalCode) {
    reject('address.postalCode', `Le code postal de ${commune.name} est ${commune.postalCode}.`);
  }

  const rawPhone = text(input.phone).trim();
  const phone = rawPhone ? normalisePhone(rawPhone) : null;
  if (rawPhone && !phone) {
    reject('phone', INVALID_PHONE_MESSAGE);
  }

  const email = normaliseEmail(text(input.email)) || null;
  if (email !== null && !isValidEmail(email)) reject('email', 'L’adresse e-mail n’est pas valide.');

  const rawWebsite = text(input.website).trim();
  const website = rawWebsite ? normaliseWebsite(rawWebsite) : null;
  if (rawWebsite && !website) {
    reject(
      'website',
      addMissingScheme(rawWebsite).length > MAX_WEBSITE_LENGTH
        ? `L’adresse du site ne doit pas dépasser ${MAX_WEBSITE_LENGTH} caractères.`
        : 'L’adresse du site n’est pas valide (exemple\u00a0: https://www.mon-hotel.fr).',
    );
  }

  if (errors.length > 0 || !category || !legalForm) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      category,
      legalForm,
      siret,
      address: { street, postalCode, communeCode },
      phone,
      email,
      website,
    },
  };
}

/** Inputs may come from untyped sources (JSON, forms); anything but a string counts as empty. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function collapseSpaces(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

function hasLength(value: string, { min, max }: { min: number; max: number }): boolean {
  const length = [...value].length;
  return length >= min && length <= max;
}
