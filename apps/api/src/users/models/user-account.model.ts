import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { GlobalRole } from '@extranet/domain';
import { GlobalRoleEnum } from '../../common/graphql-enums.js';

@ObjectType({ description: 'An account as the administrator manages it.' })
export class UserAccount {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field() active: boolean;
  @Field(() => [GlobalRoleEnum]) globalRoles: GlobalRole[];
}
