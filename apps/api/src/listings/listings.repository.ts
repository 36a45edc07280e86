import { Injectable } from '@nestjs/common';
import type { AccessScope, Freshness, Listing, ListingContent, ListingType, Page } from '@extranet/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../prisma/prisma.service.js';
import { withinScope } from '../prisma/scope.js';

const listingSelect = {
  id: true,
  organisationId: true,
  type: true,
  content: true,
  version: true,
  lastConfirmedAt: true,
  apidaeId: true,
  updatedAt: true,
} as const satisfies Prisma.ListingSelect;

type ListingRow = Prisma.ListingGetPayload<{ select: typeof listingSelect }>;

function toDomain(row: ListingRow): Listing {
  return { ...row, content: row.content as unknown as ListingContent, apidaeId: row.apidaeId === null ? null : Number(row.apidaeId) };
}

export interface ListingFilter {
  type?: ListingType | null;
  freshness?: Freshness | null;
  search?: string | null;
}

/** When a listing turns due soon and stale; the service computes them with the domain's freshnessOf. */
export interface FreshnessDates {
  lastConfirmedAt: Date;
  dueAt: Date;
  staleAt: Date;
}

@Injectable()
export class ListingsRepository {
  constructor(private readonly db: PrismaService) {}

  async findById(id: string, scope: AccessScope): Promise<Listing | null> {
    const row = await this.db.client.listing.findFirst({ where: withinScope({ id }, scope), select: listingSelect });
    return row ? toDomain(row) : null;
  }

  /**
   * An organisation's listings, by name; freshness filters use the stored due and stale dates.
   * Raw SQL (typed rows), the partner's « Mes fiches » being a hot read: a page of contents through
   * Prisma's query compiler cost several times the statement itself.
   */
  async listForOrganisation(organisationId: string, filter: ListingFilter, page: Page, now: Date): Promise<{ items: Listing[]; total: number }> {
    const at = now.toISOString();
    const conditions = [Prisma.sql`l."organisation_id" = ${organisationId}::uuid`];
    if (filter.type) conditions.push(Prisma.sql`l."type" = ${filter.type}::"ListingType"`);
    const search = filter.search?.trim();
    if (search) conditions.push(Prisma.sql`l."name" ILIKE ${`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
    if (filter.freshness === 'STALE') conditions.push(Prisma.sql`l."stale_at" <= ${at}::timestamptz`);
    if (filter.freshness === 'DUE_SOON') conditions.push(Prisma.sql`l."due_at" <= ${at}::timestamptz AND l."stale_at" > ${at}::timestamptz`);
    if (filter.freshness === 'FRESH') conditions.push(Prisma.sql`l."due_at" > ${at}::timestamptz`);
    const where = Prisma.join(conditions, ' AND ');
    const [rows, [count]] = await Promise.all([
      this.db.client.$queryRaw<(Omit<Listing, 'apidaeId'> & { apidaeId: bigint | null })[]>`
        SELECT l."id"::text AS id, l."organisation_id"::text AS "organisationId", l."type"::text AS type, l."content", l."version",
          l."last_confirmed_at" AS "lastConfirmedAt", l."apidae_id" AS "apidaeId", l."updated_at" AS "updatedAt"
        FROM "listing" l WHERE ${where}
        ORDER BY l."name" ASC, l."id" ASC LIMIT ${page.limit} OFFSET ${page.offset}`,
      this.db.client.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "listing" l WHERE ${where}`,
    ]);
    return { items: rows.map((row) => ({ ...row, apidaeId: row.apidaeId === null ? null : Number(row.apidaeId) })), total: Number(count!.total) };
  }

  /** Listings of an organisation that need its attention: due soon or stale, the stalest first. */
  async needingConfirmation(organisationId: string, now: Date, limit: number): Promise<Listing[]> {
    const rows = await this.db.client.listing.findMany({
      where: { organisationId, dueAt: { lte: now } },
      select: listingSelect,
      orderBy: [{ staleAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
    return rows.map(toDomain);
  }

  async create(data: { organisationId: string; type: ListingType; content: ListingContent } & FreshnessDates): Promise<Listing> {
    const { content, ...rest } = data;
    const row = await this.db.client.listing.create({
      data: { ...rest, content: content as unknown as Prisma.InputJsonValue, name: content.name, communeCode: content.address.communeCode },
      select: listingSelect,
    });
    return toDomain(row);
  }

  /** Publishes new content if the listing is still at `expectedVersion`; null when it changed meanwhile. */
  async publish(id: string, expectedVersion: number, content: ListingContent, dates: FreshnessDates): Promise<Listing | null> {
    const { count } = await this.db.client.listing.updateMany({
      where: { id, version: expectedVersion },
      data: { ...dates, content: content as unknown as Prisma.InputJsonValue, name: content.name, communeCode: content.address.communeCode, version: { increment: 1 } },
    });
    return count === 1 ? this.findById(id, { all: true }) : null;
  }

  /** « Rien n'a changé »: a new freshness period, the content and version untouched. */
  async confirm(id: string, dates: FreshnessDates): Promise<Listing | null> {
    const { count } = await this.db.client.listing.updateMany({ where: { id }, data: dates });
    return count === 1 ? this.findById(id, { all: true }) : null;
  }

  /** The office's frequencies (days) by type, where it set its own. */
  async frequencies(): Promise<Partial<Record<ListingType, number>>> {
    const rows = await this.db.client.listingFrequency.findMany({ select: { type: true, days: true } });
    return Object.fromEntries(rows.map((r) => [r.type, r.days]));
  }
}
