import { Injectable } from '@nestjs/common';
import type { AccessScope, LegalForm, Organisation, OrganisationCategory, OrganisationProfile, Page } from '@extranet/domain';
import { PrismaService } from '../prisma/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';

export interface OrganisationSearch {
  search?: string | null;
  categories: readonly OrganisationCategory[];
  communeCode?: string | null;
}

/** Where a page of the directory starts: after this organisation, in directory order. */
export interface DirectoryPosition {
  /** directory_key(name), the sort key (prisma/migrations/…_directory_indexes). */
  key: string;
  id: string;
}

/** The columns of `Organisation`, as typed raw rows. */
interface OrganisationRawRow {
  id: string;
  name: string;
  category: OrganisationCategory;
  legalForm: LegalForm;
  siret: string | null;
  street: string;
  postalCode: string;
  communeCode: string;
  communeName: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  version: number;
  updatedAt: Date;
}

/** One statement for an organisation and its commune's name; `o` and `c` name the two tables. */
const ORGANISATION_COLUMNS = Prisma.sql`
  o."id", o."name", o."category"::text AS "category", o."legal_form"::text AS "legalForm", o."siret",
  o."street", o."postal_code" AS "postalCode", o."commune_code" AS "communeCode", c."name" AS "communeName",
  o."phone", o."email", o."website", o."version", o."updated_at" AS "updatedAt"`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function rawToDomain({ street, postalCode, communeCode, communeName, ...rest }: OrganisationRawRow): Organisation {
  return { ...rest, organisationId: rest.id, address: { street, postalCode, communeCode, communeName } };
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The directory's conditions, on the expressions its indexes hold: directory_key("name") (the
 * IMMUTABLE unaccent(lower(name))) for the search (trigram index) and the order (b-tree on
 * (directory_key, id)), and the category compared as the enum, never cast per row.
 */
function directoryWhere(filter: OrganisationSearch): Prisma.Sql {
  const conditions = [Prisma.sql`"category" = ANY(${[...filter.categories]}::"OrganisationCategory"[])`];
  const search = filter.search?.trim();
  if (search) conditions.push(Prisma.sql`directory_key("name") LIKE directory_key(${`%${escapeLike(search)}%`})`);
  if (filter.communeCode) conditions.push(Prisma.sql`"commune_code" = ${filter.communeCode}`);
  return Prisma.join(conditions, ' AND ');
}

/**
 * One page of the directory, in directory order, starting after `after` when given, then skipping
 * `page.offset` rows; one row more than the page, to know whether another follows. The inner
 * query reads only the covering index (…_directory_indexes); the outer one joins the page's rows
 * and their commune. Exported for the EXPLAIN test.
 */
export function directoryPageQuery(filter: OrganisationSearch, page: Page, after?: DirectoryPosition): Prisma.Sql {
  const where = after
    ? Prisma.sql`${directoryWhere(filter)} AND (directory_key("name"), "id") > (${after.key}, ${after.id}::uuid)`
    : directoryWhere(filter);
  return Prisma.sql`
    SELECT ${ORGANISATION_COLUMNS}, p."key"
    FROM (
      SELECT "id", directory_key("name") AS "key" FROM "organisation" WHERE ${where}
      ORDER BY directory_key("name"), "id" OFFSET ${page.offset} LIMIT ${page.limit + 1}
    ) p
    JOIN "organisation" o ON o."id" = p."id"
    JOIN "commune" c ON c."code" = o."commune_code"
    ORDER BY p."key", p."id"`;
}

/**
 * The total and the page in one statement (one round trip, one raw call): the count on the
 * directory's conditions, left-joined to the page, so an empty page still gives one row, of nulls
 * but the total.
 */
function directoryQuery(filter: OrganisationSearch, page: Page, after?: DirectoryPosition): Prisma.Sql {
  return Prisma.sql`
    WITH "counted" AS (SELECT count(*)::int AS "total" FROM "organisation" WHERE ${directoryWhere(filter)})
    SELECT n."total", p.* FROM "counted" n LEFT JOIN (${directoryPageQuery(filter, page, after)}) p ON true
    ORDER BY p."key", p."id"`;
}

type DirectoryRow = { total: number } & (
  | (OrganisationRawRow & { key: string })
  | { [K in keyof OrganisationRawRow | 'key']: null }
);

export interface DirectoryPage {
  items: Organisation[];
  total: number;
  /** Where the next page starts; null on the last page. */
  next: DirectoryPosition | null;
}

@Injectable()
export class OrganisationsRepository {
  constructor(private readonly db: PrismaService) {}

  /**
   * One organisation within the caller's scope, with its commune: one typed raw statement, not a
   * Prisma query and its relation (two statements, each compiled); raw-queries.e2e-spec compares
   * them. Outside a transaction the answer is shared by the
   * rest of the HTTP request (PrismaService.memo, keyed by id and scope): a team page's
   * `organisation`, `members` and `invitations` each load it for their own access check, and it
   * is read once. Each caller still runs the policy on it; a transaction always reads afresh.
   */
  async findById(id: string, scope: AccessScope): Promise<Organisation | null> {
    if (!UUID.test(id)) return null;
    const scopeKey = scope.all ? 'all' : [...scope.organisationIds].sort().join(',');
    return this.db.memo(`organisation:${id}:${scopeKey}`, async () => {
      const inScope = scope.all ? Prisma.empty : Prisma.sql` AND o."id" = ANY(${[...scope.organisationIds]}::uuid[])`;
      const rows = await this.db.client.$queryRaw<OrganisationRawRow[]>`
        SELECT ${ORGANISATION_COLUMNS} FROM "organisation" o JOIN "commune" c ON c."code" = o."commune_code"
        WHERE o."id" = ${id}::uuid${inScope}`;
      return rows[0] ? rawToDomain(rows[0]) : null;
    });
  }

  /** Related rows of objects already authorised (a user's memberships): no scope, batched by the caller. */
  async findByIds(ids: readonly string[]): Promise<Organisation[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return [];
    const rows = await this.db.client.$queryRaw<OrganisationRawRow[]>`
      SELECT ${ORGANISATION_COLUMNS} FROM "organisation" o JOIN "commune" c ON c."code" = o."commune_code"
      WHERE o."id" = ANY(${valid}::uuid[])`;
    return rows.map(rawToDomain);
  }

  /**
   * The partner directory: accent- and case-insensitive name search, filters, ordered by
   * unaccent(lower(name)) then id, and the total. One typed raw statement (the count, and the page
   * with its communes) instead of the Prisma client: this is the office's busiest read
   * (docs/architecture.md, « Performance »); test/raw-queries.e2e-spec.ts compares it with the
   * previous version.
   */
  async search(filter: OrganisationSearch, page: Page, after?: DirectoryPosition): Promise<DirectoryPage> {
    const rows = await this.db.client.$queryRaw<DirectoryRow[]>(directoryQuery(filter, page, after));
    const found = rows.filter((row): row is DirectoryRow & { id: string } => row.id !== null);
    const more = found.length > page.limit;
    const items = found.slice(0, page.limit);
    const last = items.at(-1);
    return {
      items: items.map(({ key: _key, total: _total, ...row }) => rawToDomain(row)),
      total: rows[0]?.total ?? 0,
      next: more && last ? { key: last.key, id: last.id } : null,
    };
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
