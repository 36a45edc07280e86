import { Injectable, inject } from '@angular/core';
import type { Apollo } from 'apollo-angular';
import { type Observable, map } from 'rxjs';
import type { CreateCatalogueItemInput, RecordPaymentInput, SubscribeInput, SubscriptionFilter, UpdateCatalogueItemInput } from '../graphql/types.generated';
import { dataOf, loaded } from '../shared/watched-query';
import {
  AllPackSubscriptionsDocument,
  type AllPackSubscriptionsQuery,
  ArchiveCatalogueItemDocument,
  type CatalogueItemFieldsFragment,
  CancelPackInvoiceDocument,
  CatalogueItemsDocument,
  CreateCatalogueItemDocument,
  PackFollowUpDocument,
  type PackFollowUpQuery,
  PackOfferDocument,
  PackRevenueDocument,
  type PackRevenueQuery,
  SendPackReminderDocument,
  type PackOfferQuery,
  PackStatusDocument,
  type PackStatusQuery,
  type PackSubscriptionFieldsFragment,
  PackSubscriptionsDocument,
  PacksSummaryDocument,
  type PacksSummaryQuery,
  PublishTermsOfSaleDocument,
  RecordPackPaymentDocument,
  ReorderCatalogueDocument,
  StartPackOnlinePaymentDocument,
  SubscribeToPackDocument,
  type SubscribeToPackMutation,
  TermsOfSaleVersionsDocument,
  type TermsOfSaleVersionsQuery,
  UpdateCatalogueItemDocument,
} from './packs.generated';
import { APOLLO } from '../graphql/graphql-client';

export type CatalogueItemView = CatalogueItemFieldsFragment;
export type SubscriptionView = PackSubscriptionFieldsFragment;
export type PackOffer = PackOfferQuery['packOffer'];
export type PackStatusView = PackStatusQuery['packStatus'];
export type PacksSummary = PacksSummaryQuery['packsSummary'];
export type SubscriptionPage = AllPackSubscriptionsQuery['allPackSubscriptions'];
export type SubscribeResult = SubscribeToPackMutation['subscribeToPack'];
export type FollowUp = PackFollowUpQuery['packFollowUp'];
export type RevenueRowView = PackRevenueQuery['packRevenue'][number];
export type TermsView = TermsOfSaleVersionsQuery['termsOfSaleVersions'][number];

/** Reads and writes of service packs; the Apollo cache is where they live. */
@Injectable({ providedIn: 'root' })
export class PacksData {
  private readonly apollo = inject(APOLLO);

  offer(organisationId: string, year: number): Observable<PackOffer> {
    return this.apollo
      .watchQuery({ query: PackOfferDocument, variables: { organisationId, year }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): PackOffer => data.packOffer));
  }

  subscriptions(organisationId: string): Observable<SubscriptionView[]> {
    return this.apollo
      .watchQuery({ query: PackSubscriptionsDocument, variables: { organisationId }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): SubscriptionView[] => data.packSubscriptions));
  }

  status(organisationId: string, year: number): Observable<PackStatusView> {
    return this.apollo
      .watchQuery({ query: PackStatusDocument, variables: { organisationId, year }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): PackStatusView => data.packStatus));
  }

  subscribe(input: SubscribeInput): Observable<SubscribeResult> {
    return this.apollo
      .mutate({ mutation: SubscribeToPackDocument, variables: { input }, refetchQueries: ['PackSubscriptions', 'PackStatus'] })
      .pipe(
        dataOf(),
        map((data) => data.subscribeToPack),
      );
  }

  startOnlinePayment(subscriptionId: string): Observable<string> {
    return this.apollo
      .mutate({ mutation: StartPackOnlinePaymentDocument, variables: { subscriptionId } })
      .pipe(
        dataOf(),
        map((data) => data.startPackOnlinePayment),
      );
  }

  all(filter: SubscriptionFilter, offset: number, limit: number): Observable<SubscriptionPage> {
    return this.apollo
      .watchQuery({ query: AllPackSubscriptionsDocument, variables: { filter, page: { offset, limit } }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): SubscriptionPage => data.allPackSubscriptions));
  }

  summary(year: number): Observable<PacksSummary> {
    return this.apollo
      .watchQuery({ query: PacksSummaryDocument, variables: { year }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): PacksSummary => data.packsSummary));
  }

  recordPayment(input: RecordPaymentInput): Observable<SubscriptionView> {
    return this.apollo
      .mutate({ mutation: RecordPackPaymentDocument, variables: { input }, refetchQueries: ['PacksSummary'] })
      .pipe(
        dataOf(),
        map((data) => data.recordPackPayment),
      );
  }

  catalogue(year: number): Observable<CatalogueItemView[]> {
    return this.apollo
      .watchQuery({ query: CatalogueItemsDocument, variables: { year }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): CatalogueItemView[] => data.catalogueItems));
  }

  createItem(input: CreateCatalogueItemInput): Observable<CatalogueItemView> {
    return this.apollo
      .mutate({ mutation: CreateCatalogueItemDocument, variables: { input }, refetchQueries: ['CatalogueItems'] })
      .pipe(
        dataOf(),
        map((data) => data.createCatalogueItem),
      );
  }

  updateItem(input: UpdateCatalogueItemInput): Observable<CatalogueItemView> {
    return this.apollo
      .mutate({ mutation: UpdateCatalogueItemDocument, variables: { input }, refetchQueries: ['CatalogueItems'] })
      .pipe(
        dataOf(),
        map((data) => data.updateCatalogueItem),
      );
  }

  archive(id: string, archived: boolean): Observable<CatalogueItemView> {
    return this.apollo
      .mutate({ mutation: ArchiveCatalogueItemDocument, variables: { id, archived } })
      .pipe(
        dataOf(),
        map((data) => data.archiveCatalogueItem),
      );
  }

  reorder(year: number, kind: 'PACK' | 'OPTION', ids: string[]): Observable<CatalogueItemView[]> {
    return this.apollo
      .mutate({ mutation: ReorderCatalogueDocument, variables: { input: { year, kind, ids } }, refetchQueries: ['CatalogueItems'] })
      .pipe(
        dataOf(),
        map((data) => data.reorderCatalogue),
      );
  }

  termsVersions(): Observable<TermsView[]> {
    return this.apollo
      .watchQuery({ query: TermsOfSaleVersionsDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): TermsView[] => data.termsOfSaleVersions));
  }

  publishTerms(body: string): Observable<TermsView> {
    return this.apollo
      .mutate({ mutation: PublishTermsOfSaleDocument, variables: { body }, refetchQueries: ['TermsOfSaleVersions'] })
      .pipe(
        dataOf(),
        map((data) => data.publishTermsOfSale),
      );
  }

  followUp(year: number): Observable<FollowUp> {
    return this.apollo
      .watchQuery({ query: PackFollowUpDocument, variables: { year }, fetchPolicy: 'network-only' })
      .valueChanges.pipe(loaded((data): FollowUp => data.packFollowUp));
  }

  revenue(year: number): Observable<RevenueRowView[]> {
    return this.apollo
      .watchQuery({ query: PackRevenueDocument, variables: { year }, fetchPolicy: 'network-only' })
      .valueChanges.pipe(loaded((data): RevenueRowView[] => data.packRevenue));
  }

  sendReminder(organisationId: string, year: number): Observable<number> {
    return this.apollo
      .mutate({ mutation: SendPackReminderDocument, variables: { organisationId, year } })
      .pipe(
        dataOf(),
        map((data) => data.sendPackReminder),
      );
  }

  /** A credit note cancelling the invoice; the subscription is cancelled, nothing is deleted. */
  cancelInvoice(invoiceId: string, reason: string): Observable<SubscriptionView> {
    return this.apollo
      .mutate({ mutation: CancelPackInvoiceDocument, variables: { input: { invoiceId, reason } }, refetchQueries: ['PacksSummary'] })
      .pipe(
        dataOf(),
        map((data) => data.cancelPackInvoice),
      );
  }
}
