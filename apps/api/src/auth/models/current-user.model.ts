import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { GlobalRole, MembershipRole } from '@extranet/domain';
import { GlobalRoleEnum, MembershipRoleEnum } from '../../common/graphql-enums.js';
import { Organisation } from '../../organisations/models/organisation.model.js';

@ObjectType()
export class Membership {
  @Field(() => MembershipRoleEnum)
  role: MembershipRole;

  @Field(() => Organisation)
  organisation: Organisation;
}

@ObjectType()
export class CurrentUser {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => [GlobalRoleEnum])
  globalRoles: GlobalRole[];

  @Field(() => [Membership])
  memberships: Membership[];
}
