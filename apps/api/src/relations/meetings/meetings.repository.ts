import { Injectable } from '@nestjs/common';
import type { AccessScope, MeetingPlace, MeetingStatus, OrganisationCategory } from '@extranet/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../prisma/prisma.service.js';
import { withinScope } from '../../prisma/scope.js';

export interface MeetingRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  requestedById: string | null;
  subject: string;
  place: MeetingPlace;
  preferredSlots: Date[];
  status: MeetingStatus;
  startsAt: Date | null;
  staffMessage: string | null;
  sequence: number;
  version: number;
  createdAt: Date;
}

export interface NoteRecord {
  id: string;
  meetingId: string;
  text: string;
  nextSteps: string;
  reminderOn: string | null;
  authorName: string | null;
  createdAt: Date;
  reminderDoneAt: Date | null;
}

// What partners may see of a meeting: never the notes, which live in their own table and are
// only read by the staff-only methods below.
const meetingSelect = {
  id: true, organisationId: true, requestedById: true, subject: true, place: true, preferredSlots: true, status: true,
  startsAt: true, staffMessage: true, sequence: true, version: true, createdAt: true, organisation: { select: { name: true } },
} as const;

type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;
const toMeeting = ({ organisation, ...row }: MeetingRow): MeetingRecord => ({ ...row, organisationName: organisation.name });

@Injectable()
export class MeetingsRepository {
  constructor(private readonly db: PrismaService) {}

  async availability(from: Date): Promise<{ id: string; startsAt: Date; endsAt: Date }[]> {
    return this.db.client.meetingAvailability.findMany({ where: { endsAt: { gt: from } }, select: { id: true, startsAt: true, endsAt: true }, orderBy: { startsAt: 'asc' }, take: 200 });
  }

  async addAvailability(window: { startsAt: Date; endsAt: Date }) {
    return this.db.client.meetingAvailability.create({ data: window, select: { id: true, startsAt: true, endsAt: true } });
  }

  async removeAvailability(id: string): Promise<boolean> {
    return (await this.db.client.meetingAvailability.deleteMany({ where: { id } })).count === 1;
  }

  async create(data: { organisationId: string; requestedById: string; subject: string; place: MeetingPlace; preferredSlots: Date[]; createdAt: Date }): Promise<MeetingRecord> {
    return toMeeting(await this.db.client.meeting.create({ data, select: meetingSelect }));
  }

  async findById(id: string, scope: AccessScope): Promise<MeetingRecord | null> {
    const row = await this.db.client.meeting.findFirst({ where: withinScope({ id }, scope), select: meetingSelect });
    return row ? toMeeting(row) : null;
  }

  async forOrganisation(organisationId: string): Promise<MeetingRecord[]> {
    const rows = await this.db.client.meeting.findMany({ where: { organisationId }, select: meetingSelect, orderBy: [{ createdAt: 'desc' }], take: 200 });
    return rows.map(toMeeting);
  }

  async list(status: MeetingStatus | null, limit: number): Promise<MeetingRecord[]> {
    const rows = await this.db.client.meeting.findMany({
      where: status ? { status } : {}, select: meetingSelect,
      orderBy: status === 'REQUESTED' ? [{ createdAt: 'asc' }] : [{ startsAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
      take: limit,
    });
    return rows.map(toMeeting);
  }

  /** null when someone answered since `version`. */
  async answer(id: string, version: number, data: { status: MeetingStatus; startsAt?: Date | null; staffMessage: string | null; sequence: number }): Promise<MeetingRecord | null> {
    const { count } = await this.db.client.meeting.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count === 1 ? this.findById(id, { all: true }) : null;
  }

  // --- Staff only ----------------------------------------------------------------------------

  async notesOf(meetingIds: string[]): Promise<NoteRecord[]> {
    if (!meetingIds.length) return [];
    const rows = await this.db.client.meetingNote.findMany({ where: { meetingId: { in: meetingIds } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    const authors = await this.db.client.user.findMany({ where: { id: { in: rows.flatMap((r) => (r.authorId ? [r.authorId] : [])) } }, select: { id: true, name: true } });
    return rows.map((r) => ({
      id: r.id, meetingId: r.meetingId, text: r.text, nextSteps: r.nextSteps, createdAt: r.createdAt,
      reminderOn: r.reminderOn ? r.reminderOn.toISOString().slice(0, 10) : null,
      authorName: authors.find((a) => a.id === r.authorId)?.name ?? null,
      reminderDoneAt: r.reminderDoneAt,
    }));
  }

  /** Notes whose reminder day is `today` or before and not marked done, oldest reminder first. */
  async dueReminders(today: string, limit: number) {
    const rows = await this.db.client.meetingNote.findMany({
      where: { reminderOn: { lte: new Date(`${today}T00:00:00Z`) }, reminderDoneAt: null },
      select: {
        id: true, meetingId: true, organisationId: true, reminderOn: true, nextSteps: true, authorId: true,
        meeting: { select: { subject: true } }, organisation: { select: { name: true } },
      },
      orderBy: [{ reminderOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
    const authors = await this.db.client.user.findMany({ where: { id: { in: rows.flatMap((r) => (r.authorId ? [r.authorId] : [])) } }, select: { id: true, name: true } });
    return rows.map((r) => ({
      id: r.id, meetingId: r.meetingId, meetingSubject: r.meeting.subject, organisationId: r.organisationId, organisationName: r.organisation.name,
      reminderOn: r.reminderOn!.toISOString().slice(0, 10), nextSteps: r.nextSteps,
      authorName: authors.find((a) => a.id === r.authorId)?.name ?? null,
    }));
  }

  async findNote(id: string): Promise<{ id: string; organisationId: string; reminderOn: string | null; reminderDoneAt: Date | null } | null> {
    const row = await this.db.client.meetingNote.findUnique({ where: { id }, select: { id: true, organisationId: true, reminderOn: true, reminderDoneAt: true } });
    return row ? { ...row, reminderOn: row.reminderOn ? row.reminderOn.toISOString().slice(0, 10) : null } : null;
  }

  /** Marks the reminder done once: a second call (another staff member at the same time) changes nothing. */
  async markReminderDone(id: string, userId: string, now: Date): Promise<boolean> {
    const { count } = await this.db.client.meetingNote.updateMany({ where: { id, reminderDoneAt: null }, data: { reminderDoneAt: now, reminderDoneBy: userId } });
    return count === 1;
  }

  async addNote(data: { meetingId: string; organisationId: string; authorId: string; text: string; nextSteps: string; reminderOn: string | null; createdAt: Date }): Promise<void> {
    await this.db.client.meetingNote.create({ data: { ...data, reminderOn: data.reminderOn ? new Date(`${data.reminderOn}T00:00:00Z`) : null }, select: { id: true } });
  }

  /** Partners (not the office) whose last confirmed meeting is before `before`, or who never had one. */
  async notMetSince(before: Date, now: Date): Promise<{ organisationId: string; name: string; category: OrganisationCategory; communeName: string; lastMetAt: Date | null }[]> {
    return this.db.client.$queryRaw`
      SELECT o."id" AS "organisationId", o."name", o."category", c."name" AS "communeName", m."last" AS "lastMetAt"
      FROM "organisation" o
      JOIN "commune" c ON c."code" = o."commune_code"
      LEFT JOIN LATERAL (
        SELECT max("starts_at") AS "last" FROM "meeting"
        WHERE "organisation_id" = o."id" AND "status" = 'CONFIRMED' AND "starts_at" <= ${now.toISOString()}::timestamptz
      ) m ON true
      WHERE o."category" <> 'TOURISM_OFFICE' AND (m."last" IS NULL OR m."last" < ${before.toISOString()}::timestamptz)
      ORDER BY m."last" ASC NULLS FIRST, o."name" ASC
      LIMIT 500`;
  }

  /** Confirmed meetings per month (Paris) of a year. */
  async perMonth(year: number): Promise<{ month: string; count: number }[]> {
    const rows = await this.db.client.$queryRaw<{ month: string; count: bigint }[]>`
      SELECT to_char("starts_at" AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS "month", count(*) AS "count"
      FROM "meeting"
      WHERE "status" = 'CONFIRMED' AND extract(year FROM "starts_at" AT TIME ZONE 'Europe/Paris') = ${year}
      GROUP BY 1 ORDER BY 1`;
    return rows.map((r) => ({ month: r.month, count: Number(r.count) }));
  }

  /** Who to write to about a meeting: its requester if still active, else the organisation's owners. */
  async partnerRecipients(meeting: MeetingRecord): Promise<{ email: string; name: string }[]> {
    if (meeting.requestedById) {
      const requester = await this.db.client.user.findFirst({ where: { id: meeting.requestedById, active: true }, select: { email: true, name: true } });
      if (requester) return [requester];
    }
    return this.db.client.user.findMany({ where: { active: true, memberships: { some: { organisationId: meeting.organisationId, role: 'OWNER' } } }, select: { email: true, name: true } });
  }

  /**
   * The messages staff wrote to the partner (saved with their e-mails in the sending transaction:
   * the tourist tax's « Écrire à l’hôte »), newest first, with their author's name.
   */
  async messagesTo(organisationId: string) {
    const rows = await this.db.client.taxHostMessage.findMany({
      where: { organisationId }, select: { id: true, subject: true, body: true, recipients: true, sentAt: true, sentById: true }, orderBy: { sentAt: 'desc' }, take: 100,
    });
    const authorIds = [...new Set(rows.flatMap((r) => (r.sentById ? [r.sentById] : [])))];
    const authors = authorIds.length ? await this.db.client.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }) : [];
    const names = new Map(authors.map((a) => [a.id, a.name]));
    return rows.map(({ body, sentById, ...r }) => ({ ...r, text: body, authorName: sentById ? (names.get(sentById) ?? null) : null }));
  }

  async newsReadCount(organisationId: string): Promise<number> {
    return this.db.client.newsRead.count({ where: { user: { memberships: { some: { organisationId } } } } });
  }
}
