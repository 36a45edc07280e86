import { Field, ID, InputType } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH, PERSON_NAME_LENGTH, type MembershipRole } from '@extranet/domain';
import { MembershipRoleEnum } from '../../common/graphql-enums.js';
import { IsId } from '../../common/validation.js';

@InputType()
export class InviteMemberInput {
  @Field(() => ID) @IsId() organisationId: string;
  @Field() @MaxLength(MAX_EMAIL_LENGTH, { message: 'Adresse e-mail trop longue.' }) email: string;
  @Field(() => MembershipRoleEnum) role: MembershipRole;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @MaxLength(100, { message: 'Lien invalide.' }) token: string;
  @Field() @MaxLength(PERSON_NAME_LENGTH.max, { message: `Le nom ne doit pas dépasser ${PERSON_NAME_LENGTH.max} caractères.` }) name: string;
  @Field() @MaxLength(MAX_PASSWORD_LENGTH, { message: 'Mot de passe trop long.' }) password: string;
}
