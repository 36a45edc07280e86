import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LegalForm, OrganisationCategory } from '@extranet/domain';
import { LegalFormEnum, OrganisationCategoryEnum } from '../../common/graphql-enums.js';

@ObjectType()
export class Address {
  @Field() street: string;
  @Field() postalCode: string;
  @Field({ description: 'INSEE code of the commune.' }) communeCode: string;
  @Field() communeName: string;
}

@ObjectType()
export class Organisation {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganisationCategoryEnum) category: OrganisationCategory;
  @Field(() => LegalFormEnum) legalForm: LegalForm;
  @Field(() => String, { nullable: true }) siret: string | null;
  @Field(() => Address) address: Address;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => Int, { description: 'Increases with every change.' }) version: number;
  @Field() updatedAt: Date;
}

@ObjectType()
export class OrganisationPage {
  @Field(() => [Organisation]) items: Organisation[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field(() => String, {
    nullable: true,
    description: 'Opaque: pass it as `after` to read the page that follows (faster than a large offset); null on the last page.',
  })
  nextCursor: string | null;
}
