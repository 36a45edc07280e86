import { Injectable } from '@nestjs/common';
import type { Page } from '@extranet/domain';
import { Clock } from '../common/clock.js';
import { PrismaService } from '../prisma/prisma.service.js';
import type { OutboxStatus } from '../generated/prisma/client.js';

const listSelect = {
  id: true, recipient: true, subject: true, template: true, text: true, status: true,
  attempts: true, lastError: true, createdAt: true, sentAt: true, attachments: true,
} as const;

type Attachment = { filename: string; contentType: string; content: string };
export interface ClaimedMessage {
  id: string; recipient: string; subject: string; html: string; text: string; attempts: number;
  headers: Record<string, string> | null; attachments: Attachment[] | null;
}

@Injectable()
export class OutboxRepository {
  constructor(
    private readonly db: PrismaService,
    private readonly clock: Clock,
  ) {}

  async add(message: { recipient: string; subject: string; template: string; html: string; text: string; headers?: Record<string, string>; attachments?: Attachment[] }): Promise<string> {
    const { headers, attachments, ...fields } = message;
    const { id } = await this.db.client.outboxMessage.create({
      data: { ...fields, ...(headers ? { headers } : {}), ...(attachments?.length ? { attachments } : {}), createdAt: this.clock.now() },
      select: { id: true },
    });
    return id;
  }

  async list(status: OutboxStatus | null | undefined, page: Page) {
    const where = status ? { status } : {};
    const [items, total] = await Promise.all([
      this.db.client.outboxMessage.findMany({ where, select: listSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: page.offset, take: page.limit }),
      this.db.client.outboxMessage.count({ where }),
    ]);
    return {
      items: items.map(({ attachments, ...m }) => ({ ...m, attachmentNames: ((attachments as Attachment[] | null) ?? []).map((a) => a.filename) })),
      total,
    };
  }

  /** Pending messages nobody is delivering right now. */
  pendingIds(limit: number): Promise<{ id: string }[]> {
    return this.db.client.outboxMessage.findMany({
      where: { status: 'PENDING', OR: [{ claimedUntil: null }, { claimedUntil: { lt: this.clock.now() } }] },
      select: { id: true },
      orderBy: { createdAt: 'asc' },
      take: limit,
    });
  }

  /**
   * Claims a pending message for `leaseMs` in one atomic statement; null when it is already sent or
   * claimed by another worker. The lease outlives the SMTP client's own timeouts. Times come from
   * the Clock, like the sweep's, so that both agree on when a lease has lapsed.
   */
  async claim(id: string, leaseMs: number): Promise<ClaimedMessage | null> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const rows = await this.db.client.$queryRaw<ClaimedMessage[]>`
      UPDATE "outbox_message" SET "claimed_until" = ${until}::timestamptz
      WHERE "id" = ${id}::uuid AND "status" = 'PENDING' AND ("claimed_until" IS NULL OR "claimed_until" < ${now.toISOString()}::timestamptz)
      RETURNING "id", "recipient", "subject", "html", "text", "attempts", "headers", "attachments"`;
    return rows[0] ?? null;
  }

  async markSent(id: string): Promise<void> {
    await this.db.client.outboxMessage.update({ where: { id }, data: { status: 'SENT', sentAt: this.clock.now(), attempts: { increment: 1 }, lastError: null, claimedUntil: null }, select: { id: true } });
  }

  async markAttemptFailed(id: string, error: string, giveUp: boolean): Promise<void> {
    await this.db.client.outboxMessage.update({
      where: { id },
      data: { attempts: { increment: 1 }, lastError: error.slice(0, 500), claimedUntil: null, ...(giveUp ? { status: 'FAILED' } : {}) },
      select: { id: true },
    });
  }
}
