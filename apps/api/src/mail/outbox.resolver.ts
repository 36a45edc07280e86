import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { OutboxStatusEnum } from '../common/graphql-enums.js';
import { checkedPage, PageInput } from '../common/page.input.js';
import { OutboxPage, OutboxTrouble } from './models/outbox-message.model.js';
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
    @Args('recipient', { type: () => String, nullable: true, description: 'Part of the recipient address, any case.' }) recipient: string | null,
  ): Promise<OutboxPage> {
    return this.service.list(user, status, recipient ?? null, checkedPage(page));
  }

  @Allow('outbox.read')
  @Query(() => OutboxTrouble, { description: 'Messages failing delivery (being retried) and given up: the staff home to-do.' })
  outboxTrouble(@CurrentUser() user: SessionUser): Promise<OutboxTrouble> {
    return this.service.trouble(user);
  }

  @Allow('outbox.retry')
  @Mutation(() => Int, { description: 'Puts every FAILED message back in the queue (tried at once, then for 24 hours); how many.' })
  requeueFailedMail(@CurrentUser() user: SessionUser): Promise<number> {
    return this.service.requeueFailed(user);
  }
}
