import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AccommodationKind, DeclarationAnomalyCode, TaxBasis, TaxCategory, TaxPaymentMethod } from '@extranet/domain';
import { JsonScalar } from '../common/json.scalar.js';
import {
  TaxAccommodationKindEnum, TaxAnomalyCodeEnum, TaxBasisEnum, TaxCategoryEnum, TaxDeclarationStatusEnum, TaxPaymentMethodEnum, TaxPeriodStateEnum,
  type TaxDeclarationStatus, type TaxPeriodState,
} from './tax-enums.js';

@ObjectType()
export class TaxAdditionalRate {
  @Field() code: string;
  @Field() label: string;
  @Field(() => Int, { description: 'Basis points of the communal amount: 1000 = 10 %.' }) basisPoints: number;
}

@ObjectType()
export class TaxRate {
  @Field(() => TaxCategoryEnum) category: TaxCategory;
  @Field() label: string;
  @Field(() => Int, { description: 'Communal share per person per night, cents.' }) communalCents: number;
  @Field(() => Int, { description: 'What the guest pays per person per night, additional taxes included, cents.' }) perPersonNightCents: number;
}

@ObjectType({ description: "A year's tariffs, as the engine reads them." })
export class TaxTariffs {
  @Field(() => Int) year: number;
  @Field(() => [TaxRate]) rates: TaxRate[];
  @Field(() => Int) proportionalBasisPoints: number;
  @Field(() => Int) proportionalCapCents: number;
  @Field(() => [TaxAdditionalRate]) additionalRates: TaxAdditionalRate[];
  @Field(() => Int, { nullable: true }) rentThresholdCents: number | null;
  @Field(() => Int) flatRateAllowancePercent: number;
  @Field(() => Int) version: number;
}

@ObjectType()
export class TaxBalance {
  @Field(() => Float) declaredCents: number;
  @Field(() => Float) paidCents: number;
  @Field(() => Float) outstandingCents: number;
}

@ObjectType({ description: 'One period of one accommodation: its deadline and where it stands.' })
export class TaxAccommodationPeriod {
  @Field(() => Int) year: number;
  @Field(() => Int) quarter: number;
  @Field() key: string;
  @Field() label: string;
  @Field() from: string;
  @Field() to: string;
  @Field() deadline: string;
  @Field(() => TaxPeriodStateEnum) state: TaxPeriodState;
  @Field(() => ID, { nullable: true, description: 'The current declaration (draft or submitted).' }) declarationId: string | null;
  @Field(() => Int, { nullable: true }) amountCents: number | null;
}

@ObjectType({ description: 'Days an accommodation on the flat-rate basis is open, both ends included.' })
export class TaxOpeningPeriod {
  @Field() from: string;
  @Field() to: string;
}

@ObjectType({ description: 'An accommodation in the tax register (a tax account).' })
export class TaxAccommodation {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field() name: string;
  @Field() street: string;
  @Field() communeCode: string;
  @Field() communeName: string;
  @Field(() => TaxAccommodationKindEnum) kind: AccommodationKind;
  @Field() kindLabel: string;
  @Field(() => Int, { nullable: true }) stars: number | null;
  @Field(() => Int, { description: 'Beds, or pitches when `capacityInPitches`.' }) capacity: number;
  @Field() capacityInPitches: boolean;
  @Field(() => String, { nullable: true }) registrationNumber: string | null;
  @Field(() => TaxBasisEnum) basis: TaxBasis;
  @Field() activeFrom: string;
  @Field(() => String, { nullable: true }) activeTo: string | null;
  @Field(() => [TaxOpeningPeriod], { description: 'Flat-rate basis: the days open (none: every day of the activity).' }) openingPeriods: TaxOpeningPeriod[];
  @Field(() => ID, { nullable: true }) listingId: string | null;
  @Field(() => TaxCategoryEnum) category: TaxCategory;
  @Field() categoryLabel: string;
  @Field(() => Int) version: number;
}

@ObjectType()
export class TaxAccommodationPage {
  @Field(() => [TaxAccommodation]) items: TaxAccommodation[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType()
export class TaxExemptionCounts {
  @Field(() => Int) MINOR: number;
  @Field(() => Int) SEASONAL_WORKER: number;
  @Field(() => Int) EMERGENCY_HOUSING: number;
  @Field(() => Int) RENT_BELOW_THRESHOLD: number;
}

@ObjectType()
export class TaxDeclarationLine {
  @Field(() => Int) stays: number;
  @Field(() => String, { nullable: true }) arrival: string | null;
  @Field(() => Int) nights: number;
  @Field(() => Int) persons: number;
  @Field(() => TaxExemptionCounts) exempted: TaxExemptionCounts;
  @Field(() => Int, { nullable: true }) nightlyPriceCents: number | null;
  @Field() platformCollected: boolean;
}

@ObjectType()
export class TaxAnomaly {
  @Field(() => TaxAnomalyCodeEnum) code: DeclarationAnomalyCode;
  @Field() message: string;
}

@ObjectType()
export class TaxDeclaration {
  @Field(() => ID) id: string;
  @Field(() => ID) accommodationId: string;
  @Field() accommodationName: string;
  @Field(() => ID) organisationId: string;
  @Field(() => Int) year: number;
  @Field(() => Int) quarter: number;
  @Field() periodLabel: string;
  @Field() deadline: string;
  @Field(() => Int, { description: '1, then one more per correction.' }) revision: number;
  @Field(() => TaxDeclarationStatusEnum) status: TaxDeclarationStatus;
  @Field() noRental: boolean;
  @Field(() => [TaxDeclarationLine]) lines: TaxDeclarationLine[];
  @Field(() => TaxCategoryEnum) category: TaxCategory;
  @Field(() => Int) amountCents: number;
  @Field(() => JsonScalar, { description: "The engine's totals: base, additional taxes, nights, exemptions, platform nights." }) totals: unknown;
  @Field(() => Int) nights: number;
  @Field(() => Int) personNights: number;
  @Field(() => Int) platformNights: number;
  @Field(() => [TaxAnomaly]) anomalies: TaxAnomaly[];
  @Field(() => String, { nullable: true }) correctionNote: string | null;
  @Field(() => Int, { nullable: true, description: 'Amount of the revision this one corrects.' }) previousAmountCents: number | null;
  @Field(() => Int, { nullable: true }) previousNights: number | null;
  @Field(() => Int, { nullable: true }) previousPersonNights: number | null;
  @Field(() => Boolean, { nullable: true }) previousNoRental: boolean | null;
  @Field(() => [TaxLineDifference], { nullable: true, description: 'Line by line against the revision this one corrects; null for a first revision.' }) differences: TaxLineDifference[] | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field({ description: 'Submitted after the deadline (or still not submitted after it).' }) late: boolean;
  @Field(() => Int) version: number;
}

@ObjectType()
export class TaxFieldChange {
  @Field() label: string;
  @Field() before: string;
  @Field() after: string;
}

@ObjectType({ description: 'One line of a corrected declaration against the revision it replaces (lines compared by position).' })
export class TaxLineDifference {
  @Field(() => Int, { description: '1-based.' }) line: number;
  @Field({ description: 'ADDED, REMOVED, CHANGED or UNCHANGED.' }) kind: string;
  @Field(() => String, { nullable: true }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
  @Field(() => [TaxFieldChange]) changes: TaxFieldChange[];
}

@ObjectType()
export class TaxPayment {
  @Field(() => ID) id: string;
  @Field(() => ID) accommodationId: string;
  @Field(() => ID, { nullable: true }) declarationId: string | null;
  @Field(() => TaxPaymentMethodEnum) method: TaxPaymentMethod;
  @Field() paidOn: string;
  @Field(() => Int) amountCents: number;
  @Field() reference: string;
}

@ObjectType({ description: "What a host's home shows: the next declaration due and any late one." })
export class TaxTodoItem {
  @Field(() => ID) accommodationId: string;
  @Field() accommodationName: string;
  @Field(() => Int) year: number;
  @Field(() => Int) quarter: number;
  @Field() periodLabel: string;
  @Field() deadline: string;
  @Field(() => Int) daysLate: number;
  @Field(() => ID, { nullable: true }) draftId: string | null;
}

@ObjectType()
export class TaxTodo {
  @Field(() => [TaxTodoItem]) due: TaxTodoItem[];
  @Field(() => [TaxTodoItem]) late: TaxTodoItem[];
  @Field(() => TaxBalance) balance: TaxBalance;
}

@ObjectType()
export class TaxPeriodStats {
  @Field(() => Int) year: number;
  @Field(() => Int) quarter: number;
  @Field() label: string;
  @Field() deadline: string;
  @Field({ description: 'The deadline has passed.' }) closed: boolean;
  @Field(() => Int) expected: number;
  @Field(() => Int) received: number;
  @Field(() => Int, { description: 'Expected, not received, deadline passed.' }) late: number;
  @Field(() => Float) declaredCents: number;
  @Field(() => Int) anomalies: number;
}

@ObjectType()
export class TaxFollowUp {
  @Field(() => Int) year: number;
  @Field(() => [TaxPeriodStats]) periods: TaxPeriodStats[];
  @Field(() => TaxBalance, { description: "The year's declarations and the payments against them." }) balance: TaxBalance;
}

@ObjectType()
export class TaxLateDeclaration {
  @Field(() => ID) accommodationId: string;
  @Field() accommodationName: string;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field() communeName: string;
  @Field(() => Int) year: number;
  @Field(() => Int) quarter: number;
  @Field() periodLabel: string;
  @Field() deadline: string;
  @Field(() => Int) daysLate: number;
  @Field(() => Date, { nullable: true }) lastReminderAt: Date | null;
}

@ObjectType()
export class TaxLatePage {
  @Field(() => [TaxLateDeclaration]) items: TaxLateDeclaration[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType()
export class TaxStaffTodo {
  @Field(() => Int) lateDeclarations: number;
  @Field(() => Int) anomalies: number;
  @Field(() => Float) outstandingCents: number;
}

@ObjectType()
export class TaxReminderResult {
  @Field(() => Int, { description: 'E-mails queued in the outbox (one per active owner).' }) emails: number;
}

@ObjectType({ description: 'One possibly undeclared item: a partner, a listing or a tax account.' })
export class TaxUndeclaredItem {
  @Field(() => ID, { description: 'The partner, listing or accommodation.' }) id: string;
  @Field() name: string;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field() communeName: string;
  @Field() communeCode: string;
  @Field(() => Date, { nullable: true, description: 'When the office last wrote to this host from the list.' }) lastWrittenAt: Date | null;
}

@ObjectType()
export class TaxUndeclaredList {
  @Field(() => Int) total: number;
  @Field(() => [TaxUndeclaredItem]) items: TaxUndeclaredItem[];
}

@ObjectType({ description: 'What may escape the tax, for the office to look into.' })
export class TaxUndeclared {
  @Field(() => Int) year: number;
  @Field(() => TaxUndeclaredList, { description: 'Accommodation partners (hotels, residences, campsites, lets) with no tax account.' }) partners: TaxUndeclaredList;
  @Field(() => TaxUndeclaredList, { description: 'Accommodation listings whose organisation has no tax account.' }) listings: TaxUndeclaredList;
  @Field(() => TaxUndeclaredList, { description: 'Accounts with no declaration in the year although a deadline has passed.' }) silent: TaxUndeclaredList;
  @Field(() => TaxUndeclaredList, { description: 'Furnished lets without a national registration number.' }) unregistered: TaxUndeclaredList;
}

@ObjectType({ description: 'Submitted declarations summed for one quarter, commune or category, this year and the year before.' })
export class TaxStatisticsRow {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Float) nights: number;
  @Field(() => Float) personNights: number;
  @Field(() => Float) platformNights: number;
  @Field(() => Float) amountCents: number;
  @Field(() => Float) previousNights: number;
  @Field(() => Float) previousPersonNights: number;
  @Field(() => Float) previousAmountCents: number;
}

@ObjectType()
export class TaxForecast {
  @Field(() => Float, { description: 'Declared so far this year.' }) declaredCents: number;
  @Field(() => Float, { description: 'Declared so far plus the expected amount of the quarters not yet declared.' }) forecastCents: number;
  @Field(() => Float) previousYearCents: number;
  @Field({ description: 'How the forecast is made, in French, for the page.' }) method: string;
}

@ObjectType()
export class TaxStatistics {
  @Field(() => Int) year: number;
  @Field(() => [TaxStatisticsRow], { description: 'Twelve rows, January first; quarterly totals declared without dates are spread by days (monthMethod).' }) byMonth: TaxStatisticsRow[];
  @Field({ description: 'How the quarterly declarations are counted by month, in French, for the page.' }) monthMethod: string;
  @Field(() => [TaxStatisticsRow]) byQuarter: TaxStatisticsRow[];
  @Field(() => [TaxStatisticsRow]) byCommune: TaxStatisticsRow[];
  @Field(() => [TaxStatisticsRow]) byCategory: TaxStatisticsRow[];
  @Field(() => TaxForecast) forecast: TaxForecast;
}
