import { Injectable, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { ClassifiedCategory, TouristTaxTariffs } from '@extranet/domain/tourist-tax';
import type { Apollo } from 'apollo-angular';
import { type Observable, map } from 'rxjs';
import type { WriteToTaxHostInput, AcceptTaxCorrectionInput, DeclineTaxCorrectionInput, RequestTaxCorrectionInput, CreateTaxAccommodationInput, MergeTaxAccommodationsInput, UpdateTaxAccommodationInput, CorrectTaxDeclarationInput, SetTaxTariffsInput, RecordTaxPaymentInput, TaxDeclarationInput, TaxLateFilter, TaxRegisterFilter } from '../graphql/types.generated';
import { dataOf, loaded } from '../shared/watched-query';
import {
  WriteToTaxHostDocument,
  TaxHostMessagesDocument,
  type TaxHostMessagesQuery,
  AcceptTaxCorrectionDocument,
  DeclineTaxCorrectionDocument,
  RequestTaxCorrectionDocument,
  TaxCorrectionRequestDocument,
  TaxCorrectionRequestsDocument,
  type TaxCorrectionRequestFieldsFragment,
  TaxPendingCorrectionRequestsDocument,
  type TaxPendingCorrectionRequestsQuery,
  CreateTaxAccommodationDocument,
  MergeTaxAccommodationsDocument,
  UpdateTaxAccommodationDocument,
  CorrectTaxDeclarationDocument,
  RecordTaxPaymentDocument,
  SaveTaxDeclarationDraftDocument,
  SendTaxReminderDocument,
  SetTouristTaxTariffsDocument,
  SubmitTaxDeclarationDocument,
  TaxAccommodationDocument,
  type TaxAccommodationQuery,
  TaxAccommodationsDocument,
  type TaxAccommodationFieldsFragment,
  TaxDeclarationDocument,
  type TaxDeclarationFieldsFragment,
  TaxFollowUpDocument,
  type TaxFollowUpQuery,
  TaxRegisterDocument,
  type TaxRegisterQuery,
  TaxStaffTodoDocument,
  type TaxStaffTodoQuery,
  TaxTodoDocument,
  type TaxTodoQuery,
  TaxStatisticsDocument,
  type TaxStatisticsQuery,
  TaxUndeclaredDocument,
  type TaxUndeclaredQuery,
  TouristTaxTariffsDocument,
  type TouristTaxTariffsQuery,
} from './tourist-tax.generated';
import { APOLLO } from '../graphql/graphql-client';

export type TaxAccommodationView = TaxAccommodationFieldsFragment;
export type TaxAccommodationDetail = { accommodation: TaxAccommodationQuery['taxAccommodation']; payments: TaxAccommodationQuery['taxPayments'] };
export type TaxDeclarationView = TaxDeclarationFieldsFragment;
export type TaxTariffsView = TouristTaxTariffsQuery['touristTaxTariffs'][number];
export type TaxTodo = TaxTodoQuery['taxTodo'];
export type TaxStaffTodo = TaxStaffTodoQuery['taxStaffTodo'];
export type TaxFollowUpView = TaxFollowUpQuery;
export type TaxRegisterView = TaxRegisterQuery['taxRegister'];
export type TaxStatisticsView = TaxStatisticsQuery['taxStatistics'];
export type TaxUndeclaredView = TaxUndeclaredQuery['taxUndeclared'];
export type TaxHostMessageView = TaxHostMessagesQuery['taxHostMessages'][number];
export type TaxCorrectionRequestView = TaxCorrectionRequestFieldsFragment;
export type TaxPendingCorrectionsView = TaxPendingCorrectionRequestsQuery['taxPendingCorrectionRequests'];
const CORRECTION_QUERIES = ['TaxCorrectionRequests', 'TaxCorrectionRequest', 'TaxPendingCorrectionRequests', 'TaxStaffTodo'];

/** The API's tariffs as the domain engine reads them (the same engine as the server's). */
export function engineTariffs(view: TaxTariffsView): TouristTaxTariffs {
  return {
    year: view.year,
    rates: Object.fromEntries(view.rates.map((r) => [r.category, r.communalCents])) as Record<ClassifiedCategory, number>,
    proportionalBasisPoints: view.proportionalBasisPoints,
    proportionalCapCents: view.proportionalCapCents,
    additionalRates: view.additionalRates.map((r) => ({ code: r.code, label: r.label, basisPoints: r.basisPoints })),
    rentThresholdCents: view.rentThresholdCents,
    flatRateAllowancePercent: view.flatRateAllowancePercent,
  };
}

/** Reads and writes of the tourist tax; the Apollo cache is where they live. */
@Injectable({ providedIn: 'root' })
export class TaxData {
  private readonly apollo = inject(APOLLO);

  tariffs(): Observable<TaxTariffsView[]> {
    return this.apollo
      .watchQuery({ query: TouristTaxTariffsDocument, fetchPolicy: 'cache-first' })
      .valueChanges.pipe(loaded((data): TaxTariffsView[] => data.touristTaxTariffs));
  }

  accommodations(organisationId: string): Observable<TaxAccommodationView[]> {
    return this.apollo
      .watchQuery({ query: TaxAccommodationsDocument, variables: { organisationId }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxAccommodationView[] => data.taxAccommodations));
  }

  accommodation(id: string, year: number): Observable<TaxAccommodationDetail> {
    return this.apollo
      .watchQuery({ query: TaxAccommodationDocument, variables: { id, year }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxAccommodationDetail => ({ accommodation: data.taxAccommodation, payments: data.taxPayments })));
  }

  declaration(id: string): Observable<TaxDeclarationView> {
    return this.apollo
      .watchQuery({ query: TaxDeclarationDocument, variables: { id }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxDeclarationView => data.taxDeclaration));
  }

  saveDraft(input: TaxDeclarationInput): Observable<TaxDeclarationView> {
    return this.apollo
      .mutate({ mutation: SaveTaxDeclarationDraftDocument, variables: { input }, refetchQueries: ['TaxAccommodation', 'TaxTodo'] })
      .pipe(dataOf(), map((data) => data.saveTaxDeclarationDraft));
  }

  submit(input: TaxDeclarationInput): Observable<TaxDeclarationView> {
    return this.apollo
      .mutate({ mutation: SubmitTaxDeclarationDocument, variables: { input }, refetchQueries: ['TaxAccommodation', 'TaxTodo'] })
      .pipe(dataOf(), map((data) => data.submitTaxDeclaration));
  }

  correct(input: CorrectTaxDeclarationInput): Observable<TaxDeclarationView> {
    return this.apollo
      .mutate({ mutation: CorrectTaxDeclarationDocument, variables: { input }, refetchQueries: ['TaxAccommodation', 'TaxTodo'] })
      .pipe(dataOf(), map((data) => data.correctTaxDeclaration));
  }

  recordPayment(input: RecordTaxPaymentInput) {
    return this.apollo
      .mutate({ mutation: RecordTaxPaymentDocument, variables: { input }, refetchQueries: ['TaxAccommodation', 'TaxFollowUp', 'TaxStaffTodo'] })
      .pipe(dataOf(), map((data) => data.recordTaxPayment));
  }

  todo(organisationId: string): Observable<TaxTodo> {
    return this.apollo
      .watchQuery({ query: TaxTodoDocument, variables: { organisationId }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxTodo => data.taxTodo));
  }

  staffTodo(): Observable<TaxStaffTodo> {
    return this.apollo
      .watchQuery({ query: TaxStaffTodoDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxStaffTodo => data.taxStaffTodo));
  }

  followUp(year: number, filter: TaxLateFilter, offset: number): Observable<TaxFollowUpView> {
    return this.apollo
      .watchQuery({ query: TaxFollowUpDocument, variables: { year, filter, page: { offset, limit: 20 } }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxFollowUpView => data));
  }

  register(filter: TaxRegisterFilter): Observable<TaxRegisterView> {
    return this.apollo
      .watchQuery({ query: TaxRegisterDocument, variables: { filter, page: { offset: 0, limit: 20 } }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxRegisterView => data.taxRegister));
  }

  statistics(year: number): Observable<TaxStatisticsView> {
    return this.apollo
      .watchQuery({ query: TaxStatisticsDocument, variables: { year }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxStatisticsView => data.taxStatistics));
  }

  undeclared(year: number): Observable<TaxUndeclaredView> {
    return this.apollo
      .watchQuery({ query: TaxUndeclaredDocument, variables: { year }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxUndeclaredView => data.taxUndeclared));
  }

  createAccommodation(input: CreateTaxAccommodationInput): Observable<TaxAccommodationView> {
    return this.apollo
      .mutate({ mutation: CreateTaxAccommodationDocument, variables: { input }, refetchQueries: ['TaxRegister', 'TaxUndeclared', 'TaxAccommodations'] })
      .pipe(dataOf(), map((data) => data.createTaxAccommodation));
  }

  updateAccommodation(input: UpdateTaxAccommodationInput): Observable<TaxAccommodationView> {
    return this.apollo
      .mutate({ mutation: UpdateTaxAccommodationDocument, variables: { input }, refetchQueries: ['TaxRegister', 'TaxAccommodation', 'TaxAccommodations'] })
      .pipe(dataOf(), map((data) => data.updateTaxAccommodation));
  }

  mergeAccommodations(input: MergeTaxAccommodationsInput): Observable<TaxAccommodationView> {
    return this.apollo
      .mutate({ mutation: MergeTaxAccommodationsDocument, variables: { input }, refetchQueries: ['TaxRegister', 'TaxAccommodation', 'TaxAccommodations', 'TaxFollowUp'] })
      .pipe(dataOf(), map((data) => data.mergeTaxAccommodations));
  }

  correctionRequests(accommodationId: string): Observable<TaxCorrectionRequestView[]> {
    return this.apollo
      .watchQuery({ query: TaxCorrectionRequestsDocument, variables: { accommodationId }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxCorrectionRequestView[] => data.taxCorrectionRequests));
  }

  correctionRequest(id: string): Observable<TaxCorrectionRequestView> {
    return this.apollo
      .watchQuery({ query: TaxCorrectionRequestDocument, variables: { id }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxCorrectionRequestView => data.taxCorrectionRequest));
  }

  pendingCorrections(): Observable<TaxPendingCorrectionsView> {
    return this.apollo
      .watchQuery({ query: TaxPendingCorrectionRequestsDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxPendingCorrectionsView => data.taxPendingCorrectionRequests));
  }

  requestCorrection(input: RequestTaxCorrectionInput): Observable<TaxCorrectionRequestView> {
    return this.apollo
      .mutate({ mutation: RequestTaxCorrectionDocument, variables: { input }, refetchQueries: CORRECTION_QUERIES })
      .pipe(dataOf(), map((data) => data.requestTaxCorrection));
  }

  acceptCorrection(input: AcceptTaxCorrectionInput): Observable<TaxCorrectionRequestView> {
    return this.apollo
      .mutate({ mutation: AcceptTaxCorrectionDocument, variables: { input }, refetchQueries: [...CORRECTION_QUERIES, 'TaxAccommodation', 'TaxRegister', 'TaxAccommodations'] })
      .pipe(dataOf(), map((data) => data.acceptTaxCorrection));
  }

  declineCorrection(input: DeclineTaxCorrectionInput): Observable<TaxCorrectionRequestView> {
    return this.apollo
      .mutate({ mutation: DeclineTaxCorrectionDocument, variables: { input }, refetchQueries: CORRECTION_QUERIES })
      .pipe(dataOf(), map((data) => data.declineTaxCorrection));
  }

  hostMessages(organisationId: string): Observable<TaxHostMessageView[]> {
    return this.apollo
      .watchQuery({ query: TaxHostMessagesDocument, variables: { organisationId }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TaxHostMessageView[] => data.taxHostMessages));
  }

  writeToHost(input: WriteToTaxHostInput) {
    return this.apollo
      .mutate({ mutation: WriteToTaxHostDocument, variables: { input }, refetchQueries: ['TaxHostMessages', 'TaxUndeclared'] })
      .pipe(dataOf(), map((data) => data.writeToTaxHost));
  }

  setTariffs(input: SetTaxTariffsInput) {
    return this.apollo
      .mutate({ mutation: SetTouristTaxTariffsDocument, variables: { input }, refetchQueries: ['TouristTaxTariffs'] })
      .pipe(dataOf(), map((data) => data.setTouristTaxTariffs));
  }

  sendReminder(accommodationId: string, year: number, quarter: number) {
    return this.apollo
      .mutate({ mutation: SendTaxReminderDocument, variables: { accommodationId, year, quarter }, refetchQueries: ['TaxFollowUp'] })
      .pipe(dataOf(), map((data) => data.sendTaxReminder));
  }
}

export function tariffsResource(data: TaxData) {
  return rxResource({ stream: () => data.tariffs() });
}
