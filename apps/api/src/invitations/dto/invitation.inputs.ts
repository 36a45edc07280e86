import { Field, ID, InputType } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import type { MembershipRole } from '@extranet/domain';
import { MembershipRoleEnum } from '../../common/graphql-enums.js';

@InputType()
export class InviteMemberInput {
  @Field(() => ID) @MaxLength(40, { message: 'Identifiant invalide.' }) organisationId: string;
  @Field() @MaxLength(254, { message: 'Adresse e-mail trop longue.' }) email: string;
  @Field(() => MembershipRoleEnum) role: MembershipRole;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @MaxLength(100, { message: 'Lien invalide.' }) token: string;
  @Field() @MaxLength(120, { message: 'Nom trop long.' }) name: string;
  @Field() @MaxLength(128, { message: 'Mot de passe trop long.' }) password: string;
}
