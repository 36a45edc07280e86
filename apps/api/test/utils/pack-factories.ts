// Test builders for service packs, written straight to the database; valid by default.
import { randomUUID } from 'node:crypto';
import type { CatalogueItemKind, OrganisationCategory } from '@extranet/domain';
import type { PrismaClient } from '../../src/generated/prisma/client.js';

let counter = 0;

export interface CatalogueItemFields {
  kind: CatalogueItemKind;
  year: number;
  name: string;
  description: string;
  priceExclCents: number;
  vatRateBp: number;
  categories: OrganisationCategory[];
  position: number;
  archivedAt: Date | null;
}

export async function createCatalogueItem(prisma: PrismaClient, overrides: Partial<CatalogueItemFields> = {}) {
  counter += 1;
  return prisma.catalogueItem.create({
    data: {
      kind: 'PACK', year: 2030, name: `Pack ${counter}`, description: 'Visibilité sur le site et la brochure.',
      priceExclCents: 40_000 + counter, vatRateBp: 2000, categories: ['HOTEL'], position: counter, archivedAt: null,
      ...overrides, lineageId: randomUUID(),
    },
  });
}

/** Publishes a new current version of the terms of sale. */
export async function publishTerms(prisma: PrismaClient, body = 'Article 1 — Les présentes conditions générales de vente s’appliquent aux packs.') {
  const last = await prisma.termsOfSale.aggregate({ _max: { version: true } });
  return prisma.termsOfSale.create({ data: { version: (last._max.version ?? 0) + 1, body } });
}

/**
 * The current terms, published when none exist yet. Safe when called concurrently (a test's
 * Promise.all): the loser of the race to publish version 1 reads the winner's.
 */
export async function currentTerms(prisma: PrismaClient) {
  const latest = () => prisma.termsOfSale.findFirst({ orderBy: { version: 'desc' } });
  const found = await latest();
  if (found) return found;
  try {
    return await publishTerms(prisma);
  } catch (error) {
    if ((error as { code?: string }).code !== 'P2002') throw error;
    return (await latest())!;
  }
}
