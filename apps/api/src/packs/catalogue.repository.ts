import { Injectable } from '@nestjs/common';
import type { CatalogueItem, CatalogueItemKind, OrganisationCategory, ValidCatalogueItem } from '@extranet/domain';
import type { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../prisma/prisma.service.js';

const itemSelect = {
  id: true, lineageId: true, version: true, kind: true, year: true, name: true, description: true,
  priceExclCents: true, vatRateBp: true, categories: true, position: true, archivedAt: true, replacedAt: true,
} as const satisfies Prisma.CatalogueItemSelect;
type ItemRow = Prisma.CatalogueItemGetPayload<{ select: typeof itemSelect }>;

export type CatalogueItemView = CatalogueItem & { replaced: boolean; sold: boolean };

function toDomain(row: ItemRow): CatalogueItem & { replaced: boolean } {
  const { archivedAt, replacedAt, ...rest } = row;
  return { ...rest, categories: rest.categories as OrganisationCategory[], archived: archivedAt !== null, replaced: replacedAt !== null };
}

export interface TermsView {
  id: string;
  version: number;
  body: string;
  publishedAt: Date;
}

/** The catalogue (packs and options, every version) and the terms of sale. Not tenant data. */
@Injectable()
export class CatalogueRepository {
  constructor(private readonly db: PrismaService) {}

  /** Current versions for a year (archived ones too when asked), in catalogue order. */
  async current(year: number, opts: { includeArchived: boolean; category?: OrganisationCategory }): Promise<CatalogueItemView[]> {
    const rows = await this.db.client.catalogueItem.findMany({
      where: {
        year, replacedAt: null,
        ...(opts.includeArchived ? {} : { archivedAt: null }),
        ...(opts.category ? { categories: { has: opts.category } } : {}),
      },
      orderBy: [{ kind: 'asc' }, { position: 'asc' }, { name: 'asc' }],
      select: { ...itemSelect, _count: { select: { lines: true } } },
    });
    return rows.map(({ _count, ...row }) => ({ ...toDomain(row), sold: _count.lines > 0 }));
  }

  async findById(id: string): Promise<CatalogueItemView | null> {
    const row = await this.db.client.catalogueItem.findUnique({ where: { id }, select: { ...itemSelect, _count: { select: { lines: true } } } });
    if (!row) return null;
    const { _count, ...rest } = row;
    return { ...toDomain(rest), sold: _count.lines > 0 };
  }

  async findByIds(ids: readonly string[]): Promise<(CatalogueItem & { replaced: boolean })[]> {
    const rows = await this.db.client.catalogueItem.findMany({ where: { id: { in: [...ids] } }, select: itemSelect });
    return rows.map(toDomain);
  }

  /** Locks the row so that a sale and an in-place edit cannot cross. */
  async lock(id: string): Promise<void> {
    await this.db.client.$executeRaw`SELECT 1 FROM "catalogue_item" WHERE "id" = ${id}::uuid FOR UPDATE`;
  }

  async nextPosition(year: number, kind: CatalogueItemKind): Promise<number> {
    const last = await this.db.client.catalogueItem.aggregate({ where: { year, kind, replacedAt: null }, _max: { position: true } });
    return (last._max.position ?? 0) + 1;
  }

  async create(item: ValidCatalogueItem & { position: number; lineageId?: string; version?: number }): Promise<string> {
    const row = await this.db.client.catalogueItem.create({
      data: { ...item, lineageId: item.lineageId ?? crypto.randomUUID() },
      select: { id: true },
    });
    return row.id;
  }

  async update(id: string, item: ValidCatalogueItem): Promise<void> {
    await this.db.client.catalogueItem.update({ where: { id }, data: item, select: { id: true } });
  }

  async markReplaced(id: string, at: Date): Promise<void> {
    await this.db.client.catalogueItem.update({ where: { id }, data: { replacedAt: at }, select: { id: true } });
  }

  async setArchived(id: string, at: Date | null): Promise<void> {
    await this.db.client.catalogueItem.update({ where: { id }, data: { archivedAt: at }, select: { id: true } });
  }

  async setPositions(ids: readonly string[]): Promise<void> {
    for (const [index, id] of ids.entries()) {
      await this.db.client.catalogueItem.update({ where: { id }, data: { position: index + 1 }, select: { id: true } });
    }
  }

  async currentTerms(): Promise<TermsView | null> {
    return this.db.client.termsOfSale.findFirst({ orderBy: { version: 'desc' }, select: { id: true, version: true, body: true, publishedAt: true } });
  }

  async termsVersions(): Promise<TermsView[]> {
    return this.db.client.termsOfSale.findMany({ orderBy: { version: 'desc' }, select: { id: true, version: true, body: true, publishedAt: true } });
  }

  /** The next version number; the unique version makes two simultaneous publications conflict. */
  async publishTerms(body: string, at: Date): Promise<TermsView> {
    const last = await this.db.client.termsOfSale.aggregate({ _max: { version: true } });
    return this.db.client.termsOfSale.create({
      data: { version: (last._max.version ?? 0) + 1, body, publishedAt: at },
      select: { id: true, version: true, body: true, publishedAt: true },
    });
  }

  /** The version of a pack or option now in the catalogue (a partner may have loaded an older one). */
  async currentOfLineage(lineageId: string): Promise<(CatalogueItem & { replaced: boolean }) | null> {
    const row = await this.db.client.catalogueItem.findFirst({ where: { lineageId, replacedAt: null }, select: itemSelect });
    return row ? toDomain(row) : null;
  }
}
