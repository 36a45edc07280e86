import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import type { AccommodationKind, TaxBasis, TaxCategory, TaxPaymentMethod } from '@extranet/domain';
import { IsId } from '../common/validation.js';
import { TaxAccommodationKindEnum, TaxBasisEnum, TaxCategoryEnum, TaxPaymentMethodEnum } from './tax-enums.js';

const tooLong = { message: 'Texte trop long.' };

@InputType()
export class TaxOpeningPeriodInput {
  @Field({ description: 'YYYY-MM-DD, first day open.' }) @MaxLength(10, tooLong) from: string;
  @Field({ description: 'YYYY-MM-DD, last day open.' }) @MaxLength(10, tooLong) to: string;
}

@InputType()
export class TaxAccommodationInput {
  @Field() @MaxLength(200, tooLong) name: string;
  @Field({ defaultValue: '' }) @MaxLength(400, tooLong) street: string;
  @Field() @MaxLength(10, tooLong) communeCode: string;
  @Field(() => TaxAccommodationKindEnum) kind: AccommodationKind;
  @Field(() => Int, { nullable: true }) stars: number | null;
  @Field(() => Int) capacity: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40, tooLong) registrationNumber: string | null;
  @Field(() => TaxBasisEnum, { defaultValue: 'PER_NIGHT' }) basis: TaxBasis;
  @Field({ description: 'YYYY-MM-DD.' }) @MaxLength(10, tooLong) activeFrom: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10, tooLong) activeTo: string | null;
  @Field(() => [TaxOpeningPeriodInput], { defaultValue: [], description: 'Flat-rate basis only: the days open.' }) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => TaxOpeningPeriodInput) openingPeriods: TaxOpeningPeriodInput[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() listingId: string | null;
}

@InputType()
export class CreateTaxAccommodationInput extends TaxAccommodationInput {
  @Field(() => ID) @IsId() organisationId: string;
}

@InputType()
export class UpdateTaxAccommodationInput extends TaxAccommodationInput {
  @Field(() => ID) @IsId() id: string;
  @Field(() => Int, { description: 'The version the form was loaded from.' }) version: number;
}

@InputType({ description: 'Two accounts of the same host for one accommodation: the second one\'s declarations, payments and reminders move to the first, then it is deleted.' })
export class MergeTaxAccommodationsInput {
  @Field(() => ID, { description: 'The account kept.' }) @IsId() keptId: string;
  @Field(() => Int) keptVersion: number;
  @Field(() => ID, { description: 'The duplicate, deleted once merged.' }) @IsId() mergedId: string;
  @Field(() => Int) mergedVersion: number;
}

@InputType()
export class TaxExemptionInput {
  @Field(() => Int, { defaultValue: 0 }) MINOR: number;
  @Field(() => Int, { defaultValue: 0 }) SEASONAL_WORKER: number;
  @Field(() => Int, { defaultValue: 0 }) EMERGENCY_HOUSING: number;
  @Field(() => Int, { defaultValue: 0 }) RENT_BELOW_THRESHOLD: number;
}

@InputType()
export class TaxDeclarationLineInput {
  @Field(() => Int, { defaultValue: 1, description: 'Identical stays this line stands for.' }) stays: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10, tooLong) arrival: string | null;
  @Field(() => Int) nights: number;
  @Field(() => Int) persons: number;
  @Field(() => TaxExemptionInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => TaxExemptionInput) exempted: TaxExemptionInput | null;
  @Field(() => Int, { nullable: true, description: 'Nightly price excl. VAT, cents (unclassified accommodation).' }) nightlyPriceCents: number | null;
  @Field({ defaultValue: false }) platformCollected: boolean;
}

@InputType()
export class TaxDeclarationInput {
  @Field(() => ID) @IsId() accommodationId: string;
  @Field(() => Int) year: number;
  @Field(() => Int) quarter: number;
  @Field({ defaultValue: false }) noRental: boolean;
  @Field(() => [TaxDeclarationLineInput], { defaultValue: [] })
  @ArrayMaxSize(500, { message: 'Une déclaration compte au plus 500 lignes.' }) @ValidateNested({ each: true }) @Type(() => TaxDeclarationLineInput)
  lines: TaxDeclarationLineInput[];
}

@InputType()
export class CorrectTaxDeclarationInput extends TaxDeclarationInput {
  @Field({ description: 'Why the declaration is corrected.' }) @MaxLength(1000, tooLong) note: string;
}

@InputType()
export class RecordTaxPaymentInput {
  @Field(() => ID) @IsId() accommodationId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() declarationId: string | null;
  @Field(() => TaxPaymentMethodEnum) method: TaxPaymentMethod;
  @Field() @MaxLength(10, tooLong) paidOn: string;
  @Field(() => Int) amountCents: number;
  @Field({ defaultValue: '' }) @MaxLength(200, tooLong) reference: string;
}

@InputType()
export class TaxRateInput {
  @Field(() => TaxCategoryEnum) category: Exclude<TaxCategory, 'UNCLASSIFIED'>;
  @Field(() => Int) communalCents: number;
}

@InputType()
export class TaxAdditionalRateInput {
  @Field() @MaxLength(40, tooLong) code: string;
  @Field() @MaxLength(120, tooLong) label: string;
  @Field(() => Int) basisPoints: number;
}

@InputType()
export class SetTaxTariffsInput {
  @Field(() => Int) year: number;
  @Field(() => [TaxRateInput]) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => TaxRateInput) rates: TaxRateInput[];
  @Field(() => Int) proportionalBasisPoints: number;
  @Field(() => Int) proportionalCapCents: number;
  @Field(() => [TaxAdditionalRateInput], { defaultValue: [] }) @ArrayMaxSize(5) @ValidateNested({ each: true }) @Type(() => TaxAdditionalRateInput) additionalRates: TaxAdditionalRateInput[];
  @Field(() => Int, { nullable: true }) rentThresholdCents: number | null;
  @Field(() => Int, { defaultValue: 0 }) flatRateAllowancePercent: number;
  @Field(() => Int, { nullable: true, description: 'The version edited; null to create the year.' }) version: number | null;
}
