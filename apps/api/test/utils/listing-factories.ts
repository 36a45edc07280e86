// Test-data builders for listings, written straight to the database.
import { freshnessOf, updateFrequencyDays, validateListing, validListingContent, type ListingContent, type ListingType } from '@extranet/domain';
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client.js';

export interface ListingFields {
  type: ListingType;
  content: ListingContent;
  version: number;
  lastConfirmedAt: Date;
  apidaeId: number | null;
}

/** A published, valid listing of `organisationId`; every field can be overridden. */
export async function createListing(prisma: PrismaClient, organisationId: string, overrides: Partial<ListingFields> = {}) {
  const type = overrides.type ?? 'HOTELLERIE';
  const checked = validateListing(type, overrides.content ?? validListingContent(type));
  if (!checked.ok) throw new Error(`createListing: invalid content ${JSON.stringify(checked.errors)}`);
  const content = checked.value;
  const lastConfirmedAt = overrides.lastConfirmedAt ?? new Date();
  const { dueAt, staleAt } = freshnessOf(lastConfirmedAt, updateFrequencyDays(type), lastConfirmedAt);
  return prisma.listing.create({
    data: {
      organisationId,
      type,
      name: content.name,
      communeCode: content.address.communeCode,
      content: content as unknown as Prisma.InputJsonValue,
      version: overrides.version ?? 1,
      lastConfirmedAt,
      dueAt,
      staleAt,
      apidaeId: overrides.apidaeId ?? null,
    },
    select: { id: true, organisationId: true, version: true, type: true, name: true },
  });
}
