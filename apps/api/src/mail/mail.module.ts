import { Global, Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { DeliveryBackoff } from './delivery-backoff.js';
import { MailService } from './mail.service.js';
import { MailWorker } from './mail-worker.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxResolver } from './outbox.resolver.js';
import { OutboxService } from './outbox.service.js';

@Global()
@Module({
  // The scheduled sweeps' one pg-boss (global): registered here, beside the other background work.
  imports: [JobsModule],
  providers: [OutboxRepository, DeliveryBackoff, MailWorker, MailService, OutboxService, OutboxResolver],
  exports: [MailService, MailWorker],
})
export class MailModule {}
