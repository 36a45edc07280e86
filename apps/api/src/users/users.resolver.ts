import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, StaffOnly } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { IdPipe } from '../common/id.pipe.js';
import { SetGlobalRolesInput } from './dto/set-global-roles.input.js';
import { UserAccount } from './models/user-account.model.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserAccount)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @StaffOnly()
  @Mutation(() => UserAccount, { description: 'Administrators only.' })
  setGlobalRoles(@CurrentUser() user: SessionUser, @Args('input') input: SetGlobalRolesInput) {
    return this.service.setGlobalRoles(user, new IdPipe().transform(input.userId), input.roles);
  }
}
