import { Injectable } from '@nestjs/common';
import type { AccessScope, ChangeRequest, ChangeRequestStatus, FieldChange, FieldDecision, ListingType, Page } from '@extranet/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../prisma/prisma.service.js';
import { withinScope } from '../prisma/scope.js';

const requestSelect = {
  id: true,
  organisationId: true,
  listingId: true,
  type: true,
  listingName: true,
  communeCode: true,
  changes: true,
  baseVersion: true,
  status: true,
  version: true,
  submittedById: true,
  submittedAt: true,
  reviewedById: true,
  reviewedAt: true,
  decisions: true,
  comment: true,
} as const satisfies Prisma.ChangeRequestSelect;

/** A request with the names the queue and the review page show (joined here, not per item). */
export interface ChangeRequestView extends ChangeRequest {
  organisationName: string;
  communeName: string;
  submittedByName: string | null;
  reviewedByName: string | null;
}

type Row = Prisma.ChangeRequestGetPayload<{ select: typeof requestSelect }>;

/** A row of the joined view query, as PostgreSQL returns it. */
type ViewRow = Omit<ChangeRequestView, 'changes' | 'decisions'> & { changes: unknown; decisions: unknown };

function toDomain(row: Row): ChangeRequest {
  return { ...row, changes: row.changes as unknown as FieldChange[], decisions: (row.decisions as unknown as FieldDecision[] | null) ?? null };
}

export interface QueueFilter {
  type?: ListingType | null;
  communeCode?: string | null;
  organisationId?: string | null;
  /** Only requests waiting for at least this many days. */
  minAgeDays?: number | null;
}

@Injectable()
export class ChangeRequestsRepository {
  constructor(private readonly db: PrismaService) {}

  async findById(id: string, scope: AccessScope): Promise<ChangeRequest | null> {
    const row = await this.db.client.changeRequest.findFirst({ where: withinScope({ id }, scope), select: requestSelect });
    return row ? toDomain(row) : null;
  }

  /** A request with its names, within the scope: what opening one (its diff) shows, in one statement. */
  async findViewById(id: string, scope: AccessScope): Promise<ChangeRequestView | null> {
    const within = scope.all ? Prisma.empty : Prisma.sql`AND cr."organisation_id" = ANY(${[...scope.organisationIds]}::uuid[])`;
    const [row] = await this.viewRows(Prisma.sql`WHERE cr."id" = ${id}::uuid ${within}`);
    return row ?? null;
  }

  async findOpenForListing(listingId: string): Promise<ChangeRequest | null> {
    const row = await this.db.client.changeRequest.findFirst({ where: { listingId, status: 'OPEN' }, select: requestSelect });
    return row ? toDomain(row) : null;
  }

  async create(data: {
    organisationId: string;
    listingId: string | null;
    type: ListingType;
    listingName: string;
    communeCode: string;
    changes: FieldChange[];
    baseVersion: number | null;
    submittedById: string;
    submittedAt: Date;
  }): Promise<ChangeRequest> {
    const row = await this.db.client.changeRequest.create({
      data: { ...data, changes: data.changes as unknown as Prisma.InputJsonValue },
      select: requestSelect,
    });
    return toDomain(row);
  }

  /** The partner edits its open request: new changes, same request. False when it was decided meanwhile. */
  async replaceChanges(id: string, data: { changes: FieldChange[]; baseVersion: number | null; listingName: string; communeCode: string; submittedById: string; submittedAt: Date }): Promise<boolean> {
    const { count } = await this.db.client.changeRequest.updateMany({
      where: { id, status: 'OPEN' },
      data: { ...data, changes: data.changes as unknown as Prisma.InputJsonValue, version: { increment: 1 } },
    });
    return count === 1;
  }

  /**
   * Records a decision if the request is still open at `expectedVersion`: of two reviewers deciding
   * at once, the second finds no row and answers CONFLICT.
   */
  async decide(id: string, expectedVersion: number, data: { status: ChangeRequestStatus; decisions: FieldDecision[] | null; comment: string | null; reviewedById: string | null; reviewedAt: Date }): Promise<boolean> {
    const { count } = await this.db.client.changeRequest.updateMany({
      where: { id, version: expectedVersion, status: 'OPEN' },
      data: { ...data, decisions: (data.decisions ?? Prisma.DbNull) as Prisma.InputJsonValue, version: { increment: 1 } },
    });
    return count === 1;
  }

  /** A proposed new listing, once approved, points at the listing it became. */
  async linkToListing(id: string, listingId: string): Promise<void> {
    await this.db.client.changeRequest.updateMany({ where: { id }, data: { listingId } });
  }

  /**
   * The review queue: open requests, oldest first, with names joined in the same statement, and
   * the count beside it. Raw SQL (typed rows): the hot read of the office, kept off Prisma's query
   * compiler, on partial indexes of the open requests (migration …_listing_indexes).
   */
  async queue(filter: QueueFilter, page: Page, now: Date): Promise<{ items: ChangeRequestView[]; total: number }> {
    const conditions = [Prisma.sql`cr."status" = 'OPEN'`];
    if (filter.type) conditions.push(Prisma.sql`cr."type" = ${filter.type}::"ListingType"`);
    if (filter.communeCode) conditions.push(Prisma.sql`cr."commune_code" = ${filter.communeCode}`);
    if (filter.organisationId) conditions.push(Prisma.sql`cr."organisation_id" = ${filter.organisationId}::uuid`);
    if (filter.minAgeDays) conditions.push(Prisma.sql`cr."submitted_at" <= ${new Date(now.getTime() - filter.minAgeDays * 86_400_000).toISOString()}::timestamptz`);
    const where = Prisma.join(conditions, ' AND ');
    const [items, [count]] = await Promise.all([
      this.viewRows(Prisma.sql`WHERE ${where} ORDER BY cr."submitted_at" ASC, cr."id" ASC LIMIT ${page.limit} OFFSET ${page.offset}`),
      this.db.client.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "change_request" cr WHERE ${where}`,
    ]);
    return { items, total: Number(count!.total) };
  }

  /** Every request about a listing, newest first: its history. */
  async historyOf(listingId: string): Promise<ChangeRequestView[]> {
    const ids = await this.db.client.changeRequest.findMany({ where: { listingId }, select: { id: true }, orderBy: [{ submittedAt: 'desc' }, { id: 'asc' }], take: 100 });
    return this.views(ids.map((r) => r.id));
  }

  /** The open request of each listing that has one (at most one per listing). */
  async openForListings(listingIds: readonly string[]): Promise<ChangeRequestView[]> {
    if (listingIds.length === 0) return [];
    return this.viewRows(Prisma.sql`WHERE cr."listing_id" = ANY(${[...listingIds]}::uuid[]) AND cr."status" = 'OPEN'`);
  }

  /** An organisation's requests in a status (e.g. sent back for changes), newest first. */
  async forOrganisation(organisationId: string, statuses: ChangeRequestStatus[], limit: number): Promise<ChangeRequestView[]> {
    const ids = await this.db.client.changeRequest.findMany({
      where: { organisationId, status: { in: statuses } },
      select: { id: true },
      orderBy: [{ submittedAt: 'desc' }, { id: 'asc' }],
      take: limit,
    });
    return this.views(ids.map((r) => r.id));
  }

  async summary(): Promise<{ open: number; oldestSubmittedAt: Date | null }> {
    const result = await this.db.client.changeRequest.aggregate({ where: { status: 'OPEN' }, _count: { _all: true }, _min: { submittedAt: true } });
    return { open: result._count._all, oldestSubmittedAt: result._min.submittedAt };
  }

  /** Requests with their names, in the order of `ids`: one statement. */
  async views(ids: readonly string[]): Promise<ChangeRequestView[]> {
    if (ids.length === 0) return [];
    const rows = await this.viewRows(Prisma.sql`WHERE cr."id" = ANY(${[...ids]}::uuid[])`);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  /** Requests joined with the organisation, commune and people names; `tail` filters, orders and pages. */
  private async viewRows(tail: Prisma.Sql): Promise<ChangeRequestView[]> {
    const rows = await this.db.client.$queryRaw<ViewRow[]>`
      SELECT cr."id"::text AS id, cr."organisation_id"::text AS "organisationId", cr."listing_id"::text AS "listingId", cr."type"::text AS type,
        cr."listing_name" AS "listingName", cr."commune_code" AS "communeCode", cr."changes", cr."base_version" AS "baseVersion",
        cr."status"::text AS status, cr."version", cr."submitted_by_id"::text AS "submittedById", cr."submitted_at" AS "submittedAt",
        cr."reviewed_by_id"::text AS "reviewedById", cr."reviewed_at" AS "reviewedAt", cr."decisions", cr."comment",
        o."name" AS "organisationName", COALESCE(c."name", cr."commune_code") AS "communeName",
        submitter."name" AS "submittedByName", reviewer."name" AS "reviewedByName"
      FROM "change_request" cr
      JOIN "organisation" o ON o."id" = cr."organisation_id"
      LEFT JOIN "commune" c ON c."code" = cr."commune_code"
      LEFT JOIN "app_user" submitter ON submitter."id" = cr."submitted_by_id"
      LEFT JOIN "app_user" reviewer ON reviewer."id" = cr."reviewed_by_id"
      ${tail}`;
    return rows.map((row) => ({ ...row, changes: row.changes as FieldChange[], decisions: (row.decisions as FieldDecision[] | null) ?? null }));
  }

  /** E-mail addresses of the people to tell about a decision: the submitter, else the owners. */
  async recipientsFor(request: Pick<ChangeRequest, 'organisationId' | 'submittedById'>): Promise<{ email: string; name: string }[]> {
    if (request.submittedById) {
      const user = await this.db.client.user.findFirst({ where: { id: request.submittedById, active: true }, select: { email: true, name: true } });
      if (user) return [user];
    }
    const owners = await this.db.client.membership.findMany({
      where: { organisationId: request.organisationId, role: 'OWNER', user: { active: true } },
      select: { user: { select: { email: true, name: true } } },
    });
    return owners.map((o) => o.user);
  }
}
