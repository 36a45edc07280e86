import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import type { LegalForm, OrganisationCategory } from '@extranet/domain';
import { LegalFormEnum, OrganisationCategoryEnum } from '../../common/graphql-enums.js';

// Size caps against abuse only: the domain's validateOrganisationProfile holds the real limits
// (the same numbers as the portal's form) and their French messages.
const tooLong = { message: 'Texte trop long.' };

@InputType()
export class AddressInput {
  @Field() @MaxLength(300, tooLong) street: string;
  @Field() @MaxLength(20, tooLong) postalCode: string;
  @Field() @MaxLength(10, tooLong) communeCode: string;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => Int, { description: 'The version the user loaded; someone else saving first makes the update fail with CONFLICT.' })
  @IsInt({ message: 'Version invalide.' })
  @Min(1, { message: 'Version invalide.' })
  version: number;

  @Field() @MaxLength(300, tooLong) name: string;
  @Field(() => OrganisationCategoryEnum, { description: 'Only staff may change it.' }) category: OrganisationCategory;
  @Field(() => LegalFormEnum) legalForm: LegalForm;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40, tooLong) siret?: string | null;
  @Field(() => AddressInput) @ValidateNested() @Type(() => AddressInput) address: AddressInput;
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
