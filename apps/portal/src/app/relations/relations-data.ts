import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Apollo } from 'apollo-angular';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';
import type { MeetingStatus, NewsMailPreference, SaveNewsInput, SavePromotionActionInput } from '../graphql/types.generated';
import { dataOf } from '../shared/watched-query';
import {
  AddMeetingNoteDocument, ArchiveNewsDocument, CancelActionRegistrationDocument, ClosePromotionActionDocument, ConfirmMeetingDocument,
  DeclineMeetingDocument, DueNoteRemindersDocument, ManagedMeetingsDocument, MarkNoteReminderDoneDocument, ManagedNewsDocument, ManagedPromotionActionsDocument, MarkNewsReadDocument,
  MeetingAvailabilityDocument, MeetingsPerMonthDocument, PartnerRelationHistoryDocument, MoveMeetingDocument, NewsFeedDocument, NewsItemDocument, NewsMailSettingDocument, OpenPromotionActionDocument,
  OrganisationMeetingsDocument, PartnersNotMetForAYearDocument, PreviewNewsMarkdownDocument, PromotionActionRegistrationsDocument,
  PromotionActionsDocument, PublishMeetingAvailabilityDocument, PublishNewsDocument, RemoveMeetingAvailabilityDocument, ScheduleNewsDocument, RegisterForActionDocument, RequestMeetingDocument, SaveNewsDocument,
  SavePromotionActionDocument, SetNewsMailPreferenceDocument,
} from './relations.generated';
import { APOLLO } from '../graphql/graphql-client';

/** Reads and writes of partner relations. Lists are read fresh from the network: they change under other people's hands. */
@Injectable({ providedIn: 'root' })
export class RelationsData {
  private readonly apollo = inject(APOLLO);
  private readonly http = inject(HttpClient);

  // --- News ---
  feed(unreadOnly = false, limit = 50) {
    return this.apollo.query({ query: NewsFeedDocument, variables: { unreadOnly, page: { offset: 0, limit } }, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.newsFeed));
  }
  newsItem(id: string) {
    return this.apollo.query({ query: NewsItemDocument, variables: { id }, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.newsItem));
  }
  markRead(id: string) {
    return this.apollo.mutate({ mutation: MarkNewsReadDocument, variables: { id } }).pipe(dataOf(), map((d) => d.markNewsRead));
  }
  managedNews() {
    return this.apollo.query({ query: ManagedNewsDocument, variables: { page: { offset: 0, limit: 100 } }, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.managedNews));
  }
  preview(markdown: string) {
    return this.apollo.query({ query: PreviewNewsMarkdownDocument, variables: { markdown }, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.previewNewsMarkdown));
  }
  saveNews(input: SaveNewsInput) {
    return this.apollo.mutate({ mutation: SaveNewsDocument, variables: { input } }).pipe(dataOf(), map((d) => d.saveNews));
  }
  publishNews(id: string, version: number) {
    return this.apollo.mutate({ mutation: PublishNewsDocument, variables: { id, version } }).pipe(dataOf(), map((d) => d.publishNews));
  }
  scheduleNews(id: string, version: number, publishAt: string) {
    return this.apollo.mutate({ mutation: ScheduleNewsDocument, variables: { id, version, publishAt } }).pipe(dataOf(), map((d) => d.scheduleNews));
  }
  /** Multipart over REST (GraphQL does not carry files); the header is the API's CSRF guard. */
  attachToNews(id: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<{ name: string }>(`/api/news/${encodeURIComponent(id)}/attachment`, form, { headers: new HttpHeaders({ 'X-Requested-With': 'XMLHttpRequest' }) });
  }
  attachmentUrl(id: string): string {
    return `/api/news/${encodeURIComponent(id)}/attachment`;
  }
  archiveNews(id: string, version: number) {
    return this.apollo.mutate({ mutation: ArchiveNewsDocument, variables: { id, version } }).pipe(dataOf(), map((d) => d.archiveNews));
  }
  mailSetting() {
    return this.apollo.query({ query: NewsMailSettingDocument, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.newsMailSetting.preference));
  }
  setMailPreference(preference: NewsMailPreference) {
    return this.apollo.mutate({ mutation: SetNewsMailPreferenceDocument, variables: { preference } }).pipe(dataOf(), map((d) => d.setNewsMailPreference.preference));
  }

  // --- Promotion actions ---
  actions(organisationId: string) {
    return this.apollo.query({ query: PromotionActionsDocument, variables: { organisationId }, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.promotionActions));
  }
  register(actionId: string, organisationId: string) {
    return this.apollo.mutate({ mutation: RegisterForActionDocument, variables: { input: { actionId, organisationId } } }).pipe(dataOf(), map((d) => d.registerForAction));
  }
  cancelRegistration(id: string) {
    return this.apollo.mutate({ mutation: CancelActionRegistrationDocument, variables: { id } }).pipe(dataOf(), map((d) => d.cancelActionRegistration));
  }
  managedActions() {
    return this.apollo.query({ query: ManagedPromotionActionsDocument, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.managedPromotionActions));
  }
  actionRegistrations(actionId: string) {
    return this.apollo.query({ query: PromotionActionRegistrationsDocument, variables: { actionId }, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.promotionActionRegistrations));
  }
  saveAction(input: SavePromotionActionInput) {
    return this.apollo.mutate({ mutation: SavePromotionActionDocument, variables: { input } }).pipe(dataOf(), map((d) => d.savePromotionAction));
  }
  openAction(id: string, version: number) {
    return this.apollo.mutate({ mutation: OpenPromotionActionDocument, variables: { id, version } }).pipe(dataOf(), map((d) => d.openPromotionAction));
  }
  closeAction(id: string, version: number) {
    return this.apollo.mutate({ mutation: ClosePromotionActionDocument, variables: { id, version } }).pipe(dataOf(), map((d) => d.closePromotionAction));
  }
  /** The XLSX export is a REST download: the browser follows the link with the session cookie. */
  exportUrl(actionId: string): string {
    return `/api/promotion-actions/${encodeURIComponent(actionId)}/registrations.xlsx`;
  }

  // --- Meetings ---
  availability() {
    return this.apollo.query({ query: MeetingAvailabilityDocument, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.meetingAvailability));
  }
  meetings(organisationId: string) {
    return this.apollo.query({ query: OrganisationMeetingsDocument, variables: { organisationId }, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.organisationMeetings));
  }
  requestMeeting(input: { organisationId: string; subject: string; place: 'OFFICE' | 'PARTNER' | 'VIDEO'; preferredSlots: string[] }) {
    return this.apollo.mutate({ mutation: RequestMeetingDocument, variables: { input } }).pipe(dataOf(), map((d) => d.requestMeeting));
  }
  managedMeetings(status: MeetingStatus | null) {
    return this.apollo.query({ query: ManagedMeetingsDocument, variables: { status }, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.managedMeetings));
  }
  answerMeeting(decision: 'confirm' | 'move' | 'decline', input: { id: string; version: number; startsAt?: string | null; message?: string | null }) {
    const mutation = { confirm: ConfirmMeetingDocument, move: MoveMeetingDocument, decline: DeclineMeetingDocument }[decision];
    return (this.apollo.mutate({ mutation, variables: { input } }) as Observable<{ data?: unknown }>).pipe(map(() => undefined));
  }
  addNote(input: { meetingId: string; text: string; nextSteps: string; reminderOn: string | null }) {
    return this.apollo.mutate({ mutation: AddMeetingNoteDocument, variables: { input } }).pipe(dataOf(), map((d) => d.addMeetingNote));
  }
  publishAvailability(startsAt: string, endsAt: string) {
    return this.apollo.mutate({ mutation: PublishMeetingAvailabilityDocument, variables: { input: { startsAt, endsAt } } }).pipe(dataOf(), map((d) => d.publishMeetingAvailability));
  }
  removeAvailability(id: string) {
    return this.apollo.mutate({ mutation: RemoveMeetingAvailabilityDocument, variables: { id } }).pipe(dataOf(), map((d) => d.removeMeetingAvailability));
  }
  dueReminders() {
    return this.apollo.query({ query: DueNoteRemindersDocument, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.dueNoteReminders));
  }
  markReminderDone(noteId: string) {
    return this.apollo.mutate({ mutation: MarkNoteReminderDoneDocument, variables: { noteId } }).pipe(dataOf(), map((d) => d.markNoteReminderDone));
  }
  history(organisationId: string) {
    return this.apollo.query({ query: PartnerRelationHistoryDocument, variables: { organisationId }, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.partnerRelationHistory));
  }
  perMonth(year: number) {
    return this.apollo.query({ query: MeetingsPerMonthDocument, variables: { year }, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.meetingsPerMonth));
  }
  notMet() {
    return this.apollo.query({ query: PartnersNotMetForAYearDocument, fetchPolicy: 'network-only' }).pipe(dataOf(), map((d) => d.partnersNotMetForAYear));
  }
}
