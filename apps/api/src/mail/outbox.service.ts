import { Injectable } from '@nestjs/common';
import { DomainError, maskSingleUseTokens, mayReadSingleUseLink, type Page } from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/auth/access.service.js';
import { toActor, type SessionUser } from '../common/auth/session-user.js';
import type { OutboxStatus } from '../generated/prisma/client.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { MailWorker } from './mail-worker.service.js';
import type { OutboxPage, OutboxTrouble } from './models/outbox-message.model.js';
import { OutboxRepository } from './outbox.repository.js';

/** Longest recipient search: an e-mail address is at most 254 characters. */
const RECIPIENT_SEARCH_MAX = 254;

/** What staff see on « Courriels envoyés »; single-use links only to whom may use them. */
@Injectable()
export class OutboxService {
  constructor(
    private readonly access: AccessService,
    private readonly messages: OutboxRepository,
    private readonly worker: MailWorker,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(user: SessionUser, status: OutboxStatus | null, recipient: string | null, page: Page): Promise<OutboxPage> {
    await this.access.check(user, 'outbox.read');
    const search = recipient?.trim() || null;
    if (search && search.length > RECIPIENT_SEARCH_MAX) {
      throw DomainError.badInput([{ field: 'recipient', message: `La recherche de destinataire fait au plus ${RECIPIENT_SEARCH_MAX} caractères.` }]);
    }
    const smtpConfigured = this.worker.smtpConfigured;
    const reader = toActor(user)!;
    const { items, total } = await this.messages.list({ status, recipient: search }, page);
    return {
      items: items.map((m) => (mayReadSingleUseLink(reader, m.template, smtpConfigured) ? m : { ...m, text: maskSingleUseTokens(m.text) })),
      total,
      ...page,
      smtpConfigured,
    };
  }

  async trouble(user: SessionUser): Promise<OutboxTrouble> {
    await this.access.check(user, 'outbox.read');
    return { ...(await this.messages.trouble()), smtpConfigured: this.worker.smtpConfigured };
  }

  /** Every FAILED message back in the queue, tried at once and for another 24 hours; how many. */
  async requeueFailed(user: SessionUser): Promise<number> {
    await this.access.check(user, 'outbox.retry');
    const ids = await this.tx.run(async () => {
      const requeued = await this.messages.requeueFailed();
      await this.audit.record({
        action: 'outbox.retry', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        objectType: 'outbox_message', detail: { count: requeued.length },
      });
      return requeued;
    });
    this.worker.requestDelivery();
    return ids.length;
  }
}
