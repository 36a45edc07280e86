// A tax account: one accommodation of a host, as the tax register knows it.
import { findCommune } from '../organisations/communes.js';
import type { FieldError, Result } from '../shared/domain-error.js';
import { singleLineProblem } from '../shared/text.js';
import { ACCOMMODATION_KINDS, STAR_CLASSIFIED_KINDS, taxCategoryOf, type AccommodationKind } from './categories.js';
import { isTaxDay } from './days.js';
import { validateOpeningPeriods, type AccommodationOpening } from './opening.js';

export const TAX_BASES = ['PER_NIGHT', 'FLAT_RATE'] as const;
export type TaxBasis = (typeof TAX_BASES)[number];
export const TAX_BASIS_LABELS: Record<TaxBasis, string> = { PER_NIGHT: 'Au réel (par nuitée)', FLAT_RATE: 'Au forfait (sur la capacité)' };

export interface AccommodationInput {
  name: string;
  street: string;
  communeCode: string;
  kind: AccommodationKind;
  /** 1 to 5, or null when not classified. */
  stars: number | null;
  /** Beds, or pitches for campsites and motorhome areas. */
  capacity: number;
  /** National registration number of a furnished let (13 characters). */
  registrationNumber: string | null;
  basis: TaxBasis;
  activeFrom: string;
  activeTo: string | null;
  /** Flat-rate basis: the days open (none: every day of the activity). Empty for the per-night basis. */
  openingPeriods?: AccommodationOpening[];
}

export const ACCOMMODATION_LIMITS = { name: { min: 2, max: 120 }, street: 200, capacity: 10_000 } as const;

/** Commune INSEE code (5) + 6 + 2 characters, as issued by the national registration service. */
export const REGISTRATION_NUMBER_PATTERN = /^\d{5}[0-9A-Z]{6}[0-9A-Z]{2}$/;
const REGISTRATION_KINDS: readonly AccommodationKind[] = ['FURNISHED_LET', 'CHAMBRE_HOTES'];

export function validateAccommodation(input: AccommodationInput): Result<AccommodationInput> {
  const errors: FieldError[] = [];
  const reject = (field: string, message: string) => errors.push({ field, message });
  const name = String(input?.name ?? '').trim().replace(/\s+/g, ' ');
  const nameProblem = singleLineProblem(String(input?.name ?? '').trim());
  if (nameProblem) reject('name', nameProblem);
  else if (name.length < ACCOMMODATION_LIMITS.name.min || name.length > ACCOMMODATION_LIMITS.name.max) {
    reject('name', `Le nom doit comporter entre ${ACCOMMODATION_LIMITS.name.min} et ${ACCOMMODATION_LIMITS.name.max} caractères.`);
  }
  const street = String(input?.street ?? '').trim().replace(/\s+/g, ' ');
  if (street.length > ACCOMMODATION_LIMITS.street) reject('street', `L’adresse ne doit pas dépasser ${ACCOMMODATION_LIMITS.street} caractères.`);
  if (!findCommune(String(input?.communeCode ?? ''))) reject('communeCode', 'Choisissez une commune du Pays de Gex.');
  const kind = input?.kind;
  if (!ACCOMMODATION_KINDS.includes(kind)) reject('kind', 'Choisissez le type d’hébergement.');
  const stars = input?.stars ?? null;
  if (stars !== null) {
    if (!Number.isInteger(stars) || stars < 1 || stars > 5) reject('stars', 'Le classement est de 1 à 5 étoiles, ou vide si l’hébergement n’est pas classé.');
    else if (ACCOMMODATION_KINDS.includes(kind) && !STAR_CLASSIFIED_KINDS.includes(kind)) reject('stars', 'Ce type d’hébergement n’a pas de classement en étoiles.');
  }
  if (!Number.isInteger(input?.capacity) || input.capacity < 1 || input.capacity > ACCOMMODATION_LIMITS.capacity) {
    reject('capacity', `La capacité doit être un entier entre 1 et ${ACCOMMODATION_LIMITS.capacity}.`);
  }
  const registrationNumber = String(input?.registrationNumber ?? '').trim().toUpperCase().replace(/\s+/g, '') || null;
  if (registrationNumber !== null) {
    if (ACCOMMODATION_KINDS.includes(kind) && !REGISTRATION_KINDS.includes(kind)) reject('registrationNumber', 'Seuls les meublés de tourisme et chambres d’hôtes ont un numéro d’enregistrement.');
    else if (!REGISTRATION_NUMBER_PATTERN.test(registrationNumber)) reject('registrationNumber', 'Le numéro d’enregistrement compte 13 caractères\u00a0: le code INSEE de la commune puis 8 chiffres ou lettres.');
  }
  if (!['PER_NIGHT', 'FLAT_RATE'].includes(input?.basis)) reject('basis', 'Choisissez le régime\u00a0: au réel ou au forfait.');
  else if (input.basis === 'FLAT_RATE' && kind && ACCOMMODATION_KINDS.includes(kind) && (stars === null || Number.isInteger(stars)) && taxCategoryOf(kind, stars) === 'UNCLASSIFIED') {
    reject('basis', 'Un hébergement non classé ne peut être taxé qu’au réel.');
  }
  if (!isTaxDay(input?.activeFrom)) reject('activeFrom', 'Indiquez la date de début d’activité (AAAA-MM-JJ).');
  const activeTo = input?.activeTo || null;
  if (activeTo !== null) {
    if (!isTaxDay(activeTo)) reject('activeTo', 'La date de fin d’activité n’est pas une date valide.');
    else if (isTaxDay(input?.activeFrom) && activeTo < input.activeFrom) reject('activeTo', 'La fin d’activité précède son début.');
  }
  const opening = validateOpeningPeriods(input?.openingPeriods ?? []);
  if (!opening.ok) errors.push(...opening.errors);
  else if (opening.value.length > 0 && input?.basis === 'PER_NIGHT') {
    reject('openingPeriods', 'Les périodes d’ouverture ne servent qu’au régime forfaitaire\u00a0: retirez-les ou choisissez le forfait.');
  }
  if (errors.length > 0 || !opening.ok) return { ok: false, errors };
  return {
    ok: true,
    value: { name, street, communeCode: input.communeCode, kind, stars, capacity: input.capacity, registrationNumber, basis: input.basis, activeFrom: input.activeFrom, activeTo, openingPeriods: opening.value },
  };
}
