import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { MembershipRole } from '@extranet/domain';
import { InvitationStatusEnum, MembershipRoleEnum } from '../../common/graphql-enums.js';

@ObjectType()
export class Invitation {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => MembershipRoleEnum) role: MembershipRole;
  @Field(() => InvitationStatusEnum) status: keyof typeof InvitationStatusEnum;
  @Field() expiresAt: Date;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'What the invitation page shows before the account is activated.' })
export class InvitationPreview {
  @Field() email: string;
  @Field() organisationName: string;
  @Field(() => MembershipRoleEnum) role: MembershipRole;
  @Field() expiresAt: Date;
  @Field({ description: 'True when an account already exists: its current password is then asked.' }) existingAccount: boolean;
}

@ObjectType()
export class Member {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => MembershipRoleEnum) role: MembershipRole;
  @Field() active: boolean;
}
