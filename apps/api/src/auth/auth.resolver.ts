import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError } from '@extranet/domain';
import { UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { CurrentRequest, CurrentUser, Public, SignedIn } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { OrganisationLoader } from '../organisations/organisation.loader.js';
import { Organisation } from '../organisations/models/organisation.model.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordInput, RequestEmailChangeInput, ResetPasswordInput, SignInInput } from './dto/auth.inputs.js';
import { CurrentUser as CurrentUserModel, Membership } from './models/current-user.model.js';
import { SessionLifecycle } from './session-lifecycle.js';
import { SignInGuard } from './sign-in.guard.js';

@Resolver(() => CurrentUserModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionLifecycle,
  ) {}

  @Public()
  @Query(() => CurrentUserModel, { nullable: true, description: 'The signed-in user, or null.' })
  me(@CurrentUser() user: SessionUser | null) {
    return user;
  }

  @Public()
  @UseGuards(SignInGuard)
  @Mutation(() => CurrentUserModel)
  signIn(@Args('input') _input: SignInInput, @CurrentUser() user: SessionUser) {
    return user;
  }

  @Public()
  @Mutation(() => Boolean)
  async signOut(@CurrentRequest() req: Request) {
    await this.sessions.close(req);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Always true, whether the address is known or not.' })
  async requestPasswordReset(@Args('email') email: string, @CurrentRequest() req: Request) {
    await this.auth.requestPasswordReset(email, req.ip);
    return true;
  }

  @Public()
  @Mutation(() => Boolean)
  async resetPassword(@Args('input') input: ResetPasswordInput) {
    await this.auth.resetPassword(input.token, input.password);
    return true;
  }

  @SignedIn()
  @Mutation(() => String, { description: 'Sends a confirmation link to the new address and answers it; nothing changes until the link is followed.' })
  requestEmailChange(@CurrentUser() user: SessionUser, @Args('input') input: RequestEmailChangeInput) {
    return this.auth.requestEmailChange(user, input.newEmail, input.currentPassword);
  }

  @Public()
  @Mutation(() => String, { description: 'Follows the link sent to the new address; answers the new sign-in address.' })
  confirmEmailChange(@Args('token', { type: () => String }) token: string) {
    if (token.length > 100) throw DomainError.badInput([{ field: 'token', message: 'Lien invalide.' }]);
    return this.auth.confirmEmailChange(token);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Also signs out every other session of the account.' })
  async changePassword(@CurrentUser() user: SessionUser, @CurrentRequest() req: Request, @Args('input') input: ChangePasswordInput) {
    await this.auth.changePassword(user, req.sessionID, input.currentPassword, input.newPassword);
    return true;
  }

}

/** A membership of the signed-in user; its organisation comes through the per-request loader. */
@Resolver(() => Membership)
export class MembershipResolver {
  constructor(private readonly organisations: OrganisationLoader) {}

  @ResolveField(() => Organisation)
  async organisation(@Parent() membership: { organisationId: string }, @CurrentRequest() req: Request): Promise<Organisation> {
    const organisation = await this.organisations.load(req, membership.organisationId);
    if (!organisation) throw DomainError.notFound();
    return organisation;
  }
}
