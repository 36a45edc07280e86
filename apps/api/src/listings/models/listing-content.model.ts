// The listing's content, as both a GraphQL output type and an input type (the same shape: the
// domain's ListingContent). Size caps here are against abuse only; validateListing holds the rules.
import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import type { PaymentMethod } from '@extranet/domain';
import { PaymentMethodEnum } from '../../common/graphql-enums.js';

const cap = { message: 'Texte trop long.' };
const tooMany = { message: 'Trop d’éléments.' };

@InputType('TranslatedTextInput')
@ObjectType()
export class TranslatedText {
  @Field() @MaxLength(10_000, cap) fr: string;
  @Field() @MaxLength(10_000, cap) en: string;
  @Field() @MaxLength(10_000, cap) de: string;
}

@InputType('ListingAddressInput')
@ObjectType()
export class ListingAddress {
  @Field() @MaxLength(400, cap) street: string;
  @Field({ description: 'Follows the commune; ignored on input.' }) @MaxLength(20, cap) postalCode: string;
  @Field({ description: 'INSEE code of one of the 27 communes.' }) @MaxLength(10, cap) communeCode: string;
}

@InputType('GeoPointInput')
@ObjectType()
export class GeoPoint {
  @Field(() => Float) lat: number;
  @Field(() => Float) lng: number;
}

@InputType('ListingContactInput')
@ObjectType()
export class ListingContact {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40, cap) phone: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(254, cap) email: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(400, cap) website: string | null;
}

@InputType('OpeningHoursInput')
@ObjectType()
export class OpeningHours {
  @Field({ description: 'HH:MM' }) @MaxLength(5, cap) opens: string;
  @Field({ description: 'HH:MM' }) @MaxLength(5, cap) closes: string;
}

@InputType('OpeningPeriodInput')
@ObjectType()
export class OpeningPeriod {
  @Field({ description: 'YYYY-MM-DD' }) @MaxLength(10, cap) from: string;
  @Field({ description: 'YYYY-MM-DD' }) @MaxLength(10, cap) to: string;
  @Field(() => [Int], { description: 'ISO week days (1 = Monday); empty: every day.' }) @ArrayMaxSize(7, tooMany) weekdays: number[];
  @Field(() => [OpeningHours]) @ArrayMaxSize(6, tooMany) @ValidateNested({ each: true }) @Type(() => OpeningHours) hours: OpeningHours[];
  @Field() @MaxLength(400, cap) note: string;
}

@InputType('PriceInput')
@ObjectType()
export class Price {
  @Field() @MaxLength(200, cap) label: string;
  @Field(() => Int, { description: 'Cents.' }) min: number;
  @Field(() => Int, { nullable: true, description: 'Cents; null for a single amount.' }) max: number | null;
  @Field() @MaxLength(100, cap) period: string;
}

@InputType('CapacityInput')
@ObjectType()
export class Capacity {
  @Field(() => Int, { nullable: true }) rooms: number | null;
  @Field(() => Int, { nullable: true }) persons: number | null;
  @Field(() => Int, { nullable: true }) pitches: number | null;
}

@InputType('ClassificationInput')
@ObjectType()
export class Classification {
  @Field(() => Int, { nullable: true }) stars: number | null;
  @Field(() => [String]) @ArrayMaxSize(50, tooMany) @MaxLength(200, { ...cap, each: true }) labels: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40, cap) registrationNumber: string | null;
}

@InputType('EventDatesInput')
@ObjectType()
export class EventDates {
  @Field({ description: 'YYYY-MM-DD' }) @MaxLength(10, cap) start: string;
  @Field({ description: 'YYYY-MM-DD' }) @MaxLength(10, cap) end: string;
}

@InputType('ListingPhotoInput')
@ObjectType()
export class ListingPhoto {
  @Field(() => ID, { description: 'The id the upload returned.' }) @MaxLength(80, cap) id: string;
  @Field() @MaxLength(400, cap) caption: string;
  @Field() @MaxLength(400, cap) credit: string;
}

@InputType('ListingContentInput')
@ObjectType()
export class ListingContent {
  @Field() @MaxLength(400, cap) name: string;
  @Field(() => TranslatedText) @ValidateNested() @Type(() => TranslatedText) shortDescription: TranslatedText;
  @Field(() => TranslatedText) @ValidateNested() @Type(() => TranslatedText) longDescription: TranslatedText;
  @Field(() => ListingAddress) @ValidateNested() @Type(() => ListingAddress) address: ListingAddress;
  @Field(() => GeoPoint, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => GeoPoint) position: GeoPoint | null;
  @Field(() => ListingContact) @ValidateNested() @Type(() => ListingContact) contact: ListingContact;
  @Field(() => [OpeningPeriod]) @ArrayMaxSize(50, tooMany) @ValidateNested({ each: true }) @Type(() => OpeningPeriod) openingPeriods: OpeningPeriod[];
  @Field(() => [String], { description: 'YYYY-MM-DD' }) @ArrayMaxSize(400, tooMany) @MaxLength(10, { ...cap, each: true }) closures: string[];
  @Field(() => [Price]) @ArrayMaxSize(60, tooMany) @ValidateNested({ each: true }) @Type(() => Price) prices: Price[];
  @Field(() => [PaymentMethodEnum]) @ArrayMaxSize(20, tooMany) paymentMethods: PaymentMethod[];
  @Field(() => Capacity) @ValidateNested() @Type(() => Capacity) capacity: Capacity;
  @Field(() => Classification) @ValidateNested() @Type(() => Classification) classification: Classification;
  @Field(() => EventDates, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => EventDates) eventDates: EventDates | null;
  @Field(() => [ListingPhoto]) @ArrayMaxSize(60, tooMany) @ValidateNested({ each: true }) @Type(() => ListingPhoto) photos: ListingPhoto[];
  @Field(() => [String], { description: 'Staff only.' }) @ArrayMaxSize(50, tooMany) @MaxLength(200, { ...cap, each: true }) internalCriteria: string[];
}
