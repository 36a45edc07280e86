import { Injectable } from '@nestjs/common';
import { maskSingleUseTokens, mayReadSingleUseLink, type Page } from '@extranet/domain';
import { AccessService } from '../common/auth/access.service.js';
import { toActor, type SessionUser } from '../common/auth/session-user.js';
import type { OutboxStatus } from '../generated/prisma/client.js';
import { MailWorker } from './mail-worker.service.js';
import type { OutboxPage } from './models/outbox-message.model.js';
import { OutboxRepository } from './outbox.repository.js';

/** What staff see on « Courriels envoyés »; single-use links only to whom may use them. */
@Injectable()
export class OutboxService {
  constructor(
    private readonly access: AccessService,
    private readonly messages: OutboxRepository,
    private readonly worker: MailWorker,
  ) {}

  async list(user: SessionUser, status: OutboxStatus | null, page: Page): Promise<OutboxPage> {
    await this.access.check(user, 'outbox.read');
    const smtpConfigured = this.worker.smtpConfigured;
    const reader = toActor(user)!;
    const { items, total } = await this.messages.list(status, page);
    return {
      items: items.map((m) => (mayReadSingleUseLink(reader, m.template, smtpConfigured) ? m : { ...m, text: maskSingleUseTokens(m.text) })),
      total,
      ...page,
      smtpConfigured,
    };
  }
}
