import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Apollo } from 'apollo-angular';
import { type Observable, catchError, map, throwError } from 'rxjs';
import type { CommitteeAttendance, CommitteeRecommendationFilter, CreateCommitteeSessionInput, RecordCommitteeDecisionInput, UpdateCommitteeSessionInput } from '../graphql/types.generated';
import { restError } from '../listings/listing-data';
import { dataOf, loaded } from '../shared/watched-query';
import {
  AddCommitteeMemberDocument,
  AddCommitteeRecommendationDocument,
  AnswerCommitteeAttendanceDocument,
  CommitteeCandidatesDocument,
  CommitteeMembersDocument,
  CommitteeRecommendationsDocument,
  type CommitteeRecommendationsQuery,
  CommitteeSearchDocument,
  type CommitteeSearchQuery,
  CommitteeSessionDocument,
  type CommitteeSessionFieldsFragment,
  CommitteeSessionsDocument,
  type CommitteeSessionSummaryFieldsFragment,
  CommitteeTodoDocument,
  type CommitteeTodoQuery,
  ConfirmCommitteeMinutesReadDocument,
  CreateCommitteeSessionDocument,
  MarkCommitteeSessionHeldDocument,
  type CommitteeMembersQuery,
  PublishCommitteeMinutesDocument,
  RecordCommitteeDecisionDocument,
  RemoveCommitteeMemberDocument,
  SaveCommitteeMinutesDocument,
  UpdateCommitteeSessionDocument,
} from './committee.generated';
import { APOLLO } from '../graphql/graphql-client';

export type SessionView = CommitteeSessionFieldsFragment;
export type SessionSummary = CommitteeSessionSummaryFieldsFragment;
export type RecommendationsView = CommitteeRecommendationsQuery;
export type SearchHit = CommitteeSearchQuery['committeeSearch'][number];
export type CommitteeTodoView = CommitteeTodoQuery['committeeTodo'];
export type Member = CommitteeMembersQuery['committeeMembers'][number];

const CSRF = new HttpHeaders({ 'X-Requested-With': 'XMLHttpRequest' });

/** The committee's reads and writes; the Apollo cache holds what they return. */
@Injectable({ providedIn: 'root' })
export class CommitteeData {
  private readonly apollo = inject(APOLLO);
  private readonly http = inject(HttpClient);

  sessions(): Observable<SessionSummary[]> {
    return this.apollo
      .watchQuery({ query: CommitteeSessionsDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data) => data.committeeSessions));
  }

  session(id: string): Observable<SessionView> {
    return this.apollo
      .watchQuery({ query: CommitteeSessionDocument, variables: { id }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data) => data.committeeSession));
  }

  recommendations(filter: CommitteeRecommendationFilter): Observable<RecommendationsView> {
    return this.apollo
      .watchQuery({ query: CommitteeRecommendationsDocument, variables: { filter }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data) => data));
  }

  search(query: string): Observable<SearchHit[]> {
    return this.apollo.query({ query: CommitteeSearchDocument, variables: { query }, fetchPolicy: 'network-only' }).pipe(
      dataOf(),
      map((data) => data.committeeSearch),
    );
  }

  todo(): Observable<CommitteeTodoView> {
    return this.apollo
      .watchQuery({ query: CommitteeTodoDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data) => data.committeeTodo));
  }

  members(): Observable<Member[]> {
    return this.apollo
      .watchQuery({ query: CommitteeMembersDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data) => data.committeeMembers));
  }

  candidates(search: string): Observable<Member[]> {
    return this.apollo.query({ query: CommitteeCandidatesDocument, variables: { search }, fetchPolicy: 'network-only' }).pipe(
      dataOf(),
      map((data) => data.committeeCandidates),
    );
  }

  addMember(userId: string): Observable<Member[]> {
    return this.apollo
      .mutate({ mutation: AddCommitteeMemberDocument, variables: { userId }, refetchQueries: [{ query: CommitteeMembersDocument }] })
      .pipe(dataOf(), map((data) => data.addCommitteeMember));
  }

  removeMember(userId: string): Observable<Member[]> {
    return this.apollo
      .mutate({ mutation: RemoveCommitteeMemberDocument, variables: { userId }, refetchQueries: [{ query: CommitteeMembersDocument }] })
      .pipe(dataOf(), map((data) => data.removeCommitteeMember));
  }

  answerAttendance(sessionId: string, attendance: CommitteeAttendance): Observable<SessionView> {
    return this.apollo
      .mutate({ mutation: AnswerCommitteeAttendanceDocument, variables: { sessionId, attendance }, refetchQueries: [{ query: CommitteeSessionsDocument }] })
      .pipe(dataOf(), map((data) => data.answerCommitteeAttendance));
  }

  confirmRead(sessionId: string): Observable<SessionView> {
    return this.apollo
      .mutate({ mutation: ConfirmCommitteeMinutesReadDocument, variables: { sessionId }, refetchQueries: [{ query: CommitteeTodoDocument }, { query: CommitteeSessionsDocument }] })
      .pipe(dataOf(), map((data) => data.confirmCommitteeMinutesRead));
  }

  create(input: CreateCommitteeSessionInput): Observable<SessionView> {
    return this.apollo
      .mutate({ mutation: CreateCommitteeSessionDocument, variables: { input }, refetchQueries: [{ query: CommitteeSessionsDocument }] })
      .pipe(dataOf(), map((data) => data.createCommitteeSession));
  }

  update(input: UpdateCommitteeSessionInput): Observable<SessionView> {
    return this.apollo
      .mutate({ mutation: UpdateCommitteeSessionDocument, variables: { input }, refetchQueries: [{ query: CommitteeSessionsDocument }] })
      .pipe(dataOf(), map((data) => data.updateCommitteeSession));
  }

  markHeld(id: string): Observable<SessionView> {
    return this.apollo.mutate({ mutation: MarkCommitteeSessionHeldDocument, variables: { id } }).pipe(dataOf(), map((data) => data.markCommitteeSessionHeld));
  }

  saveMinutes(sessionId: string, markdown: string): Observable<SessionView> {
    return this.apollo
      .mutate({ mutation: SaveCommitteeMinutesDocument, variables: { input: { sessionId, markdown } } })
      .pipe(dataOf(), map((data) => data.saveCommitteeMinutes));
  }

  publishMinutes(sessionId: string, markdown: string | null): Observable<SessionView> {
    return this.apollo
      .mutate({ mutation: PublishCommitteeMinutesDocument, variables: { input: { sessionId, markdown } }, refetchQueries: [{ query: CommitteeSessionsDocument }] })
      .pipe(dataOf(), map((data) => data.publishCommitteeMinutes));
  }

  addRecommendation(input: { sessionId: string; text: string; theme: string; proposer: string }) {
    return this.apollo
      .mutate({ mutation: AddCommitteeRecommendationDocument, variables: { input }, refetchQueries: [{ query: CommitteeSessionDocument, variables: { id: input.sessionId } }] })
      .pipe(dataOf(), map((data) => data.addCommitteeRecommendation));
  }

  recordDecision(input: RecordCommitteeDecisionInput) {
    return this.apollo.mutate({ mutation: RecordCommitteeDecisionDocument, variables: { input } }).pipe(dataOf(), map((data) => data.recordCommitteeDecision));
  }

  /** Uploads a document to a session (PDF, office document or image, 20 Mo at most). */
  uploadDocument(sessionId: string, fields: { title: string; kind: string }, file: File): Observable<unknown> {
    const body = new FormData();
    body.append('title', fields.title);
    body.append('kind', fields.kind);
    body.append('file', file, file.name);
    return this.http
      .post(`/api/committee/sessions/${encodeURIComponent(sessionId)}/documents`, body, { withCredentials: true, headers: CSRF })
      .pipe(catchError((error: unknown) => throwError(() => restError(error))));
  }

  /** A new version of a document; the older ones stay. */
  replaceDocument(documentId: string, file: File): Observable<unknown> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http
      .post(`/api/committee/documents/${encodeURIComponent(documentId)}/versions`, body, { withCredentials: true, headers: CSRF })
      .pipe(catchError((error: unknown) => throwError(() => restError(error))));
  }

  /** After an upload (REST), the session's documents are read again. */
  refreshSession(id: string): Observable<SessionView> {
    return this.apollo.query({ query: CommitteeSessionDocument, variables: { id }, fetchPolicy: 'network-only' }).pipe(dataOf(), map((data) => data.committeeSession));
  }
}

const DAY = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2018-03-15` → « jeudi 15 mars 2018 ». */
export function formatSessionDay(day: string): string {
  return DAY.format(new Date(`${day}T00:00:00Z`));
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} ko`;
  return `${bytes} octets`;
}
