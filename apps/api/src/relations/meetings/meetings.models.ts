import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import type { MeetingPlace, MeetingStatus, OrganisationCategory } from '@extranet/domain';
import { OrganisationCategoryEnum } from '../../common/graphql-enums.js';
import { IsId } from '../../common/validation.js';
import { ActionRegistration } from '../actions/actions.models.js';
import { MeetingPlaceEnum, MeetingStatusEnum } from '../relations-enums.js';

@ObjectType({ description: 'A period of the office’s published availability, with the hours a partner may pick.' })
export class AvailabilityWindow {
  @Field(() => ID) id: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => [Date], { description: 'Starts of one-hour meetings still in the future.' }) slots: Date[];
}

@ObjectType({ description: 'A meeting as the partner sees it (staff notes are never part of it).' })
export class Meeting {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field() subject: string;
  @Field(() => MeetingPlaceEnum) place: MeetingPlace;
  @Field(() => [Date]) preferredSlots: Date[];
  @Field(() => MeetingStatusEnum) status: MeetingStatus;
  @Field(() => Date, { nullable: true }) startsAt: Date | null;
  @Field(() => String, { nullable: true, description: 'What the office said with its answer.' }) staffMessage: string | null;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'Staff’s private follow-up after a meeting.' })
export class MeetingNote {
  @Field(() => ID) id: string;
  @Field() text: string;
  @Field() nextSteps: string;
  @Field(() => String, { nullable: true, description: 'Calendar day of the reminder.' }) reminderOn: string | null;
  @Field(() => String, { nullable: true }) authorName: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When staff marked the reminder done.' }) reminderDoneAt: Date | null;
}

@ObjectType({ description: 'A follow-up note whose reminder day has come and that nobody marked done yet: on every staff home.' })
export class NoteReminder {
  @Field(() => ID, { description: 'The note.' }) id: string;
  @Field(() => ID) meetingId: string;
  @Field() meetingSubject: string;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field({ description: 'Calendar day of the reminder.' }) reminderOn: string;
  @Field() nextSteps: string;
  @Field(() => String, { nullable: true }) authorName: string | null;
}

@ObjectType({ description: 'A meeting with staff’s private notes: only in staff answers.' })
export class StaffMeeting extends Meeting {
  @Field(() => [MeetingNote]) notes: MeetingNote[];
}

@ObjectType()
export class PartnerNotMet {
  @Field(() => ID) organisationId: string;
  @Field() name: string;
  @Field(() => OrganisationCategoryEnum) category: OrganisationCategory;
  @Field() communeName: string;
  @Field(() => Date, { nullable: true, description: 'Last confirmed meeting; null: never met.' }) lastMetAt: Date | null;
}

@ObjectType()
export class MeetingMonth {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'A message staff wrote to the partner’s owners by e-mail (from the tourist tax’s undeclared list).' })
export class PartnerMessage {
  @Field(() => ID) id: string;
  @Field() subject: string;
  @Field() text: string;
  @Field(() => Int, { description: 'Owners it was sent to.' }) recipients: number;
  @Field() sentAt: Date;
  @Field(() => String, { nullable: true }) authorName: string | null;
}

@ObjectType({ description: 'The office’s view of its relationship with one partner.' })
export class PartnerRelationHistory {
  @Field(() => [StaffMeeting]) meetings: StaffMeeting[];
  @Field(() => [PartnerMessage], { description: 'Messages the office wrote to the partner, newest first.' }) messages: PartnerMessage[];
  @Field(() => [ActionRegistration]) registrations: ActionRegistration[];
  @Field(() => Int, { description: 'News items opened by its people.' }) newsRead: number;
}

const text = (max: number) => MaxLength(max, { message: 'Texte trop long.' });

@InputType()
export class RequestMeetingInput {
  @Field(() => ID) @IsId() organisationId: string;
  @Field() @text(600) subject: string;
  @Field(() => MeetingPlaceEnum) place: MeetingPlace;
  @Field(() => [String], { description: 'ISO instants, best first (1 to 3).' }) @ArrayMaxSize(10, { message: 'Trop de créneaux.' }) @MaxLength(40, { each: true, message: 'Créneau invalide.' }) preferredSlots: string[];
}

@InputType()
export class AnswerMeetingInput {
  @Field(() => ID) @IsId() id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true, description: 'Confirm or move: the start.' }) @IsOptional() @text(40) startsAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Shown to the partner.' }) @IsOptional() @text(2000) message?: string | null;
}

@InputType()
export class MeetingNoteInput {
  @Field(() => ID) @IsId() meetingId: string;
  @Field() @text(8000) text: string;
  @Field({ defaultValue: '' }) @text(4000) nextSteps: string;
  @Field(() => String, { nullable: true }) @IsOptional() @text(10) reminderOn?: string | null;
}

@InputType()
export class AvailabilityInput {
  @Field() @text(40) startsAt: string;
  @Field() @text(40) endsAt: string;
}
