import { emptyListingContent, type ListingContent } from './listing.js';
import type { ListingType } from './listing-types.js';

/** A valid listing of each type, for tables here and in the API's tests; override what a test exercises. */
export function validListingContent(type: ListingType, overrides: Partial<ListingContent> = {}): ListingContent {
  const base = emptyListingContent();
  return {
    ...base,
    name: 'Hôtel du Jura',
    shortDescription: { fr: 'Un hôtel calme au pied du Jura.', en: '', de: '' },
    address: { street: '12 rue de Genève', postalCode: '01170', communeCode: '01173' },
    contact: { phone: '04 50 41 53 85', email: 'contact@hotel-jura.fr', website: 'www.hotel-jura.fr' },
    capacity: {
      rooms: type === 'HOTELLERIE' ? 12 : null,
      persons: ['HEBERGEMENT_LOCATIF', 'HEBERGEMENT_COLLECTIF'].includes(type) ? 6 : null,
      pitches: type === 'HOTELLERIE_PLEIN_AIR' ? 80 : null,
    },
    eventDates: type === 'FETE_ET_MANIFESTATION' ? { start: '2026-07-14', end: '2026-07-15' } : null,
    ...overrides,
  };
}
