import { Injectable } from '@nestjs/common';
import type { OrganisationCategory, OrganisationProfile, Page } from '@extranet/domain';
import { PrismaService } from '../prisma/prisma.service.js';
import { translatePrismaErrors } from '../prisma/prisma-errors.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Organisation } from './models/organisation.model.js';

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

function toModel(row: OrganisationRow): Organisation {
  const { street, postalCode, communeCode, commune, ...rest } = row;
  return { ...rest, address: { street, postalCode, communeCode, communeName: commune.name } };
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

const UNIQUE_MESSAGES = { siret: 'Ce SIRET est déjà utilisé par une autre organisation.' };

@Injectable()
export class OrganisationsRepository {
  constructor(private readonly db: PrismaService) {}

  async findById(id: string): Promise<Organisation | null> {
    const row = await this.db.client.organisation.findUnique({ where: { id }, select: organisationSelect });
    return row ? toModel(row) : null;
  }

  async findByIds(ids: string[]): Promise<Organisation[]> {
    const rows = await this.db.client.organisation.findMany({ where: { id: { in: ids } }, select: organisationSelect });
    return rows.map(toModel);
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
    const rows = await this.db.client.organisation.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: organisationSelect });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { items: ids.flatMap(({ id }) => (byId.has(id) ? [toModel(byId.get(id)!)] : [])), total };
  }

  async update(id: string, profile: OrganisationProfile): Promise<Organisation> {
    const { address, ...fields } = profile;
    const row = await translatePrismaErrors(
      () =>
        this.db.client.organisation.update({
          where: { id },
          data: { ...fields, ...address, version: { increment: 1 } },
          select: organisationSelect,
        }),
      { unique: UNIQUE_MESSAGES },
    );
    return toModel(row);
  }
}
