import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import type { ActionKind, ActionStatus, OrganisationCategory, RegistrationStatus } from '@extranet/domain';
import { OrganisationCategoryEnum } from '../../common/graphql-enums.js';
import { IsId } from '../../common/validation.js';
import { ActionKindEnum, ActionStatusEnum, RegistrationStatusEnum } from '../relations-enums.js';

@ObjectType()
export class ActionRegistration {
  @Field(() => ID) id: string;
  @Field(() => ID) actionId: string;
  @Field() actionTitle: string;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field(() => RegistrationStatusEnum) status: RegistrationStatus;
  @Field({ description: 'When it joined (the waiting list follows this order).' }) queuedAt: Date;
  @Field(() => Int, { nullable: true, description: 'Place on the waiting list, 1 for the next one.' }) waitingPosition: number | null;
}

@ObjectType()
export class PromotionAction {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => ActionKindEnum) kind: ActionKind;
  @Field({ description: 'Markdown.' }) description: string;
  @Field({ description: 'The description rendered safely.' }) descriptionHtml: string;
  @Field() place: string;
  @Field({ description: 'Calendar day YYYY-MM-DD.' }) startsOn: string;
  @Field() endsOn: string;
  @Field({ description: 'Last day to register or cancel.' }) registrationDeadline: string;
  @Field(() => Int) places: number;
  @Field(() => Int, { nullable: true, description: 'The partner’s share of the cost, in cents.' }) partnerCostCents: number | null;
  @Field(() => [OrganisationCategoryEnum], { description: 'Empty: open to every partner.' }) categories: OrganisationCategory[];
  @Field(() => ActionStatusEnum) status: ActionStatus;
  @Field(() => Int) version: number;
  @Field(() => Int) registered: number;
  @Field(() => Int) waiting: number;
  @Field(() => Int) placesLeft: number;
  @Field(() => ActionRegistration, { nullable: true, description: 'The asking organisation’s registration, if any.' }) registration: ActionRegistration | null;
}

@ObjectType()
export class ActionRegistrationRow extends ActionRegistration {
  @Field(() => String, { nullable: true }) organisationEmail: string | null;
  @Field() communeName: string;
  @Field(() => OrganisationCategoryEnum) category: OrganisationCategory;
}

const text = (max: number) => MaxLength(max, { message: 'Texte trop long.' });

@InputType()
export class SavePromotionActionInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() id?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'Version invalide.' }) @Min(1, { message: 'Version invalide.' }) version?: number | null;
  @Field() @text(300) title: string;
  @Field(() => ActionKindEnum) kind: ActionKind;
  @Field() @text(20_000) description: string;
  @Field() @text(400) place: string;
  @Field() @text(10) startsOn: string;
  @Field() @text(10) endsOn: string;
  @Field() @text(10) registrationDeadline: string;
  @Field(() => Int) places: number;
  @Field(() => Int, { nullable: true }) partnerCostCents: number | null;
  @Field(() => [OrganisationCategoryEnum], { defaultValue: [] }) @ArrayMaxSize(20, { message: 'Trop de catégories.' }) categories: OrganisationCategory[];
}

@InputType()
export class RegisterForActionInput {
  @Field(() => ID) @IsId() actionId: string;
  @Field(() => ID) @IsId() organisationId: string;
}

export { ActionStatusEnum };
