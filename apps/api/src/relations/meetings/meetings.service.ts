import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError, meetingDecisionProblem, parisDay, meetingTimeProblem, slotsOf, validateAvailability, validateFollowUp, validateMeetingRequest,
} from '@extranet/domain';
import { AuditService } from '../../audit/audit.service.js';
import { AccessService } from '../../common/auth/access.service.js';
import type { SessionUser } from '../../common/auth/session-user.js';
import { Clock } from '../../common/clock.js';
import { ENV, type Env } from '../../config/env.js';
import { MailService } from '../../mail/mail.service.js';
import { OrganisationsRepository } from '../../organisations/organisations.repository.js';
import { TransactionRunner } from '../../prisma/transaction-runner.js';
import { ActionsRepository } from '../actions/actions.repository.js';
import { meetingAnswerMail, type MeetingAnswer } from '../relations-mails.js';
import { meetingInvitation } from './ics.js';
import type { AnswerMeetingInput, Meeting, MeetingNoteInput, RequestMeetingInput, StaffMeeting } from './meetings.models.js';
import { MeetingsRepository, type MeetingRecord } from './meetings.repository.js';

export const MEETING_CHANGED = 'Ce rendez-vous a été traité entre-temps : rechargez la page.';
const YEAR_MS = 365 * 86_400_000;

/** The partner's view: everything but staff notes, which this type does not even have. */
function partnerView(m: MeetingRecord): Meeting {
  const { requestedById: _r, sequence: _s, ...view } = m;
  return view;
}

/**
 * Individual meetings: a partner asks (subject, preferred hours within the office's published
 * availability, place); staff confirm, move or decline, and both get an e-mail with an .ics
 * invitation. Staff keep private follow-up notes, returned only by staff operations.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly meetings: MeetingsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly actions: ActionsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async availability() {
    const now = this.clock.now();
    return (await this.meetings.availability(now)).map((w) => ({ ...w, slots: slotsOf(w, now) }));
  }

  // --- Partners ------------------------------------------------------------------------------

  request(user: SessionUser, input: RequestMeetingInput): Promise<Meeting> {
    return this.tx.run(async () => {
      const organisation = await this.access.load(user, 'meeting.request', { type: 'organisation', id: input.organisationId }, (scope) => this.organisations.findById(input.organisationId, scope));
      const now = this.clock.now();
      const result = validateMeetingRequest(input, await this.meetings.availability(now), now);
      if (!result.ok) throw DomainError.badInput(result.errors);
      const meeting = await this.meetings.create({ organisationId: organisation.id, requestedById: user.id, ...result.value, createdAt: now });
      await this.audit.record({ action: 'meeting.request', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: organisation.id, objectType: 'meeting', objectId: meeting.id });
      return partnerView(meeting);
    });
  }

  async forOrganisation(user: SessionUser, organisationId: string): Promise<Meeting[]> {
    const organisation = await this.access.load(user, 'meeting.read', { type: 'organisation', id: organisationId }, (scope) => this.organisations.findById(organisationId, scope));
    return (await this.meetings.forOrganisation(organisation.id)).map(partnerView);
  }

  // --- Staff ---------------------------------------------------------------------------------

  private async withNotes(list: MeetingRecord[]): Promise<StaffMeeting[]> {
    const notes = await this.meetings.notesOf(list.map((m) => m.id));
    return list.map((m) => ({ ...partnerView(m), notes: notes.filter((n) => n.meetingId === m.id) }));
  }

  async list(user: SessionUser, status: MeetingRecord['status'] | null): Promise<StaffMeeting[]> {
    await this.access.check(user, 'meeting.manage');
    return this.withNotes(await this.meetings.list(status, 300));
  }

  async addAvailability(user: SessionUser, input: { startsAt: string; endsAt: string }) {
    await this.access.check(user, 'meeting.manage');
    const now = this.clock.now();
    const result = validateAvailability(input, now);
    if (!result.ok) throw DomainError.badInput(result.errors);
    const window = await this.meetings.addAvailability(result.value);
    return { ...window, slots: slotsOf(window, now) };
  }

  async removeAvailability(user: SessionUser, id: string): Promise<boolean> {
    await this.access.check(user, 'meeting.manage');
    if (!(await this.meetings.removeAvailability(id))) throw DomainError.notFound();
    return true;
  }

  confirm(user: SessionUser, input: AnswerMeetingInput) {
    return this.answer(user, input, 'CONFIRM');
  }

  move(user: SessionUser, input: AnswerMeetingInput) {
    return this.answer(user, input, 'MOVE');
  }

  decline(user: SessionUser, input: AnswerMeetingInput) {
    return this.answer(user, input, 'DECLINE');
  }

  private answer(user: SessionUser, input: AnswerMeetingInput, decision: 'CONFIRM' | 'MOVE' | 'DECLINE'): Promise<StaffMeeting> {
    return this.tx.run(async () => {
      await this.access.check(user, 'meeting.manage');
      const meeting = await this.meetings.findById(input.id, { all: true });
      if (!meeting) throw DomainError.notFound();
      const problem = meetingDecisionProblem(meeting.status, decision);
      if (problem) throw DomainError.badInput([], problem);
      const message = input.message?.trim() || null;
      let startsAt: Date | null = meeting.startsAt;
      if (decision !== 'DECLINE') {
        startsAt = new Date(input.startsAt ?? '');
        const timeProblem = meetingTimeProblem(startsAt, this.clock.now());
        if (timeProblem) throw DomainError.badInput([timeProblem]);
      }
      const wasConfirmed = meeting.status === 'CONFIRMED';
      const updated = await this.meetings.answer(meeting.id, input.version, {
        status: decision === 'DECLINE' ? 'DECLINED' : 'CONFIRMED',
        startsAt,
        staffMessage: message,
        sequence: meeting.sequence + (decision === 'CONFIRM' ? 0 : 1),
      });
      if (!updated) throw DomainError.conflict(MEETING_CHANGED);
      const answer: MeetingAnswer = decision === 'CONFIRM' ? 'CONFIRMED' : decision === 'MOVE' ? 'MOVED' : 'DECLINED';
      await this.tell(user, updated, answer, decision !== 'DECLINE' || wasConfirmed);
      await this.audit.record({
        action: `meeting.${decision.toLowerCase()}`, outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        organisationId: meeting.organisationId, objectType: 'meeting', objectId: meeting.id, detail: { startsAt: startsAt?.toISOString() ?? null },
      });
      return (await this.withNotes([updated]))[0]!;
    });
  }

  /** The partner and the staff member both get the answer, with the invitation when there is an event. */
  private async tell(staff: SessionUser, meeting: MeetingRecord, answer: MeetingAnswer, withInvitation: boolean): Promise<void> {
    const partners = await this.meetings.partnerRecipients(meeting);
    const attachments = withInvitation && meeting.startsAt
      ? [meetingInvitation({
          meetingId: meeting.id, sequence: meeting.sequence, startsAt: meeting.startsAt, subject: meeting.subject, organisationName: meeting.organisationName,
          place: meeting.place, organizer: { name: staff.name, email: staff.email }, attendees: partners, cancelled: answer === 'DECLINED',
        })]
      : [];
    const facts = { subject: meeting.subject, organisationName: meeting.organisationName, place: meeting.place, startsAt: meeting.startsAt, message: meeting.staffMessage };
    for (const p of partners) {
      await this.mail.enqueueRendered('meeting-answer', p.email, meetingAnswerMail(p.name, answer, facts, `${this.env.PUBLIC_URL}/rendez-vous`, false), { attachments });
    }
    await this.mail.enqueueRendered('meeting-answer', staff.email, meetingAnswerMail(staff.name, answer, facts, `${this.env.PUBLIC_URL}/rendez-vous/demandes`, true), { attachments });
  }

  addNote(user: SessionUser, input: MeetingNoteInput): Promise<StaffMeeting> {
    return this.tx.run(async () => {
      await this.access.check(user, 'meeting.manage');
      const meeting = await this.meetings.findById(input.meetingId, { all: true });
      if (!meeting) throw DomainError.notFound();
      const result = validateFollowUp({ text: input.text, nextSteps: input.nextSteps ?? '', reminderOn: input.reminderOn ?? null });
      if (!result.ok) throw DomainError.badInput(result.errors);
      await this.meetings.addNote({ meetingId: meeting.id, organisationId: meeting.organisationId, authorId: user.id, ...result.value, createdAt: this.clock.now() });
      await this.audit.record({ action: 'meeting.addNote', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: meeting.organisationId, objectType: 'meeting', objectId: meeting.id });
      return (await this.withNotes([meeting]))[0]!;
    });
  }

  /**
   * Follow-up notes whose reminder day has come (Paris calendar day) and that nobody marked done:
   * the shared to-do of every staff member with relations rights, not only the author's, so that
   * a reminder is not lost when its author is away or has left the office.
   */
  async dueReminders(user: SessionUser) {
    await this.access.check(user, 'meeting.manage');
    return this.meetings.dueReminders(parisDay(this.clock.now()), 200);
  }

  /** Marks a note's reminder done for everyone; done twice (two staff at once) is still done once. */
  markReminderDone(user: SessionUser, noteId: string): Promise<boolean> {
    return this.tx.run(async () => {
      await this.access.check(user, 'meeting.manage');
      const note = await this.meetings.findNote(noteId);
      if (!note) throw DomainError.notFound();
      if (!note.reminderOn) throw DomainError.badInput([], 'Cette note n’a pas de date de rappel.');
      if (await this.meetings.markReminderDone(note.id, user.id, this.clock.now())) {
        await this.audit.record({ action: 'meeting.reminderDone', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: note.organisationId, objectType: 'meetingNote', objectId: note.id });
      }
      return true;
    });
  }

  async notMet(user: SessionUser) {
    await this.access.check(user, 'meeting.manage');
    const now = this.clock.now();
    return this.meetings.notMetSince(new Date(now.getTime() - YEAR_MS), now);
  }

  async perMonth(user: SessionUser, year: number) {
    await this.access.check(user, 'meeting.manage');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw DomainError.badInput([{ field: 'year', message: 'Année invalide.' }]);
    return this.meetings.perMonth(year);
  }

  async history(user: SessionUser, organisationId: string) {
    await this.access.check(user, 'meeting.manage');
    const organisation = await this.organisations.findById(organisationId, { all: true });
    if (!organisation) throw DomainError.notFound();
    const [meetings, registrations, newsRead, messages] = await Promise.all([
      this.meetings.forOrganisation(organisation.id),
      this.actions.registrationsOfOrganisation(organisation.id),
      this.meetings.newsReadCount(organisation.id),
      this.meetings.messagesTo(organisation.id),
    ]);
    return { meetings: await this.withNotes(meetings), messages, registrations: registrations.map((r) => ({ ...r, waitingPosition: null })), newsRead };
  }
}
