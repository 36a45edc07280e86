import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { CatalogueItemKind, OrganisationCategory, PackPaymentMethod, PackYearStatus, PaymentChoice, SubscriptionStatus } from '@extranet/domain';
import { OrganisationCategoryEnum } from '../../common/graphql-enums.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const CatalogueItemKindEnum = asEnum<CatalogueItemKind>(['PACK', 'OPTION']);
export const SubscriptionStatusEnum = asEnum<SubscriptionStatus>(['AWAITING_PAYMENT', 'PAID', 'CANCELLED']);
export const PaymentChoiceEnum = asEnum<PaymentChoice>(['ONLINE', 'TRANSFER', 'CHEQUE']);
export const PackPaymentMethodEnum = asEnum<PackPaymentMethod>(['CARD', 'SEPA_DEBIT', 'TRANSFER', 'CHEQUE', 'CASH']);
export const PackYearStatusEnum = asEnum<PackYearStatus>(['TO_CHOOSE', 'AWAITING_PAYMENT', 'PAID', 'TO_RENEW']);
export const InvoiceKindEnum = asEnum(['INVOICE', 'CREDIT_NOTE'] as const);
registerEnumType(CatalogueItemKindEnum, { name: 'CatalogueItemKind' });
registerEnumType(SubscriptionStatusEnum, { name: 'SubscriptionStatus' });
registerEnumType(PaymentChoiceEnum, { name: 'PaymentChoice', description: 'How the partner chose to pay.' });
registerEnumType(PackPaymentMethodEnum, { name: 'PackPaymentMethod', description: 'How money was received for a pack.' });
registerEnumType(PackYearStatusEnum, { name: 'PackYearStatus' });
registerEnumType(InvoiceKindEnum, { name: 'InvoiceKind' });

@ObjectType({ description: 'One version of a pack or an option. Amounts in cents; VAT rate in basis points (2000 = 20 %).' })
export class CatalogueItem {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'Same for every version of this pack or option.' }) lineageId: string;
  @Field(() => Int) version: number;
  @Field(() => CatalogueItemKindEnum) kind: CatalogueItemKind;
  @Field(() => Int) year: number;
  @Field() name: string;
  @Field() description: string;
  @Field(() => Int) priceExclCents: number;
  @Field(() => Int) vatRateBp: number;
  @Field(() => [OrganisationCategoryEnum]) categories: OrganisationCategory[];
  @Field(() => Int) position: number;
  @Field() archived: boolean;
  @Field({ description: 'Sold at least once: an edit creates a new version.' }) sold: boolean;
}

@ObjectType()
export class TermsOfSale {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field() body: string;
  @Field() publishedAt: Date;
}

@ObjectType({ description: 'What a partner may buy for a year: packs and options for its category.' })
export class PackOffer {
  @Field(() => ID) organisationId: string;
  @Field(() => Int) year: number;
  @Field(() => OrganisationCategoryEnum) category: OrganisationCategory;
  @Field(() => [CatalogueItem]) packs: CatalogueItem[];
  @Field(() => [CatalogueItem]) options: CatalogueItem[];
  @Field(() => TermsOfSale, { nullable: true }) terms: TermsOfSale | null;
  @Field({ description: 'Stripe is configured: the partner may pay online.' }) onlinePayment: boolean;
}

@ObjectType()
export class SubscriptionLine {
  @Field(() => ID) id: string;
  @Field(() => ID) catalogueItemId: string;
  @Field(() => CatalogueItemKindEnum) kind: CatalogueItemKind;
  @Field() label: string;
  @Field(() => Int) unitPriceExclCents: number;
  @Field(() => Int) vatRateBp: number;
}

@ObjectType()
export class PackPayment {
  @Field(() => ID) id: string;
  @Field(() => PackPaymentMethodEnum) method: PackPaymentMethod;
  @Field(() => Int) amountCents: number;
  @Field({ description: 'Calendar day, YYYY-MM-DD.' }) receivedOn: string;
  @Field() reference: string;
}

@ObjectType()
export class InvoiceSummary {
  @Field(() => ID) id: string;
  @Field(() => InvoiceKindEnum) kind: 'INVOICE' | 'CREDIT_NOTE';
  @Field() number: string;
  @Field({ description: 'Calendar day, YYYY-MM-DD.' }) issuedOn: string;
  @Field(() => Int, { description: 'Negative for a credit note.' }) totalInclCents: number;
  @Field({ description: 'Download address (GET, session cookie).' }) url: string;
}

@ObjectType()
export class PackSubscription {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field(() => Int) year: number;
  @Field(() => SubscriptionStatusEnum) status: SubscriptionStatus;
  @Field(() => PaymentChoiceEnum) paymentChoice: PaymentChoice;
  @Field(() => Int) termsVersion: number;
  @Field() termsAcceptedAt: Date;
  @Field(() => Int) totalExclCents: number;
  @Field(() => Int) totalVatCents: number;
  @Field(() => Int) totalInclCents: number;
  @Field(() => Int) paidCents: number;
  @Field(() => Int) remainingCents: number;
  @Field(() => Date, { nullable: true }) paidAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the last online payment failed, for the partner.' }) lastPaymentError: string | null;
  @Field() createdAt: Date;
  @Field(() => [SubscriptionLine]) lines: SubscriptionLine[];
  @Field(() => [PackPayment]) payments: PackPayment[];
  @Field(() => [InvoiceSummary]) invoices: InvoiceSummary[];
}

@ObjectType()
export class SubscribeResult {
  @Field(() => PackSubscription) subscription: PackSubscription;
  @Field(() => String, { nullable: true, description: 'Set when the server’s total differs from what the portal showed: the server’s wins.' }) priceNotice: string | null;
  @Field(() => String, { nullable: true, description: 'Stripe Checkout address when paying online.' }) checkoutUrl: string | null;
}

@ObjectType()
export class PackStatus {
  @Field(() => Int) year: number;
  @Field(() => PackYearStatusEnum) status: PackYearStatus;
  @Field(() => PackSubscription, { nullable: true }) subscription: PackSubscription | null;
}

@ObjectType()
export class PackSubscriptionPage {
  @Field(() => [PackSubscription]) items: PackSubscription[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType({ description: 'The office’s figures for a year.' })
export class PacksSummary {
  @Field(() => Int) year: number;
  @Field(() => Int) awaitingCount: number;
  @Field(() => Int, { description: 'Still to receive on subscriptions awaiting payment.' }) awaitingCents: number;
  @Field(() => Int) paidCount: number;
  @Field(() => Int, { description: 'Received so far (payments of subscriptions not cancelled).' }) revenueCents: number;
}

@ObjectType({ description: 'A partner that had a pack the year before, and whether it took one this year.' })
export class PackRenewal {
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field(() => SubscriptionStatusEnum) previousStatus: SubscriptionStatus;
  @Field(() => SubscriptionStatusEnum, { nullable: true }) status: SubscriptionStatus | null;
  @Field() renewed: boolean;
}

@ObjectType()
export class PackFollowUp {
  @Field(() => Int) year: number;
  @Field(() => [PackRenewal]) renewals: PackRenewal[];
  @Field(() => [PackSubscription], { description: 'Awaiting payment for more than 30 days.' }) overdue: PackSubscription[];
}

@ObjectType({ description: 'Revenue excluding VAT of one pack or option, per month (index 0 = January).' })
export class PackRevenueRow {
  @Field() itemName: string;
  @Field(() => CatalogueItemKindEnum) kind: CatalogueItemKind;
  @Field(() => [Int]) paidByMonth: number[];
  @Field(() => [Int]) awaitingByMonth: number[];
  @Field(() => Int) paidCents: number;
  @Field(() => Int) awaitingCents: number;
}
