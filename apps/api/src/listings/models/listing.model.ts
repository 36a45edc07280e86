import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ChangeRequestStatus, Freshness, ListingType } from '@extranet/domain';
import { ChangeRequestStatusEnum, FieldDecisionEnum, FieldKindEnum, FreshnessEnum, ListingTypeEnum } from '../../common/graphql-enums.js';
import { JsonScalar } from '../../common/json.scalar.js';
import { ListingContent } from './listing-content.model.js';

@ObjectType()
export class Listing {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field(() => ListingTypeEnum) type: ListingType;
  @Field(() => ListingContent) content: ListingContent;
  @Field(() => Int, { description: 'Increases with every published change; a change request names the version it was made from.' }) version: number;
  @Field({ description: 'Last publication or confirmation: the start of its freshness period.' }) lastConfirmedAt: Date;
  @Field(() => FreshnessEnum) freshness: Freshness;
  @Field({ description: 'From then on the listing is due for confirmation.' }) dueAt: Date;
  @Field({ description: 'From then on the listing is stale.' }) staleAt: Date;
  @Field(() => Float, { nullable: true }) apidaeId: number | null;
  @Field() updatedAt: Date;
}

@ObjectType()
export class ListingPage {
  @Field(() => [Listing]) items: Listing[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType({ description: 'One field of a change request, with what is published and what is proposed.' })
export class FieldChange {
  @Field({ description: 'Dotted path in the listing content, e.g. `shortDescription.en`.' }) path: string;
  @Field({ description: 'French label of the field.' }) label: string;
  @Field(() => FieldKindEnum) kind: 'text' | 'longText' | 'value';
  @Field(() => JsonScalar, { nullable: true }) before: unknown;
  @Field(() => JsonScalar, { nullable: true }) after: unknown;
}

@ObjectType()
export class FieldDecisionRecord {
  @Field() path: string;
  @Field(() => FieldDecisionEnum) decision: 'APPROVE' | 'REJECT';
  @Field(() => JsonScalar, { nullable: true }) correctedValue?: unknown;
}

@ObjectType()
export class ChangeRequest {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'Null for a proposed new listing.' }) listingId: string | null;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field(() => ListingTypeEnum) type: ListingType;
  @Field() listingName: string;
  @Field() communeCode: string;
  @Field() communeName: string;
  @Field(() => [FieldChange]) changes: FieldChange[];
  @Field(() => Int, { nullable: true }) baseVersion: number | null;
  @Field(() => ChangeRequestStatusEnum) status: ChangeRequestStatus;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) submittedByName: string | null;
  @Field() submittedAt: Date;
  @Field(() => String, { nullable: true }) reviewedByName: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field(() => [FieldDecisionRecord], { nullable: true }) decisions: FieldDecisionRecord[] | null;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@ObjectType()
export class ChangeRequestPage {
  @Field(() => [ChangeRequest]) items: ChangeRequest[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType({ description: 'What the staff home shows of the review queue.' })
export class ReviewQueueSummary {
  @Field(() => Int) open: number;
  @Field(() => Date, { nullable: true }) oldestSubmittedAt: Date | null;
}

@ObjectType()
export class ListingTodo {
  @Field(() => [Listing], { description: 'Due soon or stale, the stalest first.' }) listings: Listing[];
  @Field(() => [ChangeRequest], { description: 'Requests the office sent back for changes.' }) sentBack: ChangeRequest[];
}
