import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ATTENDANCE_ANSWERS, COMMITTEE_LIMITS, DOCUMENT_KINDS, RECOMMENDATION_STATUSES, SESSION_STATUSES, type AttendanceAnswer, type DocumentKind, type RecommendationStatus, type SessionStatus } from '@extranet/domain';
import { IsId } from '../common/validation.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const CommitteeSessionStatusEnum = asEnum(SESSION_STATUSES);
export const CommitteeDocumentKindEnum = asEnum(DOCUMENT_KINDS);
export const CommitteeAttendanceEnum = asEnum(ATTENDANCE_ANSWERS);
export const CommitteeRecommendationStatusEnum = asEnum(RECOMMENDATION_STATUSES);
export const CommitteeSearchKindEnum = asEnum(['SESSION', 'AGENDA_ITEM', 'MINUTES', 'RECOMMENDATION', 'DOCUMENT'] as const);
registerEnumType(CommitteeSessionStatusEnum, { name: 'CommitteeSessionStatus' });
registerEnumType(CommitteeDocumentKindEnum, { name: 'CommitteeDocumentKind' });
registerEnumType(CommitteeAttendanceEnum, { name: 'CommitteeAttendance' });
registerEnumType(CommitteeRecommendationStatusEnum, { name: 'CommitteeRecommendationStatus' });
registerEnumType(CommitteeSearchKindEnum, { name: 'CommitteeSearchKind' });

const tooLong = { message: 'Texte trop long.' };

// ── Outputs ──

@ObjectType()
export class CommitteeAgendaItem {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
}

@ObjectType()
export class CommitteeDocumentVersion {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int) size: number;
  @Field() publishedAt: Date;
  @Field({ description: 'Needs the session cookie; served as an attachment.' }) downloadUrl: string;
}

@ObjectType()
export class CommitteeDocument {
  @Field(() => ID) id: string;
  @Field(() => ID) sessionId: string;
  @Field(() => CommitteeDocumentKindEnum) kind: DocumentKind;
  @Field() title: string;
  @Field(() => CommitteeDocumentVersion, { description: 'The latest version.' }) current: CommitteeDocumentVersion;
  @Field(() => [CommitteeDocumentVersion], { description: 'Every version, newest first.' }) versions: CommitteeDocumentVersion[];
}

@ObjectType()
export class CommitteeDecision {
  @Field(() => CommitteeRecommendationStatusEnum) status: RecommendationStatus;
  @Field() date: string;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType()
export class CommitteeRecommendation {
  @Field(() => ID) id: string;
  @Field(() => ID) sessionId: string;
  @Field() sessionTheme: string;
  @Field() sessionDate: string;
  @Field() text: string;
  @Field() theme: string;
  @Field() proposer: string;
  @Field(() => CommitteeRecommendationStatusEnum) status: RecommendationStatus;
  @Field(() => String, { nullable: true }) decidedOn: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => [CommitteeDecision]) decisions: CommitteeDecision[];
}

@ObjectType()
export class CommitteeParticipant {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field(() => CommitteeAttendanceEnum, { nullable: true }) attendance: AttendanceAnswer | null;
}

@ObjectType({ description: 'A current committee member and when they confirmed reading the minutes (staff only).' })
export class CommitteeReadingStatus {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}

@ObjectType()
export class CommitteeSessionSummary {
  @Field(() => ID) id: string;
  @Field() theme: string;
  @Field({ description: 'Calendar day, YYYY-MM-DD.' }) date: string;
  @Field(() => String, { nullable: true }) startTime: string | null;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) videoLink: string | null;
  @Field(() => CommitteeSessionStatusEnum) status: SessionStatus;
  @Field(() => Date, { nullable: true }) minutesPublishedAt: Date | null;
  @Field(() => CommitteeAttendanceEnum, { nullable: true, description: "The caller's answer." }) myAttendance: AttendanceAnswer | null;
  @Field(() => Date, { nullable: true, description: 'When the caller confirmed reading the minutes.' }) readAt: Date | null;
  @Field(() => Int) version: number;
}

@ObjectType()
export class CommitteeSession extends CommitteeSessionSummary {
  @Field(() => [CommitteeAgendaItem]) agenda: CommitteeAgendaItem[];
  @Field(() => [CommitteeParticipant], { description: 'Invited members and their answers.' }) participants: CommitteeParticipant[];
  @Field(() => [CommitteeDocument]) documents: CommitteeDocument[];
  @Field(() => [CommitteeRecommendation]) recommendations: CommitteeRecommendation[];
  @Field(() => String, { nullable: true, description: 'Sanitised HTML; for members only once published.' }) minutesHtml: string | null;
  @Field(() => String, { nullable: true, description: 'Staff only: the Markdown being written.' }) minutesMarkdown: string | null;
  @Field(() => [CommitteeReadingStatus], { nullable: true, description: 'Staff only.' }) readings: CommitteeReadingStatus[] | null;
}

@ObjectType()
export class CommitteeSearchHit {
  @Field(() => CommitteeSearchKindEnum) kind: string;
  @Field(() => ID) sessionId: string;
  @Field() sessionTheme: string;
  @Field() sessionDate: string;
  @Field() title: string;
  @Field(() => [CommitteeHighlight], { description: 'The excerpt, in pieces; `match` pieces are the words found.' }) excerpt: CommitteeHighlight[];
  @Field(() => Float) rank: number;
}

@ObjectType()
export class CommitteeHighlight {
  @Field() text: string;
  @Field() match: boolean;
}

@ObjectType()
export class CommitteeMember {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => [String]) organisations: string[];
}

@ObjectType()
export class CommitteeTodo {
  @Field(() => CommitteeSessionSummary, { nullable: true, description: 'Members: the next planned session.' }) nextSession: CommitteeSessionSummary | null;
  @Field(() => [CommitteeSessionSummary], { description: 'Members: published minutes not yet confirmed.' }) unreadMinutes: CommitteeSessionSummary[];
  @Field(() => [CommitteeUnconfirmed], { description: 'Staff: published minutes some members have not confirmed.' }) unconfirmed: CommitteeUnconfirmed[];
}

@ObjectType()
export class CommitteeUnconfirmed {
  @Field(() => ID) sessionId: string;
  @Field() theme: string;
  @Field() date: string;
  @Field(() => Int) missing: number;
  @Field(() => Int) members: number;
}

// ── Inputs ──

@InputType()
export class CommitteeAgendaItemInput {
  @Field() @MaxLength(COMMITTEE_LIMITS.agendaTitle + 50, tooLong) title: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(COMMITTEE_LIMITS.agendaDescription + 50, tooLong) description?: string | null;
}

@InputType()
export class CommitteeSessionInput {
  @Field() @MaxLength(COMMITTEE_LIMITS.theme + 50, tooLong) theme: string;
  @Field({ description: 'YYYY-MM-DD' }) @MaxLength(40, tooLong) date: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20, tooLong) startTime?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(COMMITTEE_LIMITS.place + 50, tooLong) place?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(COMMITTEE_LIMITS.videoLink + 50, tooLong) videoLink?: string | null;
  @Field(() => [CommitteeAgendaItemInput]) @ArrayMaxSize(COMMITTEE_LIMITS.agendaItems + 1, { message: 'Trop de points.' }) @ValidateNested({ each: true }) @Type(() => CommitteeAgendaItemInput) agenda: CommitteeAgendaItemInput[];
}

@InputType()
export class CreateCommitteeSessionInput extends CommitteeSessionInput {
  @Field(() => [ID], { nullable: true, description: 'Invited members; every current member when left out.' })
  @IsOptional() @ArrayMaxSize(200, { message: 'Trop de membres.' }) @IsId({ each: true }) invitedUserIds?: string[] | null;
}

@InputType()
export class UpdateCommitteeSessionInput extends CommitteeSessionInput {
  @Field(() => ID) @IsId() id: string;
  @Field(() => Int) @IsInt({ message: 'Version invalide.' }) @Min(1, { message: 'Version invalide.' }) version: number;
}

@InputType()
export class PublishCommitteeMinutesInput {
  @Field(() => ID) @IsId() sessionId: string;
  @Field(() => String, { nullable: true, description: 'Markdown; left out when the minutes are an uploaded PDF (document of kind MINUTES).' })
  @IsOptional() @MaxLength(COMMITTEE_LIMITS.minutes + 100, tooLong) markdown?: string | null;
}

@InputType()
export class AddCommitteeRecommendationInput {
  @Field(() => ID) @IsId() sessionId: string;
  @Field() @MaxLength(COMMITTEE_LIMITS.recommendationText + 50, tooLong) text: string;
  @Field() @MaxLength(COMMITTEE_LIMITS.recommendationTheme + 50, tooLong) theme: string;
  @Field() @MaxLength(COMMITTEE_LIMITS.proposer + 50, tooLong) proposer: string;
}

@InputType()
export class RecordCommitteeDecisionInput {
  @Field(() => ID) @IsId() recommendationId: string;
  @Field(() => CommitteeRecommendationStatusEnum) status: RecommendationStatus;
  @Field({ description: 'YYYY-MM-DD' }) @MaxLength(40, tooLong) date: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(COMMITTEE_LIMITS.decisionNote + 50, tooLong) note?: string | null;
}

@InputType()
export class CommitteeRecommendationFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(COMMITTEE_LIMITS.recommendationTheme, tooLong) theme?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'Année invalide.' }) @Min(2000, { message: 'Année invalide.' }) @Max(2100, { message: 'Année invalide.' }) year?: number | null;
}
