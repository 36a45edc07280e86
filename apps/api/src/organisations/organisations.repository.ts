import { Injectable } from '@nestjs/common';
import type { AccessScope, Organisation, OrganisationCategory, OrganisationProfile, Page } from '@extranet/domain';
import { PrismaService } from '../prisma/prisma.service.js';
import { withinScope } from '../prisma/scope.js';
import { Prisma } from '../generated/prisma/client.js';

const organisationSelect = {
  id: true,
  name: true,
  category: true,
  legalForm: true,
  siret: true,
  street: true,
  postalCode: true,
  communeCode: true,
  commune: { select: { name: true } },
  phone: true,
  email: true,
  website: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.OrganisationSelect;

type OrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof organisationSelect }>;

function toDomain(row: OrganisationRow): Organisation {
  const { street, postalCode, communeCode, commune, ...rest } = row;
  return { ...rest, organisationId: row.id, address: { street, postalCode, communeCode, communeName: commune.name } };
}

export interface OrganisationSearch {
  search?: string | null;
  categories: readonly OrganisationCategory[];
  communeCode?: string | null;
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class OrganisationsRepository {
  constructor(private readonly db: PrismaService) {}

  /** The organisation, if it exists and lies within `scope`. */
  async findById(id: string, scope: AccessScope): Promise<Organisation | null> {
    const row = await this.db.client.organisation.findFirst({ where: withinScope({ id }, scope, 'id'), select: organisationSelect });
    return row ? toDomain(row) : null;
  }

  /** Related rows of objects already authorised (a user's memberships): no scope, batched by the caller. */
  async findByIds(ids: readonly string[]): Promise<Organisation[]> {
    const rows = await this.db.client.organisation.findMany({ where: { id: { in: [...ids] } }, select: organisationSelect });
    return rows.map(toDomain);
  }

  /** Accent- and case-insensitive name search (unaccent), filters, stable order by name. */
  async search(filter: OrganisationSearch, page: Page): Promise<{ items: Organisation[]; total: number }> {
    const conditions = [Prisma.sql`TRUE`];
    const search = filter.search?.trim();
    if (search) conditions.push(Prisma.sql`unaccent(lower("name")) LIKE unaccent(lower(${`%${escapeLike(search)}%`}))`);
    conditions.push(Prisma.sql`"category"::text IN (${Prisma.join(filter.categories)})`);
    if (filter.communeCode) conditions.push(Prisma.sql`"commune_code" = ${filter.communeCode}`);
    const where = Prisma.join(conditions, ' AND ');
    const [ids, [{ total }]] = await Promise.all([
      this.db.client.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "organisation" WHERE ${where}
        ORDER BY unaccent(lower("name")), "id" OFFSET ${page.offset} LIMIT ${page.limit}`,
      this.db.client.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS "total" FROM "organisation" WHERE ${where}`,
    ]);
    const byId = new Map((await this.findByIds(ids.map((r) => r.id))).map((o) => [o.id, o]));
    return { items: ids.flatMap(({ id }) => (byId.has(id) ? [byId.get(id)!] : [])), total };
  }

  /**
   * Saves the profile if the stored version is still `expectedVersion`, and returns the new state;
   * null when someone else saved first (the caller answers CONFLICT).
   */
  async update(id: string, expectedVersion: number, profile: OrganisationProfile): Promise<Organisation | null> {
    const { address, ...fields } = profile;
    const { count } = await this.db.client.organisation.updateMany({
      where: { id, version: expectedVersion },
      data: { ...fields, ...address, version: { increment: 1 } },
    });
    return count === 1 ? this.findById(id, { all: true }) : null;
  }
}
