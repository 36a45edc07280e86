import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ListingType } from '@extranet/domain';
import { ListingTypeEnum } from '../../common/graphql-enums.js';

@ObjectType({ description: 'How often listings of a type must be confirmed up to date.' })
export class ListingFrequency {
  @Field(() => ListingTypeEnum) type: ListingType;
  @Field({ description: 'French name of the type.' }) label: string;
  @Field(() => Int, { description: 'The office’s setting, in days.' }) days: number;
  @Field(() => Int, { description: 'The default when the office sets nothing.' }) defaultDays: number;
}

@ObjectType()
export class FreshnessCounts {
  @Field(() => Int) fresh: number;
  @Field(() => Int) dueSoon: number;
  @Field(() => Int) stale: number;
  @Field(() => Int) total: number;
}

@ObjectType()
export class FreshnessByType extends FreshnessCounts {
  @Field(() => ListingTypeEnum) type: ListingType;
  @Field() label: string;
}

@ObjectType()
export class FreshnessByCommune extends FreshnessCounts {
  @Field() communeCode: string;
  @Field() communeName: string;
}

@ObjectType({ description: 'Where listings stand: fresh, due soon or stale, by type and by commune.' })
export class FreshnessStats {
  @Field(() => FreshnessCounts) total: FreshnessCounts;
  @Field(() => [FreshnessByType]) byType: FreshnessByType[];
  @Field(() => [FreshnessByCommune]) byCommune: FreshnessByCommune[];
}
