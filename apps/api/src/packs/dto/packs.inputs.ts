import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import type { CatalogueItemKind, OrganisationCategory, PaymentChoice, SubscriptionStatus } from '@extranet/domain';
import { OrganisationCategoryEnum } from '../../common/graphql-enums.js';
import { IsId } from '../../common/validation.js';
import { CatalogueItemKindEnum, PaymentChoiceEnum, SubscriptionStatusEnum } from '../models/packs.model.js';

const amount = { message: 'Montant invalide (en centimes).' };
const year = { message: 'Année invalide.' };

@InputType({ description: 'Validated by the domain (validateCatalogueItem), with French messages per field.' })
export class CatalogueItemFields {
  @Field(() => Int) @IsInt(year) year: number;
  @Field() @MaxLength(200, { message: 'Texte trop long.' }) name: string;
  @Field({ defaultValue: '' }) @MaxLength(5000, { message: 'Texte trop long.' }) description: string;
  @Field(() => Int) @IsInt(amount) priceExclCents: number;
  @Field(() => Int) @IsInt({ message: 'Taux de TVA invalide.' }) vatRateBp: number;
  @Field(() => [OrganisationCategoryEnum]) @ArrayMaxSize(20, { message: 'Trop de catégories.' }) categories: OrganisationCategory[];
}

@InputType()
export class CreateCatalogueItemInput extends CatalogueItemFields {
  @Field(() => CatalogueItemKindEnum) kind: CatalogueItemKind;
}

@InputType()
export class UpdateCatalogueItemInput extends CatalogueItemFields {
  @Field(() => ID) @IsId() id: string;
}

@InputType()
export class ReorderCatalogueInput {
  @Field(() => Int) @IsInt(year) year: number;
  @Field(() => CatalogueItemKindEnum) kind: CatalogueItemKind;
  @Field(() => [ID]) @ArrayMaxSize(200, { message: 'Trop d’éléments.' }) @IsId({ each: true }) ids: string[];
}

@InputType()
export class SubscribeInput {
  @Field(() => ID) @IsId() organisationId: string;
  @Field(() => ID) @IsId() packId: string;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(50, { message: 'Trop d’options.' }) @IsId({ each: true }) optionIds: string[];
  @Field(() => ID, { description: 'The terms of sale version the partner read.' }) @IsId() termsId: string;
  @Field() @IsBoolean() acceptTerms: boolean;
  @Field(() => PaymentChoiceEnum) paymentChoice: PaymentChoice;
  @Field(() => Int, { nullable: true, description: 'Total incl. VAT the portal showed, in cents.' })
  @IsOptional() @IsInt(amount) @Min(0, amount) @Max(100_000_000, amount) shownTotalInclCents?: number | null;
}

@InputType()
export class RecordPaymentInput {
  @Field(() => ID) @IsId() subscriptionId: string;
  @Field({ description: 'TRANSFER, CHEQUE or CASH.' }) @MaxLength(20, { message: 'Moyen de paiement invalide.' }) method: string;
  @Field(() => Int) @IsInt(amount) amountCents: number;
  @Field({ description: 'Calendar day, YYYY-MM-DD.' }) @MaxLength(10, { message: 'Date invalide.' }) receivedOn: string;
  @Field({ defaultValue: '' }) @MaxLength(500, { message: 'Texte trop long.' }) reference: string;
}

@InputType()
export class CancelInvoiceInput {
  @Field(() => ID) @IsId() invoiceId: string;
  @Field() @MaxLength(1000, { message: 'Texte trop long.' }) reason: string;
}

@InputType()
export class SubscriptionFilter {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt(year) @Min(2000, year) @Max(2100, year) year?: number | null;
  @Field(() => SubscriptionStatusEnum, { nullable: true }) status?: SubscriptionStatus | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100, { message: 'Texte trop long.' }) search?: string | null;
}
