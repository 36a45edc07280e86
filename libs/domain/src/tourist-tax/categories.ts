// What kind of accommodation a tax account is, and which line of the national tariff grid
// (CGCT L2333-30) it falls into.

/** The kinds of accommodation the law names (L2333-26, R2333-44). */
export const ACCOMMODATION_KINDS = [
  'HOTEL',
  'TOURIST_RESIDENCE',
  'FURNISHED_LET',
  'HOLIDAY_VILLAGE',
  'CHAMBRE_HOTES',
  'AUBERGE_COLLECTIVE',
  'CAMPSITE',
  'MOTORHOME_AREA',
  'MARINA',
  'PALACE',
] as const;
export type AccommodationKind = (typeof ACCOMMODATION_KINDS)[number];

export const ACCOMMODATION_KIND_LABELS: Record<AccommodationKind, string> = {
  HOTEL: 'Hôtel de tourisme',
  TOURIST_RESIDENCE: 'Résidence de tourisme',
  FURNISHED_LET: 'Meublé de tourisme',
  HOLIDAY_VILLAGE: 'Village de vacances',
  CHAMBRE_HOTES: 'Chambres d’hôtes',
  AUBERGE_COLLECTIVE: 'Auberge collective',
  CAMPSITE: 'Terrain de camping',
  MOTORHOME_AREA: 'Aire de camping-cars',
  MARINA: 'Port de plaisance',
  PALACE: 'Palace',
};

/** Kinds that can hold a star classification (1 to 5). */
export const STAR_CLASSIFIED_KINDS: readonly AccommodationKind[] = ['HOTEL', 'TOURIST_RESIDENCE', 'FURNISHED_LET', 'HOLIDAY_VILLAGE', 'CAMPSITE'];

/** Capacity is counted in pitches for these (campsite capacity for the flat rate = 3 × pitches). */
export const PITCH_KINDS: readonly AccommodationKind[] = ['CAMPSITE', 'MOTORHOME_AREA'];

/** Lines of the national grid (L2333-30), plus the proportional rate for unclassified accommodation. */
export const TAX_CATEGORIES = [
  'PALACE',
  'STARS_5',
  'STARS_4',
  'STARS_3',
  'STARS_2',
  'STARS_1',
  'CAMPSITE_HIGH',
  'CAMPSITE_LOW',
  'UNCLASSIFIED',
] as const;
export type TaxCategory = (typeof TAX_CATEGORIES)[number];
/** Categories taxed at a fixed tariff per person per night. */
export type ClassifiedCategory = Exclude<TaxCategory, 'UNCLASSIFIED'>;
export const CLASSIFIED_CATEGORIES: readonly ClassifiedCategory[] = TAX_CATEGORIES.filter(
  (c): c is ClassifiedCategory => c !== 'UNCLASSIFIED',
);

export const TAX_CATEGORY_LABELS: Record<TaxCategory, string> = {
  PALACE: 'Palaces',
  STARS_5: 'Hôtels, résidences et meublés de tourisme 5 étoiles',
  STARS_4: 'Hôtels, résidences et meublés de tourisme 4 étoiles',
  STARS_3: 'Hôtels, résidences et meublés de tourisme 3 étoiles',
  STARS_2: 'Hôtels, résidences et meublés de tourisme 2 étoiles, villages de vacances 4 et 5 étoiles',
  STARS_1:
    'Hôtels, résidences et meublés de tourisme 1 étoile, villages de vacances 1 à 3 étoiles, chambres d’hôtes, auberges collectives',
  CAMPSITE_HIGH: 'Campings 3 à 5 étoiles, aires de camping-cars et parcs de stationnement touristiques (par tranche de 24 h)',
  CAMPSITE_LOW: 'Campings 1 et 2 étoiles, campings non classés, ports de plaisance',
  UNCLASSIFIED: 'Hébergements sans classement ou en attente de classement (taux proportionnel)',
};

/** Short label for lists and forms. */
export const TAX_CATEGORY_SHORT_LABELS: Record<TaxCategory, string> = {
  PALACE: 'Palace',
  STARS_5: '5 étoiles',
  STARS_4: '4 étoiles',
  STARS_3: '3 étoiles',
  STARS_2: '2 étoiles',
  STARS_1: '1 étoile, chambres d’hôtes',
  CAMPSITE_HIGH: 'Camping 3 à 5 étoiles, aire de camping-cars',
  CAMPSITE_LOW: 'Camping 1 et 2 étoiles ou non classé, port',
  UNCLASSIFIED: 'Non classé (taux proportionnel)',
};

/**
 * The grid line of an accommodation from its kind and stars (null = not classified).
 * Chambres d'hôtes and auberges collectives have their own line whatever their label; unclassified
 * campsites are taxed like 1–2-star ones (L2333-30, since the 2023 finance law), not proportionally;
 * the proportional rate concerns the other unclassified accommodation (hotels, residences, lets,
 * holiday villages).
 */
export function taxCategoryOf(kind: AccommodationKind, stars: number | null): TaxCategory {
  switch (kind) {
    case 'PALACE':
      return 'PALACE';
    case 'CHAMBRE_HOTES':
    case 'AUBERGE_COLLECTIVE':
      return 'STARS_1';
    case 'MOTORHOME_AREA':
      return 'CAMPSITE_HIGH';
    case 'MARINA':
      return 'CAMPSITE_LOW';
    case 'CAMPSITE':
      return stars !== null && stars >= 3 ? 'CAMPSITE_HIGH' : 'CAMPSITE_LOW';
    case 'HOLIDAY_VILLAGE':
      if (stars === null) return 'UNCLASSIFIED';
      return stars >= 4 ? 'STARS_2' : 'STARS_1';
    default:
      if (stars === null) return 'UNCLASSIFIED';
      return (['STARS_1', 'STARS_2', 'STARS_3', 'STARS_4', 'STARS_5'] as const)[Math.min(Math.max(stars, 1), 5) - 1];
  }
}

/** Whether capacity is a number of pitches rather than beds. */
export function capacityInPitches(kind: AccommodationKind): boolean {
  return PITCH_KINDS.includes(kind);
}
