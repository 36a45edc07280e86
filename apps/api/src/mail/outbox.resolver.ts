import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, StaffOnly } from '../common/auth/decorators.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { OutboxStatusEnum } from '../common/graphql-enums.js';
import { checkedPage, PageInput } from '../common/page.input.js';
import { MailWorker } from './mail-worker.service.js';
import { OutboxPage } from './models/outbox-message.model.js';
import { OutboxRepository } from './outbox.repository.js';

@Resolver()
export class OutboxResolver {
  constructor(
    private readonly access: AccessService,
    private readonly messages: OutboxRepository,
    private readonly worker: MailWorker,
  ) {}

  @StaffOnly()
  @Query(() => OutboxPage, { description: 'The « Courriels envoyés » page.' })
  async outbox(
    @CurrentUser() user: SessionUser,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
    @Args('status', { type: () => OutboxStatusEnum, nullable: true }) status: keyof typeof OutboxStatusEnum | null,
  ): Promise<OutboxPage> {
    await this.access.authorize(user, 'outbox.read');
    const checked = checkedPage(page);
    return { ...(await this.messages.list(status, checked)), ...checked, smtpConfigured: this.worker.smtpConfigured };
  }
}
