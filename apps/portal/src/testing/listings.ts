import type { ListingContent, ListingType } from '@extranet/domain/listings';
import { validListingContent } from '@extranet/domain/listings';

// API payloads about listings, shaped as the API answers (with __typename, as Apollo asks for it).

/** A listing's content as the API sends it. */
export function contentPayload(content: ListingContent) {
  return {
    __typename: 'ListingContent' as const,
    name: content.name,
    shortDescription: { __typename: 'TranslatedText' as const, ...content.shortDescription },
    longDescription: { __typename: 'TranslatedText' as const, ...content.longDescription },
    address: { __typename: 'ListingAddress' as const, ...content.address },
    position: content.position ? { __typename: 'GeoPoint' as const, ...content.position } : null,
    contact: { __typename: 'ListingContact' as const, ...content.contact },
    openingPeriods: content.openingPeriods.map((p) => ({
      __typename: 'OpeningPeriod' as const,
      ...p,
      hours: p.hours.map((h) => ({ __typename: 'OpeningHours' as const, ...h })),
    })),
    closures: content.closures,
    prices: content.prices.map((p) => ({ __typename: 'Price' as const, ...p })),
    paymentMethods: content.paymentMethods,
    capacity: { __typename: 'Capacity' as const, ...content.capacity },
    classification: { __typename: 'Classification' as const, ...content.classification },
    eventDates: content.eventDates ? { __typename: 'EventDates' as const, ...content.eventDates } : null,
    photos: content.photos.map((p) => ({ __typename: 'ListingPhoto' as const, ...p })),
    internalCriteria: content.internalCriteria,
  };
}

export interface ChangeOptions {
  path: string;
  label: string;
  kind: 'text' | 'longText' | 'value';
  before: unknown;
  after: unknown;
}

export function changeRequestPayload(
  overrides: Partial<{ id: string; listingId: string | null; status: string; version: number; comment: string | null; changes: ChangeOptions[] }> = {},
) {
  return {
    __typename: 'ChangeRequest' as const,
    id: overrides.id ?? 'request-1',
    listingId: overrides.listingId === undefined ? 'listing-1' : overrides.listingId,
    organisationId: 'org-1',
    organisationName: 'Hôtel du Jura',
    type: 'HOTELLERIE' as const,
    listingName: 'Hôtel du Jura',
    communeCode: '01173',
    communeName: 'Gex',
    status: (overrides.status ?? 'OPEN') as 'OPEN',
    version: overrides.version ?? 1,
    baseVersion: 3,
    submittedAt: '2026-11-20T09:00:00.000Z',
    submittedByName: 'Claire Martin',
    reviewedAt: null,
    reviewedByName: null,
    comment: overrides.comment ?? null,
    changes: (overrides.changes ?? []).map((c) => ({ __typename: 'FieldChange' as const, ...c })),
    decisions: null,
  };
}

export function listingPayload(
  options: Partial<{ id: string; type: ListingType; version: number; content: ListingContent; freshness: string; openRequest: ReturnType<typeof changeRequestPayload> | null }> = {},
) {
  const type = options.type ?? 'HOTELLERIE';
  return {
    __typename: 'Listing' as const,
    id: options.id ?? 'listing-1',
    organisationId: 'org-1',
    type,
    version: options.version ?? 3,
    freshness: options.freshness ?? 'FRESH',
    lastConfirmedAt: '2026-06-01T08:00:00.000Z',
    dueAt: '2027-03-20T08:00:00.000Z',
    staleAt: '2027-06-01T08:00:00.000Z',
    updatedAt: '2026-06-01T08:00:00.000Z',
    content: contentPayload(options.content ?? hotelContent()),
    openRequest: options.openRequest ?? null,
  };
}

/** A valid hotel with one opening period and one price. */
export function hotelContent(overrides: Partial<ListingContent> = {}): ListingContent {
  return validListingContent('HOTELLERIE', {
    openingPeriods: [
      { from: '2026-04-01', to: '2026-10-31', weekdays: [2, 3, 4, 5, 6], hours: [{ opens: '08:00', closes: '22:00' }], note: '' },
    ],
    prices: [{ label: 'Chambre double', min: 8500, max: 12000, period: 'par nuit' }],
    paymentMethods: ['CARTE_BANCAIRE'],
    ...overrides,
  });
}
