import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import type { GlobalRole } from '@extranet/domain';
import { GlobalRoleEnum } from '../../common/graphql-enums.js';

@InputType()
export class SetGlobalRolesInput {
  @Field(() => ID) @MaxLength(40, { message: 'Identifiant invalide.' }) userId: string;
  @Field(() => [GlobalRoleEnum], { description: 'The complete list: roles not listed are removed.' })
  @ArrayMaxSize(3, { message: 'Trop de rôles.' })
  roles: GlobalRole[];
}
