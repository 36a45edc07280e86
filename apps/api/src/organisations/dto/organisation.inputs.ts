import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import type { LegalForm, OrganisationCategory } from '@extranet/domain';
import { LegalFormEnum, OrganisationCategoryEnum } from '../../common/graphql-enums.js';

const tooLong = { message: 'Texte trop long.' };

@InputType()
export class AddressInput {
  @Field() @MaxLength(300, tooLong) street: string;
  @Field() @MaxLength(20, tooLong) postalCode: string;
  @Field() @MaxLength(10, tooLong) communeCode: string;
}

@InputType()
export class UpdateOrganisationInput {
  @Field() @MaxLength(300, tooLong) name: string;
  @Field(() => OrganisationCategoryEnum, { description: 'Only staff may change it.' }) category: OrganisationCategory;
  @Field(() => LegalFormEnum) legalForm: LegalForm;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40, tooLong) siret?: string | null;
  @Field(() => AddressInput) address: AddressInput;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40, tooLong) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(254, tooLong) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300, tooLong) website?: string | null;
}

@InputType()
export class OrganisationFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100, tooLong) search?: string | null;
  @Field(() => OrganisationCategoryEnum, { nullable: true }) category?: OrganisationCategory | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10, tooLong) communeCode?: string | null;
}
