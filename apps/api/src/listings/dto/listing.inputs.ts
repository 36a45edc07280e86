import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { Freshness, ListingType } from '@extranet/domain';
import { FieldDecisionEnum, FreshnessEnum, ListingTypeEnum } from '../../common/graphql-enums.js';
import { JsonScalar } from '../../common/json.scalar.js';
import { IsId } from '../../common/validation.js';
import { ListingContent } from '../models/listing-content.model.js';

const version = { message: 'Version invalide.' };

@InputType()
export class ListingFilter {
  @Field(() => ListingTypeEnum, { nullable: true }) type?: ListingType | null;
  @Field(() => FreshnessEnum, { nullable: true }) freshness?: Freshness | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100, { message: 'Texte trop long.' }) search?: string | null;
}

@InputType()
export class SubmitListingChangeInput {
  @Field(() => ID) @IsId() listingId: string;
  @Field(() => Int, { description: 'The listing version the form was loaded from.' }) @IsInt(version) @Min(1, version) version: number;
  @Field(() => ListingContent) @ValidateNested() @Type(() => ListingContent) content: ListingContent;
}

@InputType()
export class ProposeListingInput {
  @Field(() => ID) @IsId() organisationId: string;
  @Field(() => ListingTypeEnum) type: ListingType;
  @Field(() => ListingContent) @ValidateNested() @Type(() => ListingContent) content: ListingContent;
}

@InputType()
export class FieldDecisionInput {
  @Field() @MaxLength(60, { message: 'Champ inconnu.' }) path: string;
  @Field(() => FieldDecisionEnum) decision: 'APPROVE' | 'REJECT';
  @Field(() => JsonScalar, { nullable: true, description: 'The value staff publish instead of the proposed one.' }) correctedValue?: unknown;
}

@InputType()
export class ReviewChangeRequestInput {
  @Field(() => ID) @IsId() id: string;
  @Field(() => Int, { description: 'The request version the reviewer saw.' }) @IsInt(version) @Min(1, version) version: number;
  @Field(() => [FieldDecisionInput], { defaultValue: [] }) @ArrayMaxSize(60, { message: 'Trop de décisions.' }) @ValidateNested({ each: true }) @Type(() => FieldDecisionInput) decisions: FieldDecisionInput[];
  @Field({ defaultValue: '' }) @MaxLength(4000, { message: 'Texte trop long.' }) comment: string;
  @Field({ defaultValue: false, description: 'Send it back to the partner to complete, deciding nothing.' }) sendBack: boolean;
}

@InputType()
export class ReviewQueueFilter {
  @Field(() => ListingTypeEnum, { nullable: true }) type?: ListingType | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10, { message: 'Texte trop long.' }) communeCode?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() organisationId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Only requests waiting for at least this many days.' })
  @IsOptional() @IsInt({ message: 'Nombre de jours invalide.' }) @Min(0, { message: 'Nombre de jours invalide.' }) @Max(3650, { message: 'Nombre de jours invalide.' })
  minAgeDays?: number | null;
}
