// Listing types, named as Apidae names its objects, so that import and export map one to one.
export const LISTING_TYPES = [
  'HOTELLERIE',
  'HEBERGEMENT_LOCATIF',
  'HEBERGEMENT_COLLECTIF',
  'HOTELLERIE_PLEIN_AIR',
  'RESTAURATION',
  'ACTIVITE',
  'FETE_ET_MANIFESTATION',
  'EQUIPEMENT',
  'COMMERCE_ET_SERVICE',
  'PATRIMOINE_CULTUREL',
  'PATRIMOINE_NATUREL',
] as const;
export type ListingType = (typeof LISTING_TYPES)[number];

export const LISTING_TYPE_LABELS: Readonly<Record<ListingType, string>> = {
  HOTELLERIE: 'Hôtel',
  HEBERGEMENT_LOCATIF: 'Meublé, gîte ou chambre d’hôtes',
  HEBERGEMENT_COLLECTIF: 'Hébergement de groupe',
  HOTELLERIE_PLEIN_AIR: 'Camping',
  RESTAURATION: 'Restaurant',
  ACTIVITE: 'Activité',
  FETE_ET_MANIFESTATION: 'Fête et manifestation',
  EQUIPEMENT: 'Équipement',
  COMMERCE_ET_SERVICE: 'Commerce et service',
  PATRIMOINE_CULTUREL: 'Patrimoine culturel',
  PATRIMOINE_NATUREL: 'Patrimoine naturel',
};

export function isListingType(value: string): value is ListingType {
  return (LISTING_TYPES as readonly string[]).includes(value);
}

const ACCOMMODATION_TYPES: readonly ListingType[] = ['HOTELLERIE', 'HEBERGEMENT_LOCATIF', 'HEBERGEMENT_COLLECTIF', 'HOTELLERIE_PLEIN_AIR'];

/** Accommodations carry a capacity and a classification, and collect the tourist tax. */
export function isAccommodationType(type: ListingType): boolean {
  return ACCOMMODATION_TYPES.includes(type);
}

/** The capacity a type must state: rooms for hotels, pitches for campsites, persons otherwise. */
export const REQUIRED_CAPACITY: Readonly<Partial<Record<ListingType, 'rooms' | 'persons' | 'pitches'>>> = {
  HOTELLERIE: 'rooms',
  HEBERGEMENT_LOCATIF: 'persons',
  HEBERGEMENT_COLLECTIF: 'persons',
  HOTELLERIE_PLEIN_AIR: 'pitches',
};

/** Types classified in stars (1 to 5) by Atout France. */
export const STAR_RATED_TYPES: readonly ListingType[] = ['HOTELLERIE', 'HEBERGEMENT_LOCATIF', 'HOTELLERIE_PLEIN_AIR'];

/**
 * How often, in days, a listing of each type must be confirmed up to date: events weekly,
 * restaurants and activities monthly, everything else yearly. Staff may change these.
 */
export const DEFAULT_UPDATE_FREQUENCY_DAYS: Readonly<Record<ListingType, number>> = {
  HOTELLERIE: 365,
  HEBERGEMENT_LOCATIF: 365,
  HEBERGEMENT_COLLECTIF: 365,
  HOTELLERIE_PLEIN_AIR: 365,
  RESTAURATION: 30,
  ACTIVITE: 30,
  FETE_ET_MANIFESTATION: 7,
  EQUIPEMENT: 365,
  COMMERCE_ET_SERVICE: 365,
  PATRIMOINE_CULTUREL: 365,
  PATRIMOINE_NATUREL: 365,
};
