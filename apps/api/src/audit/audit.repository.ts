import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';
import type { Prisma } from '../generated/prisma/client.js';

export interface AuditEntry {
  action: string;
  outcome: 'SUCCESS' | 'FAILURE' | 'DENIED';
  actorUserId?: string | null;
  actorEmail?: string | null;
  organisationId?: string | null;
  objectType?: string;
  objectId?: string;
  requestId?: string;
  detail?: Prisma.InputJsonValue;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly db: PrismaService) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.db.client.auditEvent.create({ data: entry, select: { id: true } });
  }

  /** For tests and, later, the admin's audit page. */
  async latest(limit: number) {
    return this.db.client.auditEvent.findMany({
      orderBy: { id: 'desc' },
      take: limit,
      select: { action: true, outcome: true, actorUserId: true, actorEmail: true, organisationId: true, objectId: true, requestId: true, at: true },
    });
  }
}
