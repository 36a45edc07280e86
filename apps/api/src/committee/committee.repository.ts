import { Injectable } from '@nestjs/common';
import type { AgendaItemInput, AttendanceAnswer, DocumentKind, RecommendationStatus, SessionStatus } from '@extranet/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../prisma/prisma.service.js';

export interface SessionRecord {
  id: string;
  theme: string;
  date: string;
  startTime: string | null;
  place: string | null;
  videoLink: string | null;
  status: SessionStatus;
  minutesMarkdown: string | null;
  minutesPublishedAt: Date | null;
  version: number;
}

export interface SessionFields {
  theme: string;
  date: string;
  startTime: string | null;
  place: string | null;
  videoLink: string | null;
  agenda: AgendaItemInput[];
}

export interface DocumentVersionRecord {
  id: string;
  documentId: string;
  version: number;
  storageName: string;
  fileName: string;
  contentType: string;
  size: number;
  publishedAt: Date;
}

export interface DocumentRecord {
  id: string;
  sessionId: string;
  kind: DocumentKind;
  title: string;
  versions: DocumentVersionRecord[];
}

export interface RecommendationRecord {
  id: string;
  sessionId: string;
  sessionTheme: string;
  sessionDate: string;
  text: string;
  theme: string;
  proposer: string;
  status: RecommendationStatus;
  decidedOn: string | null;
  note: string | null;
  decisions: { status: RecommendationStatus; date: string; note: string | null; recordedAt: Date }[];
}

export interface MemberRecord {
  id: string;
  name: string;
  email: string;
  organisations: string[];
}

export interface SearchHit {
  kind: 'SESSION' | 'AGENDA_ITEM' | 'MINUTES' | 'RECOMMENDATION' | 'DOCUMENT';
  sessionId: string;
  sessionTheme: string;
  sessionDate: string;
  title: string;
  headline: string;
  rank: number;
}

const day = (value: Date) => value.toISOString().slice(0, 10);
const asDate = (value: string) => new Date(`${value}T00:00:00Z`);

const sessionSelect = {
  id: true, theme: true, date: true, startTime: true, place: true, videoLink: true, status: true,
  minutesMarkdown: true, minutesPublishedAt: true, version: true,
} as const;

type SessionRow = Prisma.CommitteeSessionGetPayload<{ select: typeof sessionSelect }>;
const toSession = (row: SessionRow): SessionRecord => ({ ...row, date: day(row.date) });

const versionSelect = { id: true, documentId: true, version: true, storageName: true, fileName: true, contentType: true, size: true, publishedAt: true } as const;

const recommendationSelect = {
  id: true, sessionId: true, text: true, theme: true, proposer: true, status: true, decidedOn: true, note: true,
  session: { select: { theme: true, date: true } },
  decisions: { select: { status: true, date: true, note: true, recordedAt: true }, orderBy: { recordedAt: 'asc' } },
} as const;
type RecommendationRow = Prisma.CommitteeRecommendationGetPayload<{ select: typeof recommendationSelect }>;
const toRecommendation = (row: RecommendationRow): RecommendationRecord => ({
  id: row.id, sessionId: row.sessionId, sessionTheme: row.session.theme, sessionDate: day(row.session.date),
  text: row.text, theme: row.theme, proposer: row.proposer, status: row.status,
  decidedOn: row.decidedOn ? day(row.decidedOn) : null, note: row.note,
  decisions: row.decisions.map((d) => ({ ...d, date: day(d.date) })),
});

/**
 * The committee's rows. Committee data belongs to no organisation: who may read it is decided
 * once per call by the committee's access check (CommitteeAccess), never by a row filter.
 */
@Injectable()
export class CommitteeRepository {
  constructor(private readonly db: PrismaService) {}

  // ── Sessions ──

  async listSessions(): Promise<SessionRecord[]> {
    const rows = await this.db.client.committeeSession.findMany({ select: sessionSelect, orderBy: [{ date: 'desc' }, { startTime: 'desc' }] });
    return rows.map(toSession);
  }

  async findSession(id: string): Promise<SessionRecord | null> {
    const row = await this.db.client.committeeSession.findUnique({ where: { id }, select: sessionSelect });
    return row ? toSession(row) : null;
  }

  async createSession(fields: SessionFields, invitedUserIds: string[]): Promise<SessionRecord> {
    const { agenda, date, ...rest } = fields;
    const row = await this.db.client.committeeSession.create({
      data: {
        ...rest,
        date: asDate(date),
        agendaItems: { create: agenda.map((item, position) => ({ position, title: item.title, description: item.description ?? null })) },
        participants: { create: invitedUserIds.map((userId) => ({ userId })) },
      },
      select: sessionSelect,
    });
    return toSession(row);
  }

  /** Null when someone saved first (the version moved). */
  async updateSession(id: string, version: number, fields: SessionFields): Promise<SessionRecord | null> {
    const { agenda, date, ...rest } = fields;
    const { count } = await this.db.client.committeeSession.updateMany({ where: { id, version }, data: { ...rest, date: asDate(date), version: { increment: 1 } } });
    if (count === 0) return null;
    await this.db.client.committeeAgendaItem.deleteMany({ where: { sessionId: id } });
    await this.db.client.committeeAgendaItem.createMany({ data: agenda.map((item, position) => ({ sessionId: id, position, title: item.title, description: item.description ?? null })) });
    return this.findSession(id);
  }

  /** Moves the status only from `from`: of two concurrent calls, one wins. */
  async moveStatus(id: string, from: SessionStatus, to: SessionStatus, extra: { minutesMarkdown?: string | null; minutesPublishedAt?: Date } = {}): Promise<boolean> {
    const { count } = await this.db.client.committeeSession.updateMany({ where: { id, status: from }, data: { status: to, ...extra, version: { increment: 1 } } });
    return count === 1;
  }

  async saveMinutesDraft(id: string, minutesMarkdown: string | null): Promise<void> {
    await this.db.client.committeeSession.update({ where: { id }, data: { minutesMarkdown, version: { increment: 1 } }, select: { id: true } });
  }

  async agenda(sessionId: string) {
    return this.db.client.committeeAgendaItem.findMany({ where: { sessionId }, select: { id: true, position: true, title: true, description: true }, orderBy: { position: 'asc' } });
  }

  async participants(sessionId: string) {
    const rows = await this.db.client.committeeParticipant.findMany({
      where: { sessionId },
      select: { userId: true, attendance: true, answeredAt: true, user: { select: { name: true } } },
      orderBy: { user: { name: 'asc' } },
    });
    return rows.map((r) => ({ userId: r.userId, name: r.user.name, attendance: r.attendance, answeredAt: r.answeredAt }));
  }

  async answerAttendance(sessionId: string, userId: string, attendance: AttendanceAnswer, at: Date): Promise<void> {
    await this.db.client.committeeParticipant.upsert({
      where: { sessionId_userId: { sessionId, userId } },
      create: { sessionId, userId, attendance, answeredAt: at },
      update: { attendance, answeredAt: at },
      select: { userId: true },
    });
  }

  /** For a list of sessions: the user's own answer and reading, in two statements. */
  async mine(userId: string, sessionIds: string[]) {
    const [answers, readings] = await Promise.all([
      this.db.client.committeeParticipant.findMany({ where: { userId, sessionId: { in: sessionIds } }, select: { sessionId: true, attendance: true } }),
      this.db.client.committeeReading.findMany({ where: { userId, sessionId: { in: sessionIds } }, select: { sessionId: true, readAt: true } }),
    ]);
    return {
      attendance: new Map(answers.map((a) => [a.sessionId, a.attendance])),
      readAt: new Map(readings.map((r) => [r.sessionId, r.readAt])),
    };
  }

  // ── Readings ──

  /** Inserts the reading once; a second confirmation keeps the first time. */
  async confirmReading(sessionId: string, userId: string, at: Date): Promise<void> {
    await this.db.client.committeeReading.createMany({ data: [{ sessionId, userId, readAt: at }], skipDuplicates: true });
  }

  async readings(sessionId: string) {
    return this.db.client.committeeReading.findMany({ where: { sessionId }, select: { userId: true, readAt: true } });
  }

  /** Published minutes each current member has not confirmed: [session, members who have not read]. */
  async unconfirmedReadings(): Promise<{ sessionId: string; theme: string; date: string; missing: number; members: number }[]> {
    const rows = await this.db.client.$queryRaw<{ session_id: string; theme: string; date: Date; missing: bigint; members: bigint }[]>`
      SELECT s.id AS session_id, s.theme, s.date,
             count(*) FILTER (WHERE r.user_id IS NULL) AS missing, count(*) AS members
      FROM committee_session s
      CROSS JOIN app_user u
      LEFT JOIN committee_reading r ON r.session_id = s.id AND r.user_id = u.id
      WHERE s.status = 'MINUTES_PUBLISHED' AND u.active AND 'COMMITTEE_MEMBER' = ANY(u.global_roles)
      GROUP BY s.id, s.theme, s.date
      HAVING count(*) FILTER (WHERE r.user_id IS NULL) > 0
      ORDER BY s.date DESC`;
    return rows.map((r) => ({ sessionId: r.session_id, theme: r.theme, date: day(r.date), missing: Number(r.missing), members: Number(r.members) }));
  }

  // ── Members ──

  async members(): Promise<MemberRecord[]> {
    const rows = await this.db.client.user.findMany({
      where: { active: true, globalRoles: { has: 'COMMITTEE_MEMBER' } },
      select: { id: true, name: true, email: true, memberships: { select: { organisation: { select: { name: true } } } } },
      orderBy: { name: 'asc' },
    });
    return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, organisations: r.memberships.map((m) => m.organisation.name) }));
  }

  async memberIds(): Promise<string[]> {
    return (await this.members()).map((m) => m.id);
  }

  async candidates(search: string): Promise<MemberRecord[]> {
    const rows = await this.db.client.user.findMany({
      where: {
        active: true,
        NOT: { globalRoles: { has: 'COMMITTEE_MEMBER' } },
        OR: [{ name: { contains: search, mode: 'insensitive' } }, { email: { contains: search, mode: 'insensitive' } }],
      },
      select: { id: true, name: true, email: true, memberships: { select: { organisation: { select: { name: true } } } } },
      orderBy: { name: 'asc' },
      take: 20,
    });
    return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, organisations: r.memberships.map((m) => m.organisation.name) }));
  }

  // ── Documents ──

  async documents(sessionId: string): Promise<DocumentRecord[]> {
    return this.db.client.committeeDocument.findMany({
      where: { sessionId },
      select: { id: true, sessionId: true, kind: true, title: true, versions: { select: versionSelect, orderBy: { version: 'desc' } } },
      orderBy: { createdAt: 'asc' },
    });
  }

  async findDocument(id: string): Promise<DocumentRecord | null> {
    return this.db.client.committeeDocument.findUnique({
      where: { id },
      select: { id: true, sessionId: true, kind: true, title: true, versions: { select: versionSelect, orderBy: { version: 'desc' } } },
    });
  }

  async findVersion(id: string): Promise<DocumentVersionRecord | null> {
    return this.db.client.committeeDocumentVersion.findUnique({ where: { id }, select: versionSelect });
  }

  async createDocument(sessionId: string, kind: DocumentKind, title: string): Promise<string> {
    const { id } = await this.db.client.committeeDocument.create({ data: { sessionId, kind, title }, select: { id: true } });
    return id;
  }

  /** The next version number is taken under the document's row lock, so two uploads cannot both be « 2 ». */
  async addVersion(version: Omit<DocumentVersionRecord, 'id' | 'version' | 'publishedAt'> & { text: string | null; uploadedById: string; publishedAt: Date }): Promise<DocumentVersionRecord> {
    await this.db.client.$queryRaw`SELECT id FROM committee_document WHERE id = ${version.documentId}::uuid FOR UPDATE`;
    const last = await this.db.client.committeeDocumentVersion.aggregate({ where: { documentId: version.documentId }, _max: { version: true } });
    return this.db.client.committeeDocumentVersion.create({ data: { ...version, version: (last._max.version ?? 0) + 1 }, select: versionSelect });
  }

  // ── Recommendations ──

  async recommendations(filter: { sessionId?: string; theme?: string | null; year?: number | null }): Promise<RecommendationRecord[]> {
    const where: Prisma.CommitteeRecommendationWhereInput = {
      ...(filter.sessionId ? { sessionId: filter.sessionId } : {}),
      ...(filter.theme ? { theme: { equals: filter.theme, mode: 'insensitive' } } : {}),
      ...(filter.year ? { session: { date: { gte: asDate(`${filter.year}-01-01`), lt: asDate(`${filter.year + 1}-01-01`) } } } : {}),
    };
    const rows = await this.db.client.committeeRecommendation.findMany({ where, select: recommendationSelect, orderBy: [{ session: { date: 'desc' } }, { createdAt: 'asc' }] });
    return rows.map(toRecommendation);
  }

  async findRecommendation(id: string): Promise<RecommendationRecord | null> {
    const row = await this.db.client.committeeRecommendation.findUnique({ where: { id }, select: recommendationSelect });
    return row ? toRecommendation(row) : null;
  }

  async createRecommendation(sessionId: string, fields: { text: string; theme: string; proposer: string }): Promise<string> {
    const { id } = await this.db.client.committeeRecommendation.create({ data: { sessionId, ...fields }, select: { id: true } });
    return id;
  }

  /** Records the decision only if the status is still `from`; false when someone decided first. */
  async decide(id: string, from: RecommendationStatus, decision: { status: RecommendationStatus; date: string; note: string | null; recordedById: string }): Promise<boolean> {
    const { count } = await this.db.client.committeeRecommendation.updateMany({
      where: { id, status: from },
      data: { status: decision.status, decidedOn: asDate(decision.date), note: decision.note, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await this.db.client.committeeDecision.create({ data: { recommendationId: id, status: decision.status, date: asDate(decision.date), note: decision.note, recordedById: decision.recordedById }, select: { id: true } });
    return true;
  }

  async recommendationThemes(): Promise<string[]> {
    const rows = await this.db.client.committeeRecommendation.findMany({ distinct: ['theme'], select: { theme: true }, orderBy: { theme: 'asc' } });
    return rows.map((r) => r.theme);
  }

  // ── Search ──

  /**
   * French full-text search (committee_french: unaccent then French stemming) over session themes,
   * agenda items, published minutes (drafts only for staff), recommendations and the text of PDFs,
   * ranked, with ts_headline fragments whose matches are framed by ⟦ ⟧ for the caller to mark up.
   */
  async search(query: string, includeDrafts: boolean, limit = 30): Promise<SearchHit[]> {
    const rows = await this.db.client.$queryRaw<{ kind: SearchHit['kind']; session_id: string; session_theme: string; session_date: Date; title: string; headline: string; rank: number }[]>`
      WITH q AS (SELECT websearch_to_tsquery('committee_french', ${query}) AS query),
      docs AS (
        SELECT 'SESSION' AS kind, s.id AS session_id, s.theme AS title, s.theme AS body FROM committee_session s
        UNION ALL
        SELECT 'AGENDA_ITEM', a.session_id, a.title, a.title || E'\n' || coalesce(a.description, '') FROM committee_agenda_item a
        UNION ALL
        SELECT 'MINUTES', s.id, 'Compte rendu', s.minutes_markdown FROM committee_session s
          WHERE s.minutes_markdown IS NOT NULL AND (s.status = 'MINUTES_PUBLISHED' OR ${includeDrafts})
        UNION ALL
        SELECT 'RECOMMENDATION', r.session_id, r.theme, r.text FROM committee_recommendation r
        UNION ALL
        SELECT 'DOCUMENT', d.session_id, d.title, d.title || E'\n' || coalesce(v.text, '')
          FROM committee_document d
          JOIN LATERAL (SELECT text FROM committee_document_version WHERE document_id = d.id ORDER BY version DESC LIMIT 1) v ON true
      ),
      hits AS (
        SELECT docs.*, ts_rank_cd(to_tsvector('committee_french', docs.body), q.query) AS rank, q.query
        FROM docs, q
        WHERE to_tsvector('committee_french', docs.body) @@ q.query
      )
      SELECT h.kind, h.session_id, s.theme AS session_theme, s.date AS session_date, h.title,
             ts_headline('committee_french', h.body, h.query, 'StartSel=⟦, StopSel=⟧, MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "') AS headline,
             h.rank::float8 AS rank
      FROM hits h JOIN committee_session s ON s.id = h.session_id
      ORDER BY h.rank DESC, s.date DESC
      LIMIT ${limit}`;
    return rows.map((r) => ({ kind: r.kind, sessionId: r.session_id, sessionTheme: r.session_theme, sessionDate: day(r.session_date), title: r.title, headline: r.headline, rank: r.rank }));
  }
}
