import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { MeetingStatus } from '@extranet/domain';
import { Allow, CurrentUser } from '../../common/auth/decorators.js';
import type { SessionUser } from '../../common/auth/session-user.js';
import { IdPipe } from '../../common/id.pipe.js';
import { MeetingStatusEnum } from '../relations-enums.js';
import { AnswerMeetingInput, AvailabilityInput, AvailabilityWindow, Meeting, MeetingMonth, MeetingNoteInput, NoteReminder, PartnerNotMet, PartnerRelationHistory, RequestMeetingInput, StaffMeeting } from './meetings.models.js';
import { MeetingsService } from './meetings.service.js';

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @Allow('meeting.request')
  @Query(() => [AvailabilityWindow], { description: 'The office’s published availability, with the hours still free to ask for.' })
  meetingAvailability() {
    return this.service.availability();
  }

  @Allow('meeting.request')
  @Mutation(() => Meeting)
  requestMeeting(@CurrentUser() user: SessionUser, @Args('input') input: RequestMeetingInput) {
    return this.service.request(user, input);
  }

  @Allow('meeting.read')
  @Query(() => [Meeting], { description: 'The organisation’s meetings, newest request first.' })
  organisationMeetings(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string) {
    return this.service.forOrganisation(user, organisationId);
  }

  @Allow('meeting.manage')
  @Query(() => [StaffMeeting], { description: 'Meetings for staff (oldest requests first when asking for REQUESTED), with notes.' })
  managedMeetings(@CurrentUser() user: SessionUser, @Args('status', { type: () => MeetingStatusEnum, nullable: true }) status: MeetingStatus | null) {
    return this.service.list(user, status ?? null);
  }

  @Allow('meeting.manage')
  @Mutation(() => AvailabilityWindow)
  publishMeetingAvailability(@CurrentUser() user: SessionUser, @Args('input') input: AvailabilityInput) {
    return this.service.addAvailability(user, input);
  }

  @Allow('meeting.manage')
  @Mutation(() => Boolean)
  removeMeetingAvailability(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.removeAvailability(user, id);
  }

  @Allow('meeting.manage')
  @Mutation(() => StaffMeeting)
  confirmMeeting(@CurrentUser() user: SessionUser, @Args('input') input: AnswerMeetingInput) {
    return this.service.confirm(user, input);
  }

  @Allow('meeting.manage')
  @Mutation(() => StaffMeeting)
  moveMeeting(@CurrentUser() user: SessionUser, @Args('input') input: AnswerMeetingInput) {
    return this.service.move(user, input);
  }

  @Allow('meeting.manage')
  @Mutation(() => StaffMeeting)
  declineMeeting(@CurrentUser() user: SessionUser, @Args('input') input: AnswerMeetingInput) {
    return this.service.decline(user, input);
  }

  @Allow('meeting.manage')
  @Mutation(() => StaffMeeting, { description: 'A private follow-up note: never shown to the partner.' })
  addMeetingNote(@CurrentUser() user: SessionUser, @Args('input') input: MeetingNoteInput) {
    return this.service.addNote(user, input);
  }

  @Allow('meeting.manage')
  @Query(() => [NoteReminder], { description: 'Follow-up notes whose reminder day has come, not yet marked done (oldest first): the staff to-do.' })
  dueNoteReminders(@CurrentUser() user: SessionUser) {
    return this.service.dueReminders(user);
  }

  @Allow('meeting.manage')
  @Mutation(() => Boolean, { description: 'The reminder of a follow-up note is done: it leaves every staff home.' })
  markNoteReminderDone(@CurrentUser() user: SessionUser, @Args('noteId', { type: () => ID }, IdPipe) noteId: string) {
    return this.service.markReminderDone(user, noteId);
  }

  @Allow('meeting.manage')
  @Query(() => [PartnerNotMet], { description: 'Partners whose last confirmed meeting is over a year old, or who never had one.' })
  partnersNotMetForAYear(@CurrentUser() user: SessionUser) {
    return this.service.notMet(user);
  }

  @Allow('meeting.manage')
  @Query(() => [MeetingMonth])
  meetingsPerMonth(@CurrentUser() user: SessionUser, @Args('year', { type: () => Int }) year: number) {
    return this.service.perMonth(user, year);
  }

  @Allow('meeting.manage')
  @Query(() => PartnerRelationHistory, { description: 'Meetings with notes, registrations and news read: the office’s view of one partner.' })
  partnerRelationHistory(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string) {
    return this.service.history(user, organisationId);
  }
}
