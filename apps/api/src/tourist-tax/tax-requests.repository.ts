import { Injectable } from '@nestjs/common';
import type { AccessScope, CorrectableField, CorrectionProposal } from '@extranet/domain';
import type { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../prisma/prisma.service.js';
import { withinScope } from '../prisma/scope.js';
import type { TaxCorrectionRequestStatus } from './tax-enums.js';

export interface CorrectionRequestRecord {
  id: string;
  accommodationId: string;
  accommodationName: string;
  organisationId: string;
  organisationName: string;
  message: string;
  fields: CorrectableField[];
  proposed: CorrectionProposal;
  status: TaxCorrectionRequestStatus;
  decisionReason: string | null;
  requestedByName: string;
  createdAt: Date;
  decidedAt: Date | null;
  version: number;
}

const requestSelect = {
  id: true, accommodationId: true, organisationId: true, message: true, fields: true, proposed: true, status: true, decisionReason: true,
  requestedByName: true, createdAt: true, decidedAt: true, version: true,
  accommodation: { select: { name: true } }, organisation: { select: { name: true } },
} as const satisfies Prisma.TaxCorrectionRequestSelect;

type RequestRow = Prisma.TaxCorrectionRequestGetPayload<{ select: typeof requestSelect }>;

function toRequest(row: RequestRow): CorrectionRequestRecord {
  const { accommodation, organisation, fields, proposed, ...rest } = row;
  return { ...rest, accommodationName: accommodation.name, organisationName: organisation.name, fields: fields as CorrectableField[], proposed: proposed as CorrectionProposal };
}

/** Owners' correction requests and the messages staff write to hosts: the only Prisma user for them. */
@Injectable()
export class TaxRequestsRepository {
  constructor(private readonly db: PrismaService) {}

  async createCorrectionRequest(data: { accommodationId: string; organisationId: string; message: string; fields: CorrectableField[]; proposed: CorrectionProposal; requestedById: string; requestedByName: string; at: Date }): Promise<CorrectionRequestRecord> {
    const { at, proposed, ...rest } = data;
    const row = await this.db.client.taxCorrectionRequest.create({ data: { ...rest, proposed: proposed as Prisma.InputJsonValue, createdAt: at }, select: requestSelect });
    return toRequest(row);
  }

  async findCorrectionRequest(id: string, scope: AccessScope): Promise<CorrectionRequestRecord | null> {
    const row = await this.db.client.taxCorrectionRequest.findFirst({ where: withinScope({ id }, scope), select: requestSelect });
    return row ? toRequest(row) : null;
  }

  /** The accommodation's requests, newest first. */
  async correctionRequestsOf(accommodationId: string): Promise<CorrectionRequestRecord[]> {
    const rows = await this.db.client.taxCorrectionRequest.findMany({ where: { accommodationId }, select: requestSelect, orderBy: { createdAt: 'desc' }, take: 50 });
    return rows.map(toRequest);
  }

  /** Every pending request, oldest first (staff's queue). */
  async pendingCorrectionRequests(limit: number): Promise<{ items: CorrectionRequestRecord[]; total: number }> {
    const where = { status: 'PENDING' as const };
    const [rows, total] = await Promise.all([
      this.db.client.taxCorrectionRequest.findMany({ where, select: requestSelect, orderBy: { createdAt: 'asc' }, take: limit }),
      this.db.client.taxCorrectionRequest.count({ where }),
    ]);
    return { items: rows.map(toRequest), total };
  }

  async pendingCount(): Promise<number> {
    return this.db.client.taxCorrectionRequest.count({ where: { status: 'PENDING' } });
  }

  /** Decides a pending request at `version`; false when it was decided or changed meanwhile. */
  async decide(id: string, version: number, decision: { status: 'ACCEPTED' | 'DECLINED'; decisionReason: string | null; decidedById: string; at: Date }): Promise<boolean> {
    const { count } = await this.db.client.taxCorrectionRequest.updateMany({
      where: { id, version, status: 'PENDING' },
      data: { status: decision.status, decisionReason: decision.decisionReason, decidedById: decision.decidedById, decidedAt: decision.at, version: { increment: 1 } },
    });
    return count === 1;
  }

  // Messages to hosts (undeclared list)

  async createHostMessage(data: { organisationId: string; subject: string; body: string; recipients: number; sentById: string; sentAt: Date }): Promise<{ id: string; sentAt: Date }> {
    return this.db.client.taxHostMessage.create({ data, select: { id: true, sentAt: true } });
  }

  /** The host's messages, newest first. */
  async hostMessagesOf(organisationId: string) {
    return this.db.client.taxHostMessage.findMany({ where: { organisationId }, select: { id: true, subject: true, body: true, recipients: true, sentAt: true }, orderBy: { sentAt: 'desc' }, take: 20 });
  }

  /** When each host was last written to (organisations never written to are absent). */
  async lastWrittenAt(organisationIds: readonly string[]): Promise<Map<string, Date>> {
    if (organisationIds.length === 0) return new Map();
    const rows = await this.db.client.taxHostMessage.groupBy({ by: ['organisationId'], where: { organisationId: { in: [...new Set(organisationIds)] } }, _max: { sentAt: true } });
    return new Map(rows.filter((r) => r._max.sentAt).map((r) => [r.organisationId, r._max.sentAt!]));
  }
}
