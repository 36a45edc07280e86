import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import type { AccommodationKind } from '@extranet/domain';
import { IsId } from '../common/validation.js';
import { TaxAccommodationKindEnum } from './tax-enums.js';
import { TaxOpeningPeriodInput, UpdateTaxAccommodationInput } from './tax.inputs.js';

const tooLong = { message: 'Texte trop long.' };

@InputType({ description: 'The value proposed for each field named in `fields` (the others are ignored).' })
export class TaxCorrectionProposalInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200, tooLong) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(400, tooLong) street?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10, tooLong) communeCode?: string | null;
  @Field(() => TaxAccommodationKindEnum, { nullable: true }) kind?: AccommodationKind | null;
  @Field(() => Int, { nullable: true }) stars?: number | null;
  @Field(() => Int, { nullable: true }) capacity?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40, tooLong) registrationNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10, tooLong) activeFrom?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10, tooLong) activeTo?: string | null;
  @Field(() => [TaxOpeningPeriodInput], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => TaxOpeningPeriodInput) openingPeriods?: TaxOpeningPeriodInput[] | null;
}

@InputType()
export class RequestTaxCorrectionInput {
  @Field(() => ID) @IsId() accommodationId: string;
  @Field() @MaxLength(4000, tooLong) message: string;
  @Field(() => [String], { defaultValue: [], description: 'CORRECTABLE_FIELDS the owner thinks are wrong.' }) @ArrayMaxSize(20) @MaxLength(40, { each: true, ...tooLong }) fields: string[];
  @Field(() => TaxCorrectionProposalInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => TaxCorrectionProposalInput) proposed: TaxCorrectionProposalInput | null;
}

@InputType({ description: 'Accepts a pending request by saving the account as staff edited it (the usual edit, audited).' })
export class AcceptTaxCorrectionInput {
  @Field(() => ID) @IsId() requestId: string;
  @Field(() => Int, { description: 'The request version the page was loaded from.' }) requestVersion: number;
  @Field(() => UpdateTaxAccommodationInput) @ValidateNested() @Type(() => UpdateTaxAccommodationInput) accommodation: UpdateTaxAccommodationInput;
}

@InputType()
export class DeclineTaxCorrectionInput {
  @Field(() => ID) @IsId() requestId: string;
  @Field(() => Int) requestVersion: number;
  @Field() @MaxLength(2000, tooLong) reason: string;
}

@InputType()
export class WriteToTaxHostInput {
  @Field(() => ID) @IsId() organisationId: string;
  @Field() @MaxLength(400, tooLong) subject: string;
  @Field() @MaxLength(10000, tooLong) text: string;
}
