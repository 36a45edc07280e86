import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  MINUTES_MISSING,
  sessionTransitionProblem,
  validateDecision,
  validateMinutes,
  validateRecommendation,
  validateSearchQuery,
  validateSession,
  type AttendanceAnswer,
  type SessionInput,
} from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { MailService } from '../mail/mail.service.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { CommitteeAccess } from './committee-access.js';
import type { CommitteeDocument, CommitteeHighlight, CommitteeSearchHit, CommitteeSession, CommitteeSessionSummary, CommitteeTodo } from './committee.models.js';
import { CommitteeRepository, type DocumentRecord, type DocumentVersionRecord, type SessionRecord } from './committee.repository.js';
import { renderMinutes } from './minutes.js';

export const SESSION_CHANGED = 'Quelqu’un d’autre a modifié cette séance pendant que vous la modifiiez. Rechargez-la, puis refaites vos changements.';
const SESSION = (id: string) => ({ type: 'committeeSession', id });

export const downloadUrl = (versionId: string) => `/api/committee/files/${versionId}`;

export function toDocument(document: DocumentRecord): CommitteeDocument {
  const versions = document.versions.map((v: DocumentVersionRecord) => ({
    id: v.id, version: v.version, fileName: v.fileName, contentType: v.contentType, size: v.size, publishedAt: v.publishedAt, downloadUrl: downloadUrl(v.id),
  }));
  return { id: document.id, sessionId: document.sessionId, kind: document.kind, title: document.title, current: versions[0]!, versions };
}

const FRENCH_DAY = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Sessions, attendance, minutes and readings, recommendations and the board's decisions, search. */
@Injectable()
export class CommitteeService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly repo: CommitteeRepository,
    private readonly access: CommitteeAccess,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  // ── Reading ──

  async sessions(user: SessionUser): Promise<CommitteeSessionSummary[]> {
    await this.access.read(user);
    const sessions = await this.repo.listSessions();
    const mine = await this.repo.mine(user.id, sessions.map((s) => s.id));
    return sessions.map((s) => this.summary(s, mine.attendance.get(s.id) ?? null, mine.readAt.get(s.id) ?? null));
  }

  async session(user: SessionUser, id: string): Promise<CommitteeSession> {
    await this.access.read(user, SESSION(id));
    const session = await this.repo.findSession(id);
    if (!session) throw DomainError.notFound();
    return this.details(user, session);
  }

  private async details(user: SessionUser, session: SessionRecord): Promise<CommitteeSession> {
    const staff = this.access.isStaff(user);
    const [agenda, participants, documents, recommendations, mine] = await Promise.all([
      this.repo.agenda(session.id),
      this.repo.participants(session.id),
      this.repo.documents(session.id),
      this.repo.recommendations({ sessionId: session.id }),
      this.repo.mine(user.id, [session.id]),
    ]);
    const published = session.status === 'MINUTES_PUBLISHED';
    const minutesHtml = session.minutesMarkdown && (published || staff) ? renderMinutes(session.minutesMarkdown) : null;
    let readings: CommitteeSession['readings'] = null;
    if (staff) {
      const [members, read] = await Promise.all([this.repo.members(), this.repo.readings(session.id)]);
      const readAt = new Map(read.map((r) => [r.userId, r.readAt]));
      readings = members.map((m) => ({ userId: m.id, name: m.name, readAt: readAt.get(m.id) ?? null }));
    }
    return {
      ...this.summary(session, mine.attendance.get(session.id) ?? null, mine.readAt.get(session.id) ?? null),
      agenda,
      participants,
      // Members see minutes documents only once the minutes are published.
      documents: documents.filter((d) => d.versions.length > 0 && (staff || published || d.kind !== 'MINUTES')).map(toDocument),
      recommendations,
      minutesHtml,
      minutesMarkdown: staff ? session.minutesMarkdown : null,
      readings,
    };
  }

  private summary(session: SessionRecord, myAttendance: AttendanceAnswer | null, readAt: Date | null): CommitteeSessionSummary {
    const { minutesMarkdown: _, ...rest } = session;
    return { ...rest, myAttendance, readAt };
  }

  async todo(user: SessionUser): Promise<CommitteeTodo> {
    await this.access.read(user);
    const today = this.clock.now().toISOString().slice(0, 10);
    const staff = this.access.isStaff(user);
    const sessions = await this.repo.listSessions();
    const mine = await this.repo.mine(user.id, sessions.map((s) => s.id));
    const summaries = sessions.map((s) => this.summary(s, mine.attendance.get(s.id) ?? null, mine.readAt.get(s.id) ?? null));
    const isMember = user.globalRoles.includes('COMMITTEE_MEMBER');
    const upcoming = summaries.filter((s) => s.status === 'PLANNED' && s.date >= today).sort((a, b) => a.date.localeCompare(b.date));
    return {
      nextSession: isMember ? (upcoming[0] ?? null) : null,
      unreadMinutes: isMember ? summaries.filter((s) => s.status === 'MINUTES_PUBLISHED' && !s.readAt) : [],
      unconfirmed: staff ? await this.repo.unconfirmedReadings() : [],
    };
  }

  async recommendations(user: SessionUser, filter: { theme?: string | null; year?: number | null }) {
    await this.access.read(user);
    return this.repo.recommendations({ theme: filter.theme?.trim() || null, year: filter.year ?? null });
  }

  async recommendationThemes(user: SessionUser): Promise<string[]> {
    await this.access.read(user);
    return this.repo.recommendationThemes();
  }

  async search(user: SessionUser, query: string): Promise<CommitteeSearchHit[]> {
    await this.access.read(user);
    const checked = validateSearchQuery(query);
    if (!checked.ok) throw DomainError.badInput(checked.errors);
    const hits = await this.repo.search(checked.value, this.access.isStaff(user));
    return hits.map(({ headline, ...hit }) => ({ ...hit, excerpt: highlight(headline) }));
  }

  // ── Members' answers ──

  async answerAttendance(user: SessionUser, sessionId: string, attendance: AttendanceAnswer): Promise<CommitteeSession> {
    await this.access.read(user, SESSION(sessionId));
    return this.tx.run(async () => {
      const session = await this.repo.findSession(sessionId);
      if (!session) throw DomainError.notFound();
      if (session.status !== 'PLANNED') throw DomainError.badInput([{ field: 'attendance', message: 'La séance a déjà eu lieu : la présence ne peut plus être modifiée.' }]);
      await this.repo.answerAttendance(sessionId, user.id, attendance, this.clock.now());
      return this.details(user, session);
    });
  }

  async confirmReading(user: SessionUser, sessionId: string): Promise<CommitteeSession> {
    await this.access.read(user, SESSION(sessionId));
    return this.tx.run(async () => {
      const session = await this.repo.findSession(sessionId);
      if (!session) throw DomainError.notFound();
      if (session.status !== 'MINUTES_PUBLISHED') throw DomainError.badInput([{ field: 'sessionId', message: 'Le compte rendu de cette séance n’est pas encore publié.' }]);
      await this.repo.confirmReading(sessionId, user.id, this.clock.now());
      return this.details(user, session);
    });
  }

  // ── The office's work ──

  async createSession(user: SessionUser, input: SessionInput & { invitedUserIds?: string[] | null }): Promise<CommitteeSession> {
    await this.access.manage(user);
    const checked = validateSession(input);
    if (!checked.ok) throw DomainError.badInput(checked.errors);
    return this.tx.run(async () => {
      const members = await this.repo.memberIds();
      const invited = input.invitedUserIds ? [...new Set(input.invitedUserIds)] : members;
      const unknown = invited.findIndex((id) => !members.includes(id));
      if (unknown >= 0) throw DomainError.badInput([{ field: `invitedUserIds.${unknown}`, message: 'Cette personne n’est pas membre du Comité Technique.' }]);
      const session = await this.repo.createSession(this.fields(checked.value), invited);
      await this.audit.record({ action: 'committee.createSession', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, objectType: 'committeeSession', objectId: session.id, detail: { theme: session.theme, date: session.date } });
      return this.details(user, session);
    });
  }

  async updateSession(user: SessionUser, input: SessionInput & { id: string; version: number }): Promise<CommitteeSession> {
    await this.access.manage(user, SESSION(input.id));
    const checked = validateSession(input);
    if (!checked.ok) throw DomainError.badInput(checked.errors);
    return this.tx.run(async () => {
      if (!(await this.repo.findSession(input.id))) throw DomainError.notFound();
      const session = await this.repo.updateSession(input.id, input.version, this.fields(checked.value));
      if (!session) throw DomainError.conflict(SESSION_CHANGED);
      await this.audit.record({ action: 'committee.updateSession', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, objectType: 'committeeSession', objectId: session.id });
      return this.details(user, session);
    });
  }

  async markHeld(user: SessionUser, id: string): Promise<CommitteeSession> {
    await this.access.manage(user, SESSION(id));
    return this.tx.run(async () => {
      const session = await this.repo.findSession(id);
      if (!session) throw DomainError.notFound();
      const problem = sessionTransitionProblem(session.status, 'HELD');
      if (problem) throw DomainError.badInput([{ field: 'status', message: problem }]);
      if (!(await this.repo.moveStatus(id, 'PLANNED', 'HELD'))) throw DomainError.conflict(SESSION_CHANGED);
      await this.audit.record({ action: 'committee.markHeld', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, objectType: 'committeeSession', objectId: id });
      return this.details(user, (await this.repo.findSession(id))!);
    });
  }

  /** Saves the Markdown without publishing (a draft only staff see). */
  async saveMinutes(user: SessionUser, sessionId: string, markdown: string | null | undefined): Promise<CommitteeSession> {
    await this.access.manage(user, SESSION(sessionId));
    const checked = validateMinutes(markdown);
    if (!checked.ok) throw DomainError.badInput(checked.errors);
    return this.tx.run(async () => {
      const session = await this.repo.findSession(sessionId);
      if (!session) throw DomainError.notFound();
      // Members confirmed reading what was published: it is not rewritten behind their backs.
      if (session.status === 'MINUTES_PUBLISHED') throw DomainError.badInput([{ field: 'markdown', message: 'Le compte rendu est publié : il ne peut plus être modifié.' }]);
      await this.repo.saveMinutesDraft(sessionId, checked.value);
      return this.details(user, (await this.repo.findSession(sessionId))!);
    });
  }

  /**
   * Publishes the minutes (Markdown given here, or a MINUTES document already uploaded) and queues
   * one e-mail per current member in the same transaction. The status moves HELD → MINUTES_PUBLISHED
   * in one conditional UPDATE, so a second click, or a concurrent one, finds it published and sends
   * nothing.
   */
  async publishMinutes(user: SessionUser, sessionId: string, markdown: string | null | undefined): Promise<CommitteeSession> {
    await this.access.manage(user, SESSION(sessionId));
    const checked = validateMinutes(markdown);
    if (!checked.ok) throw DomainError.badInput(checked.errors);
    return this.tx.run(async () => {
      const session = await this.repo.findSession(sessionId);
      if (!session) throw DomainError.notFound();
      if (session.status === 'MINUTES_PUBLISHED') return this.details(user, session);
      const problem = sessionTransitionProblem(session.status, 'MINUTES_PUBLISHED');
      if (problem) throw DomainError.badInput([{ field: 'status', message: problem }]);
      const minutesMarkdown = checked.value ?? session.minutesMarkdown;
      const hasPdf = (await this.repo.documents(sessionId)).some((d) => d.kind === 'MINUTES' && d.versions.length > 0);
      if (!minutesMarkdown && !hasPdf) throw DomainError.badInput([{ field: 'markdown', message: MINUTES_MISSING }]);
      const now = this.clock.now();
      if (!(await this.repo.moveStatus(sessionId, 'HELD', 'MINUTES_PUBLISHED', { minutesMarkdown, minutesPublishedAt: now }))) {
        return this.details(user, (await this.repo.findSession(sessionId))!);
      }
      const members = await this.repo.members();
      const date = FRENCH_DAY.format(new Date(`${session.date}T00:00:00Z`));
      for (const member of members) {
        await this.mail.enqueue('committee-minutes', member.email, { name: member.name, theme: session.theme, date, link: `${this.env.PUBLIC_URL}/comite/seances/${sessionId}` });
      }
      await this.audit.record({ action: 'committee.publishMinutes', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, objectType: 'committeeSession', objectId: sessionId, detail: { notified: members.length } });
      return this.details(user, (await this.repo.findSession(sessionId))!);
    });
  }

  async addRecommendation(user: SessionUser, input: { sessionId: string; text: string; theme: string; proposer: string }) {
    await this.access.manage(user, SESSION(input.sessionId));
    const checked = validateRecommendation(input);
    if (!checked.ok) throw DomainError.badInput(checked.errors);
    return this.tx.run(async () => {
      if (!(await this.repo.findSession(input.sessionId))) throw DomainError.notFound();
      const id = await this.repo.createRecommendation(input.sessionId, checked.value);
      await this.audit.record({ action: 'committee.addRecommendation', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, objectType: 'committeeRecommendation', objectId: id });
      return (await this.repo.findRecommendation(id))!;
    });
  }

  async recordDecision(user: SessionUser, input: { recommendationId: string; status: string; date: string; note?: string | null }) {
    await this.access.manage(user, { type: 'committeeRecommendation', id: input.recommendationId });
    return this.tx.run(async () => {
      const recommendation = await this.repo.findRecommendation(input.recommendationId);
      if (!recommendation) throw DomainError.notFound();
      const checked = validateDecision(recommendation.status, input);
      if (!checked.ok) throw DomainError.badInput(checked.errors);
      if (!(await this.repo.decide(recommendation.id, recommendation.status, { ...checked.value, recordedById: user.id }))) {
        throw DomainError.conflict('Une autre décision a été enregistrée pendant ce temps. Rechargez la page.');
      }
      await this.audit.record({
        action: 'committee.recordDecision', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, objectType: 'committeeRecommendation', objectId: recommendation.id,
        detail: { from: recommendation.status, to: checked.value.status, date: checked.value.date },
      });
      return (await this.repo.findRecommendation(recommendation.id))!;
    });
  }

  private fields(value: SessionInput) {
    return { theme: value.theme, date: value.date, startTime: value.startTime ?? null, place: value.place ?? null, videoLink: value.videoLink ?? null, agenda: value.agenda };
  }
}

/** ts_headline's fragment with matches framed by ⟦ ⟧ → pieces the portal renders as text and <mark>. */
export function highlight(headline: string): CommitteeHighlight[] {
  const pieces: CommitteeHighlight[] = [];
  for (const [i, part] of headline.split(/[⟦⟧]/).entries()) {
    if (part) pieces.push({ text: part, match: i % 2 === 1 });
  }
  return pieces;
}
