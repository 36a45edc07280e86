import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';
import { MailWorker } from './mail-worker.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { renderMail, type TemplateData, type TemplateName } from './templates.js';

/** Queues an e-mail in the outbox, inside the caller's transaction; delivery happens after commit. */
@Injectable()
export class MailService {
  constructor(
    private readonly db: PrismaService,
    private readonly outbox: OutboxRepository,
    private readonly worker: MailWorker,
  ) {}

  async enqueue<K extends TemplateName>(template: K, recipient: string, data: TemplateData[K]): Promise<string> {
    const id = await this.outbox.add({ recipient, template, ...renderMail(template, data) });
    this.db.afterCommit(() => this.worker.requestDelivery(id));
    return id;
  }
}
