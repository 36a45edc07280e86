import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Allow, CurrentRequest, CurrentUser, Public } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { IdPipe } from '../common/id.pipe.js';
import { CurrentUser as CurrentUserModel } from '../auth/models/current-user.model.js';
import { SessionLifecycle } from '../auth/session-lifecycle.js';
import { AcceptInvitationInput, InviteMemberInput } from './dto/invitation.inputs.js';
import { InvitationsService } from './invitations.service.js';
import { Invitation, InvitationPreview, Member } from './models/invitation.model.js';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly sessions: SessionLifecycle,
  ) {}

  @Allow('members.read')
  @Query(() => [Member])
  members(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string) {
    return this.service.members(user, organisationId);
  }

  @Allow('invitations.read')
  @Query(() => [Invitation])
  invitations(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string) {
    return this.service.list(user, organisationId);
  }

  @Public()
  @Query(() => InvitationPreview)
  invitation(@Args('token') token: string) {
    return this.service.preview(token);
  }

  // Owners invite colleagues; the office also invites a first owner (decided on the organisation).
  @Allow('invitation.createMember')
  @Mutation(() => Invitation)
  inviteMember(@CurrentUser() user: SessionUser, @Args('input') input: InviteMemberInput) {
    return this.service.invite(user, input);
  }

  @Allow('invitation.cancel')
  @Mutation(() => Boolean, { description: 'Withdraws a pending or expired invitation; its link stops working.' })
  cancelInvitation(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.cancel(user, id);
  }

  @Allow('invitation.createMember')
  @Mutation(() => Invitation, { description: 'Sends the invitation again with a new link valid a week; the previous link stops working.' })
  resendInvitation(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.resend(user, id);
  }

  @Allow('member.remove')
  @Mutation(() => Boolean, { description: 'Takes a colleague off the team (the account stays); never the last owner.' })
  removeMember(
    @CurrentUser() user: SessionUser,
    @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
  ) {
    return this.service.removeMember(user, organisationId, userId);
  }

  @Public()
  @Mutation(() => CurrentUserModel, { description: 'Activates the account and signs it in.' })
  async acceptInvitation(@CurrentRequest() req: Request, @Args('input') input: AcceptInvitationInput) {
    return this.sessions.open(req, await this.service.accept(input));
  }
}
