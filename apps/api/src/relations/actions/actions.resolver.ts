import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ActionStatus } from '@extranet/domain';
import { Allow, CurrentUser } from '../../common/auth/decorators.js';
import type { SessionUser } from '../../common/auth/session-user.js';
import { IdPipe } from '../../common/id.pipe.js';
import { ActionRegistration, ActionRegistrationRow, ActionStatusEnum, PromotionAction, RegisterForActionInput, SavePromotionActionInput } from './actions.models.js';
import { ActionsService } from './actions.service.js';

@Resolver(() => PromotionAction)
export class ActionsResolver {
  constructor(private readonly service: ActionsService) {}

  @Allow('promotionAction.read')
  @Query(() => [PromotionAction], { description: 'Open actions the organisation may join, and those it registered for, with its registration.' })
  promotionActions(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string) {
    return this.service.forOrganisation(user, organisationId);
  }

  @Allow('promotionAction.read')
  @Query(() => [ActionRegistration])
  organisationActionRegistrations(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string) {
    return this.service.registrationsOf(user, organisationId);
  }

  @Allow('promotionAction.register')
  @Mutation(() => ActionRegistration, { description: 'Registers the organisation, or puts it on the waiting list when every place is taken.' })
  registerForAction(@CurrentUser() user: SessionUser, @Args('input') input: RegisterForActionInput) {
    return this.service.register(user, input);
  }

  @Allow('promotionAction.register')
  @Mutation(() => ActionRegistration, { description: 'Cancels up to the deadline; a freed place goes to the first waiting.' })
  cancelActionRegistration(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.cancel(user, id);
  }

  @Allow('promotionAction.manage')
  @Query(() => [PromotionAction], { description: 'Every action, for staff.' })
  managedPromotionActions(@CurrentUser() user: SessionUser, @Args('status', { type: () => ActionStatusEnum, nullable: true }) status: ActionStatus | null) {
    return this.service.list(user, status ?? null);
  }

  @Allow('promotionAction.manage')
  @Query(() => PromotionAction)
  managedPromotionAction(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(user, id);
  }

  @Allow('promotionAction.manage')
  @Query(() => [ActionRegistrationRow], { description: 'Registered first, then the waiting list in order, then cancellations.' })
  async promotionActionRegistrations(@CurrentUser() user: SessionUser, @Args('actionId', { type: () => ID }, IdPipe) actionId: string) {
    return (await this.service.registrations(user, actionId)).rows;
  }

  @Allow('promotionAction.manage')
  @Mutation(() => PromotionAction, { description: 'Creates a draft or changes an action.' })
  savePromotionAction(@CurrentUser() user: SessionUser, @Args('input') input: SavePromotionActionInput) {
    return this.service.save(user, input);
  }

  @Allow('promotionAction.manage')
  @Mutation(() => PromotionAction, { description: 'Opens registrations.' })
  openPromotionAction(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('version', { type: () => Int }) version: number) {
    return this.service.setStatus(user, id, version, 'OPEN');
  }

  @Allow('promotionAction.manage')
  @Mutation(() => PromotionAction, { description: 'Closes registrations for good.' })
  closePromotionAction(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('version', { type: () => Int }) version: number) {
    return this.service.setStatus(user, id, version, 'CLOSED');
  }
}
