export const ORGANISATION_CATEGORIES = [
  'HOTEL',
  'TOURIST_RESIDENCE',
  'RESTAURANT',
  'CAMPSITE',
  'FURNISHED_LET',
  'ACTIVITY_PROVIDER',
  'SHOP',
  'ASSOCIATION',
  'TOURISM_OFFICE',
] as const;

export type OrganisationCategory = (typeof ORGANISATION_CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<OrganisationCategory, string>> = {
  HOTEL: 'Hôtel',
  TOURIST_RESIDENCE: 'Résidence de tourisme',
  RESTAURANT: 'Restaurant',
  CAMPSITE: 'Camping',
  FURNISHED_LET: 'Meublé / gîte / chambre d’hôtes',
  ACTIVITY_PROVIDER: 'Prestataire d’activités',
  SHOP: 'Commerce',
  ASSOCIATION: 'Association',
  TOURISM_OFFICE: 'Office de tourisme',
};

/** The office itself is an organisation too, but never a partner. */
export const PARTNER_CATEGORIES: readonly OrganisationCategory[] = ORGANISATION_CATEGORIES.filter(
  (category) => category !== 'TOURISM_OFFICE',
);

export function isOrganisationCategory(value: string): value is OrganisationCategory {
  return (ORGANISATION_CATEGORIES as readonly string[]).includes(value);
}

const ACCOMMODATION_CATEGORIES: readonly OrganisationCategory[] = [
  'HOTEL',
  'TOURIST_RESIDENCE',
  'CAMPSITE',
  'FURNISHED_LET',
];

/** Accommodation providers collect the tourist tax (taxe de séjour). */
export function isAccommodationCategory(category: OrganisationCategory): boolean {
  return ACCOMMODATION_CATEGORIES.includes(category);
}

/**
 * Why a category change is refused, or null. The office's own organisation keeps its category,
 * and no partner takes it: the partner directory and the office's rights rely on it.
 */
export function categoryChangeProblem(current: OrganisationCategory, next: OrganisationCategory): string | null {
  if (current === next) return null;
  if (current === 'TOURISM_OFFICE' || next === 'TOURISM_OFFICE') {
    return 'La catégorie «\u00a0Office de tourisme\u00a0» est réservée à l’office lui-même et ne se change pas.';
  }
  return null;
}
