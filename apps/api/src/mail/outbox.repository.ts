import { Injectable } from '@nestjs/common';
import type { Page } from '@extranet/domain';
import { Clock } from '../common/clock.js';
import { PrismaService } from '../prisma/prisma.service.js';
import type { OutboxStatus, Prisma } from '../generated/prisma/client.js';
import { DeliveryBackoff } from './delivery-backoff.js';

const listSelect = {
  id: true, recipient: true, subject: true, template: true, text: true, status: true,
  attempts: true, lastError: true, createdAt: true, sentAt: true, attachments: true, nextAttemptAt: true, handedOffAt: true,
} as const;

/** Prefix of the workers' connection names: a claim is alive while its connection is. */
export const WORKER_PREFIX = 'extranet-mail:';

type Attachment = { filename: string; contentType: string; content: string };
export interface ClaimedMessage {
  id: string; recipient: string; subject: string; html: string; text: string; attempts: number;
  headers: Record<string, string> | null; attachments: Attachment[] | null;
  messageId: string | null; handedOffAt: Date | null; retryUntil: Date | null; createdAt: Date;
}

export interface OutboxFilter {
  status?: OutboxStatus | null;
  /** Part of the recipient's address, any case. */
  recipient?: string | null;
}

@Injectable()
export class OutboxRepository {
  constructor(
    private readonly db: PrismaService,
    private readonly clock: Clock,
    private readonly backoff: DeliveryBackoff,
  ) {}

  async add(message: { recipient: string; subject: string; template: string; html: string; text: string; headers?: Record<string, string>; attachments?: Attachment[] }): Promise<string> {
    const { headers, attachments, ...fields } = message;
    const now = this.clock.now();
    const { id } = await this.db.client.outboxMessage.create({
      data: {
        ...fields, ...(headers ? { headers } : {}), ...(attachments?.length ? { attachments } : {}),
        createdAt: now, nextAttemptAt: now, retryUntil: new Date(now.getTime() + this.backoff.retryForMs),
      },
      select: { id: true },
    });
    return id;
  }

  private where(filter: OutboxFilter): Prisma.OutboxMessageWhereInput {
    return {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.recipient ? { recipient: { contains: filter.recipient, mode: 'insensitive' as const } } : {}),
    };
  }

  async list(filter: OutboxFilter, page: Page) {
    const where = this.where(filter);
    const [items, total] = await Promise.all([
      this.db.client.outboxMessage.findMany({ where, select: listSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: page.offset, take: page.limit }),
      this.db.client.outboxMessage.count({ where }),
    ]);
    return {
      items: items.map(({ attachments, nextAttemptAt, ...m }) => ({
        ...m,
        nextAttemptAt: m.status === 'PENDING' ? nextAttemptAt : null,
        attachmentNames: ((attachments as Attachment[] | null) ?? []).map((a) => a.filename),
      })),
      total,
    };
  }

  /** Messages still being retried after a failure, and messages given up (FAILED). */
  async trouble(): Promise<{ failing: number; failed: number }> {
    const [failing, failed] = await Promise.all([
      this.db.client.outboxMessage.count({ where: { status: 'PENDING', attempts: { gt: 0 } } }),
      this.db.client.outboxMessage.count({ where: { status: 'FAILED' } }),
    ]);
    return { failing, failed };
  }

  /**
   * Claims up to `limit` due messages for the worker named `worker`, in one statement: pending, due,
   * and not claimed by a live worker (a claim is live while its worker's connection is in
   * pg_stat_activity and its lease has not run out). SKIP LOCKED: two workers never take the same one.
   */
  async claimDue(worker: string, limit: number, leaseMs: number): Promise<ClaimedMessage[]> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + leaseMs);
    return this.db.client.$queryRaw<ClaimedMessage[]>`
      UPDATE "outbox_message" m SET "claimed_by" = ${worker}, "claimed_until" = ${until.toISOString()}::timestamptz
      FROM (
        SELECT "id" FROM "outbox_message"
        WHERE "status" = 'PENDING' AND "next_attempt_at" <= ${now.toISOString()}::timestamptz
          AND ("claimed_by" IS NULL OR "claimed_until" IS NULL OR "claimed_until" < ${now.toISOString()}::timestamptz
               OR "claimed_by" NOT IN (SELECT "application_name" FROM pg_stat_activity WHERE "application_name" LIKE ${WORKER_PREFIX + '%'}))
        ORDER BY "next_attempt_at", "created_at"
        LIMIT ${limit}::int
        FOR UPDATE SKIP LOCKED
      ) due
      WHERE m."id" = due."id"
      RETURNING m."id", m."recipient", m."subject", m."html", m."text", m."attempts", m."headers", m."attachments",
        m."message_id" AS "messageId", m."handed_off_at" AS "handedOffAt", m."retry_until" AS "retryUntil", m."created_at" AS "createdAt"`;
  }

  /** Recorded before the message goes to the SMTP server, with the Message-ID it goes with. */
  async recordHandOff(id: string, messageId: string): Promise<void> {
    await this.db.client.outboxMessage.update({ where: { id }, data: { messageId, handedOffAt: this.clock.now() }, select: { id: true } });
  }

  async markSent(id: string): Promise<void> {
    await this.db.client.outboxMessage.update({
      where: { id },
      data: { status: 'SENT', sentAt: this.clock.now(), attempts: { increment: 1 }, lastError: null, claimedUntil: null, claimedBy: null },
      select: { id: true },
    });
  }

  /** One failed attempt: tried again at `nextAttemptAt`, or FAILED when that is null. */
  async markAttemptFailed(id: string, error: string, nextAttemptAt: Date | null): Promise<void> {
    await this.db.client.outboxMessage.update({
      where: { id },
      data: {
        attempts: { increment: 1 }, lastError: error.slice(0, 500), claimedUntil: null, claimedBy: null,
        ...(nextAttemptAt ? { nextAttemptAt } : { status: 'FAILED' }),
      },
      select: { id: true },
    });
  }

  /** Gives back what `worker` claimed and did not hand to the server (a stopping worker). */
  async release(worker: string): Promise<void> {
    await this.db.client.outboxMessage.updateMany({ where: { claimedBy: worker, status: 'PENDING' }, data: { claimedBy: null, claimedUntil: null } });
  }

  /** FAILED messages back in the queue, due now and retried for another day; their ids. */
  async requeueFailed(): Promise<string[]> {
    const now = this.clock.now();
    const rows = await this.db.client.$queryRaw<{ id: string }[]>`
      UPDATE "outbox_message" SET "status" = 'PENDING', "next_attempt_at" = ${now.toISOString()}::timestamptz, "retry_until" = ${new Date(now.getTime() + this.backoff.retryForMs).toISOString()}::timestamptz,
        "claimed_by" = NULL, "claimed_until" = NULL
      WHERE "status" = 'FAILED' RETURNING "id"`;
    return rows.map((r) => r.id);
  }
}
