import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import type { NewsAudience, NewsCategory, NewsMailPreference, NewsStatus, OrganisationCategory } from '@extranet/domain';
import { OrganisationCategoryEnum } from '../../common/graphql-enums.js';
import { IsId } from '../../common/validation.js';
import { NewsAudienceEnum, NewsCategoryEnum, NewsMailPreferenceEnum, NewsStatusEnum } from '../relations-enums.js';

@ObjectType()
export class NewsTarget {
  @Field(() => NewsAudienceEnum) audience: NewsAudience;
  @Field(() => [OrganisationCategoryEnum]) categories: OrganisationCategory[];
  @Field(() => [String], { description: 'INSEE codes.' }) communes: string[];
}

@ObjectType()
export class NewsItem {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() summary: string;
  @Field({ description: 'Markdown as written.' }) body: string;
  @Field({ description: 'The body rendered and sanitised.' }) bodyHtml: string;
  @Field(() => NewsCategoryEnum) category: NewsCategory;
  @Field(() => NewsStatusEnum, { description: 'A scheduled item whose time has come reads PUBLISHED.' }) status: NewsStatus;
  @Field(() => NewsTarget) target: NewsTarget;
  @Field(() => Date, { nullable: true, description: 'Publication time, or the planned one.' }) publishAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the caller first opened it; null: unread.' }) readAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'Staff only: how many users opened it in the portal.' }) openCount: number | null;
  @Field(() => String, { nullable: true, description: 'File name of the attached file (GET /api/news/:id/attachment).' }) attachmentName: string | null;
  @Field(() => Int) version: number;
  @Field() updatedAt: Date;
}

@ObjectType()
export class NewsPage {
  @Field(() => [NewsItem]) items: NewsItem[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType()
export class NewsFeed extends NewsPage {
  @Field(() => Int, { description: 'Items targeted to the caller that it has not opened.' }) unread: number;
}

@ObjectType()
export class MarkdownPreview {
  @Field() html: string;
  @Field(() => String, { nullable: true, description: 'Why this text would be refused on save.' }) problem: string | null;
}

@ObjectType()
export class NewsMailSetting {
  @Field(() => NewsMailPreferenceEnum) preference: NewsMailPreference;
}

const text = (max: number) => MaxLength(max, { message: 'Texte trop long.' });

@InputType()
export class NewsTargetInput {
  @Field(() => NewsAudienceEnum) audience: NewsAudience;
  @Field(() => [OrganisationCategoryEnum], { defaultValue: [] }) @ArrayMaxSize(20, { message: 'Trop de catégories.' }) categories: OrganisationCategory[];
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(40, { message: 'Trop de communes.' }) @MaxLength(10, { each: true, message: 'Commune inconnue.' }) communes: string[];
}

@InputType()
export class SaveNewsInput {
  @Field(() => ID, { nullable: true, description: 'Empty: a new draft.' }) @IsOptional() @IsId() id?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version the form was loaded from (for an existing item).' }) @IsOptional() @IsInt({ message: 'Version invalide.' }) @Min(1, { message: 'Version invalide.' }) version?: number | null;
  @Field() @text(300) title: string;
  @Field() @text(1000) summary: string;
  @Field() @text(40_000) body: string;
  @Field(() => NewsCategoryEnum) category: NewsCategory;
  @Field(() => NewsTargetInput) @ValidateNested() @Type(() => NewsTargetInput) target: NewsTargetInput;
}
