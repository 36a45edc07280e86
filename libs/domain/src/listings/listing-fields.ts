import { LANGUAGE_LABELS, LANGUAGES, type ListingContent } from './listing.js';
import { isAccommodationType, REQUIRED_CAPACITY, STAR_RATED_TYPES, type ListingType } from './listing-types.js';

/**
 * The unit of review: staff approve, correct or reject each of these separately. Texts are one
 * field per language; structured values (an address, the opening periods) are reviewed whole.
 */
export interface ListingField {
  path: string;
  label: string;
  /** How the review shows it: a short text, a long text (word-level diff), or a structured value. */
  kind: 'text' | 'longText' | 'value';
  /** The types that have this field; all when absent. */
  types?: readonly ListingType[];
  /** Only staff set it (internal criteria for print and web). */
  staffOnly?: boolean;
}

const ACCOMMODATIONS = (['HOTELLERIE', 'HEBERGEMENT_LOCATIF', 'HEBERGEMENT_COLLECTIF', 'HOTELLERIE_PLEIN_AIR'] as const).filter(isAccommodationType);

export const LISTING_FIELDS: readonly ListingField[] = [
  { path: 'name', label: 'Nom', kind: 'text' },
  ...LANGUAGES.map((l): ListingField => ({ path: `shortDescription.${l}`, label: `Description courte (${LANGUAGE_LABELS[l].toLowerCase()})`, kind: 'text' })),
  ...LANGUAGES.map((l): ListingField => ({ path: `longDescription.${l}`, label: `Description détaillée (${LANGUAGE_LABELS[l].toLowerCase()})`, kind: 'longText' })),
  { path: 'address', label: 'Adresse', kind: 'value' },
  { path: 'position', label: 'Position GPS', kind: 'value' },
  { path: 'contact.phone', label: 'Téléphone', kind: 'text' },
  { path: 'contact.email', label: 'E-mail', kind: 'text' },
  { path: 'contact.website', label: 'Site web', kind: 'text' },
  { path: 'openingPeriods', label: 'Périodes d’ouverture', kind: 'value' },
  { path: 'closures', label: 'Fermetures exceptionnelles', kind: 'value' },
  { path: 'prices', label: 'Tarifs', kind: 'value' },
  { path: 'paymentMethods', label: 'Moyens de paiement', kind: 'value' },
  { path: 'capacity.rooms', label: 'Nombre de chambres', kind: 'value', types: ['HOTELLERIE', 'HEBERGEMENT_COLLECTIF', 'HEBERGEMENT_LOCATIF'] },
  { path: 'capacity.persons', label: 'Capacité (personnes)', kind: 'value', types: ACCOMMODATIONS },
  { path: 'capacity.pitches', label: 'Nombre d’emplacements', kind: 'value', types: ['HOTELLERIE_PLEIN_AIR'] },
  { path: 'classification.stars', label: 'Classement (étoiles)', kind: 'value', types: STAR_RATED_TYPES },
  { path: 'classification.labels', label: 'Labels', kind: 'value' },
  { path: 'classification.registrationNumber', label: 'Numéro d’enregistrement du meublé', kind: 'text', types: ['HEBERGEMENT_LOCATIF'] },
  { path: 'eventDates', label: 'Dates de l’événement', kind: 'value', types: ['FETE_ET_MANIFESTATION'] },
  { path: 'photos', label: 'Photos', kind: 'value' },
  { path: 'internalCriteria', label: 'Critères internes', kind: 'value', staffOnly: true },
];

const BY_PATH = new Map(LISTING_FIELDS.map((field) => [field.path, field]));

export function listingField(path: string): ListingField | undefined {
  return BY_PATH.get(path);
}

/** The fields a listing of this type has, in the order forms and reviews show them. */
export function fieldsFor(type: ListingType): readonly ListingField[] {
  return LISTING_FIELDS.filter((field) => !field.types || field.types.includes(type));
}

export function requiredCapacity(type: ListingType) {
  return REQUIRED_CAPACITY[type] ?? null;
}

export function getField(content: ListingContent, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], content);
}

/** A copy of `content` with `path` set to `value` (the content itself is never changed). */
export function setField(content: ListingContent, path: string, value: unknown): ListingContent {
  const [head, ...rest] = path.split('.') as [keyof ListingContent, ...string[]];
  if (rest.length === 0) return { ...content, [head]: value };
  const inner = { ...(content[head] as Record<string, unknown>) };
  let cursor = inner;
  for (let i = 0; i < rest.length - 1; i++) {
    cursor[rest[i]!] = { ...(cursor[rest[i]!] as Record<string, unknown>) };
    cursor = cursor[rest[i]!] as Record<string, unknown>;
  }
  cursor[rest[rest.length - 1]!] = value;
  return { ...content, [head]: inner };
}

/** Equality of two field values as stored (JSON): key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
