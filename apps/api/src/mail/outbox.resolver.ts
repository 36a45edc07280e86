import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { OutboxStatusEnum } from '../common/graphql-enums.js';
import { checkedPage, PageInput } from '../common/page.input.js';
import { OutboxPage } from './models/outbox-message.model.js';
import { OutboxService } from './outbox.service.js';

@Resolver()
export class OutboxResolver {
  constructor(private readonly service: OutboxService) {}

  @Allow('outbox.read')
  @Query(() => OutboxPage, { description: 'The « Courriels envoyés » page, newest first.' })
  outbox(
    @CurrentUser() user: SessionUser,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
    @Args('status', { type: () => OutboxStatusEnum, nullable: true }) status: keyof typeof OutboxStatusEnum | null,
  ): Promise<OutboxPage> {
    return this.service.list(user, status, checkedPage(page));
  }
}
