import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize } from 'class-validator';
import { GLOBAL_ROLES, type GlobalRole } from '@extranet/domain';
import { GlobalRoleEnum } from '../../common/graphql-enums.js';
import { IsId } from '../../common/validation.js';

@InputType()
export class SetGlobalRolesInput {
  @Field(() => ID) @IsId() userId: string;
  @Field(() => [GlobalRoleEnum], { description: 'The complete list: roles not listed are removed.' })
  @ArrayMaxSize(GLOBAL_ROLES.length, { message: 'Trop de rôles.' })
  roles: GlobalRole[];
}
