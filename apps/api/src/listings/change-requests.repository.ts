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

  /** The review queue: open requests, oldest first, with names joined in the same statement. */
  async queue(filter: QueueFilter, page: Page, now: Date): Promise<{ items: ChangeRequestView[]; total: number }> {
    const where: Prisma.ChangeRequestWhereInput = {
      status: 'OPEN',
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.communeCode ? { communeCode: filter.communeCode } : {}),
      ...(filter.organisationId ? { organisationId: filter.organisationId } : {}),
      ...(filter.minAgeDays ? { submittedAt: { lte: new Date(now.getTime() - filter.minAgeDays * 86_400_000) } } : {}),
    };
    const [ids, total] = await Promise.all([
      this.db.client.changeRequest.findMany({ where, select: { id: true }, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }], skip: page.offset, take: page.limit }),
      this.db.client.changeRequest.count({ where }),
    ]);
    return { items: await this.views(ids.map((r) => r.id)), total };
  }

  /** Every request about a listing, newest first: its history. */
  async historyOf(listingId: string): Promise<ChangeRequestView[]> {
    const ids = await this.db.client.changeRequest.findMany({ where: { listingId }, select: { id: true }, orderBy: [{ submittedAt: 'desc' }, { id: 'asc' }], take: 100 });
    return this.views(ids.map((r) => r.id));
  }

  /** The open request of each listing that has one (at most one per listing). */
  async openForListings(listingIds: readonly string[]): Promise<ChangeRequestView[]> {
    const ids = await this.db.client.changeRequest.findMany({ where: { listingId: { in: [...listingIds] }, status: 'OPEN' }, select: { id: true } });
    return this.views(ids.map((r) => r.id));
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

  async views(ids: readonly string[]): Promise<ChangeRequestView[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.client.changeRequest.findMany({
      where: { id: { in: [...ids] } },
      select: { ...requestSelect, organisation: { select: { name: true } } },
    });
    const people = await this.names(rows.flatMap((r) => [r.submittedById, r.reviewedById]).filter((x): x is string => !!x));
    const communes = await this.communeNames(rows.map((r) => r.communeCode));
    const byId = new Map(
      rows.map(({ organisation, ...row }) => [
        row.id,
        {
          ...toDomain(row),
          organisationName: organisation.name,
          communeName: communes.get(row.communeCode) ?? row.communeCode,
          submittedByName: row.submittedById ? (people.get(row.submittedById) ?? null) : null,
          reviewedByName: row.reviewedById ? (people.get(row.reviewedById) ?? null) : null,
        },
      ]),
    );
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  private async names(userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const users = await this.db.client.user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, name: true } });
    return new Map(users.map((u) => [u.id, u.name]));
  }

  private async communeNames(codes: string[]): Promise<Map<string, string>> {
    const communes = await this.db.client.commune.findMany({ where: { code: { in: [...new Set(codes)] } }, select: { code: true, name: true } });
    return new Map(communes.map((c) => [c.code, c.name]));
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
