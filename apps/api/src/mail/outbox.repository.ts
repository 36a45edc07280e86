import { Injectable } from '@nestjs/common';
import type { Page } from '@extranet/domain';
import { PrismaService } from '../prisma/prisma.service.js';
import type { OutboxStatus } from '../generated/prisma/client.js';

const listSelect = {
  id: true, recipient: true, subject: true, template: true, text: true, status: true,
  attempts: true, lastError: true, createdAt: true, sentAt: true,
} as const;

@Injectable()
export class OutboxRepository {
  constructor(private readonly db: PrismaService) {}

  async add(message: { recipient: string; subject: string; template: string; html: string; text: string }): Promise<string> {
    const { id } = await this.db.client.outboxMessage.create({ data: message, select: { id: true } });
    return id;
  }

  async list(status: OutboxStatus | null | undefined, page: Page) {
    const where = status ? { status } : {};
    const [items, total] = await Promise.all([
      this.db.client.outboxMessage.findMany({ where, select: listSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: page.offset, take: page.limit }),
      this.db.client.outboxMessage.count({ where }),
    ]);
    return { items, total };
  }

  pendingIds(limit: number): Promise<{ id: string }[]> {
    return this.db.client.outboxMessage.findMany({ where: { status: 'PENDING' }, select: { id: true }, orderBy: { createdAt: 'asc' }, take: limit });
  }

  /**
   * Locks one pending message for delivery (skipping one another worker holds), so a message is
   * never handed to the SMTP server twice at the same time. Call inside a transaction.
   */
  async lockPending(id: string): Promise<{ id: string; recipient: string; subject: string; html: string; text: string; attempts: number } | null> {
    const rows = await this.db.client.$queryRaw<{ id: string; recipient: string; subject: string; html: string; text: string; attempts: number }[]>`
      SELECT "id", "recipient", "subject", "html", "text", "attempts" FROM "outbox_message"
      WHERE "id" = ${id}::uuid AND "status" = 'PENDING' FOR UPDATE SKIP LOCKED`;
    return rows[0] ?? null;
  }

  async markSent(id: string): Promise<void> {
    await this.db.client.outboxMessage.update({ where: { id }, data: { status: 'SENT', sentAt: new Date(), attempts: { increment: 1 }, lastError: null }, select: { id: true } });
  }

  async markAttemptFailed(id: string, error: string, giveUp: boolean): Promise<void> {
    await this.db.client.outboxMessage.update({
      where: { id },
      data: { attempts: { increment: 1 }, lastError: error.slice(0, 500), ...(giveUp ? { status: 'FAILED' } : {}) },
      select: { id: true },
    });
  }
}
