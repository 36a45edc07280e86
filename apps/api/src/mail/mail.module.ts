import { Global, Module } from '@nestjs/common';
import { DeliveryBackoff } from './delivery-backoff.js';
import { MailService } from './mail.service.js';
import { MailWorker } from './mail-worker.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxResolver } from './outbox.resolver.js';
import { OutboxService } from './outbox.service.js';

@Global()
@Module({
  providers: [OutboxRepository, DeliveryBackoff, MailWorker, MailService, OutboxService, OutboxResolver],
  exports: [MailService, MailWorker],
})
export class MailModule {}
