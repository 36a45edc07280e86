import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';
import { MailWorker } from './mail-worker.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { renderMail, type RenderedMail, type TemplateData, type TemplateName } from './templates.js';

/** A file sent with a message; `content` is text (an .ics invitation…). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** What a message may carry besides its body: extra headers (List-Unsubscribe…) and attachments. */
export interface MailExtras {
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
}

/** Queues an e-mail in the outbox, inside the caller's transaction; delivery happens after commit. */
@Injectable()
export class MailService {
  constructor(
    private readonly db: PrismaService,
    private readonly outbox: OutboxRepository,
    private readonly worker: MailWorker,
  ) {}

  async enqueue<K extends TemplateName>(template: K, recipient: string, data: TemplateData[K], extras: MailExtras = {}): Promise<string> {
    return this.enqueueRendered(template, recipient, renderMail(template, data), extras);
  }

  /** For a feature that renders its own messages (relations): `template` names it in the outbox. */
  async enqueueRendered(template: string, recipient: string, rendered: RenderedMail, extras: MailExtras = {}): Promise<string> {
    const id = await this.outbox.add({ recipient, template, ...rendered, headers: extras.headers, attachments: extras.attachments });
    this.db.afterCommit(() => this.worker.requestDelivery(id));
    return id;
  }
}
