import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, SignedIn } from '../common/auth/decorators.js';
import { CurrentUser as CurrentUserModel } from '../auth/models/current-user.model.js';
import { UpdateMyNameInput } from './dto/update-my-name.input.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { SetGlobalRolesInput } from './dto/set-global-roles.input.js';
import { UserAccount } from './models/user-account.model.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserAccount)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Allow('role.assign')
  @Mutation(() => UserAccount, { description: 'Administrators only.' })
  setGlobalRoles(@CurrentUser() user: SessionUser, @Args('input') input: SetGlobalRolesInput) {
    return this.service.setGlobalRoles(user, input.userId, input.roles);
  }

  @SignedIn()
  @Mutation(() => CurrentUserModel, { description: 'Corrects the signed-in user’s own name.' })
  updateMyName(@CurrentUser() user: SessionUser, @Args('input') input: UpdateMyNameInput) {
    return this.service.updateMyName(user, input.name);
  }
}
