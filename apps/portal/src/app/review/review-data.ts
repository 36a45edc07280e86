import { Injectable, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { Apollo } from 'apollo-angular';
import { type Observable, map } from 'rxjs';
import type { ReviewChangeRequestInput } from '../graphql/types.generated';
import type { ChangeRequestView } from '../listings/listing-data';
import { dataOf, loaded } from '../shared/watched-query';
import {
  ChangeRequestDocument,
  ReviewChangeRequestDocument,
  ReviewPartnerDocument,
  ReviewPartnersDocument,
  ReviewQueueSummaryDocument,
  type ReviewQueueSummaryQuery,
} from './review.generated';
import { APOLLO } from '../graphql/graphql-client';

export type QueueSummary = ReviewQueueSummaryQuery['reviewQueueSummary'];
export interface PartnerOption {
  id: string;
  name: string;
}

/** Staff's reads and writes around the review queue; the Apollo cache is where they live. */
@Injectable({ providedIn: 'root' })
export class ReviewData {
  private readonly apollo = inject(APOLLO);

  watch(id: string): Observable<ChangeRequestView> {
    return this.apollo
      .watchQuery({ query: ChangeRequestDocument, variables: { id }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): ChangeRequestView => data.changeRequest));
  }

  /** The request as it is now (after another reviewer decided first). */
  reload(id: string): Observable<ChangeRequestView> {
    return this.apollo
      .query({ query: ChangeRequestDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(
        dataOf(),
        map((data) => data.changeRequest),
      );
  }

  summary(): Observable<QueueSummary> {
    return this.apollo
      .watchQuery({ query: ReviewQueueSummaryDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): QueueSummary => data.reviewQueueSummary));
  }

  /** A few partners whose name matches, for the queue's partner filter. */
  partners(search: string): Observable<PartnerOption[]> {
    return this.apollo
      .query({ query: ReviewPartnersDocument, variables: { search } })
      .pipe(
        dataOf(),
        map((data) => data.organisations.items),
      );
  }

  partner(id: string): Observable<PartnerOption> {
    return this.apollo
      .query({ query: ReviewPartnerDocument, variables: { id } })
      .pipe(
        dataOf(),
        map((data) => data.organisation),
      );
  }

  /**
   * Records the decision on a request seen at `input.version`. CONFLICT when another reviewer
   * decided first or the listing changed. The queue and its summary are asked again afterwards.
   */
  review(input: ReviewChangeRequestInput): Observable<ChangeRequestView> {
    return this.apollo
      .mutate({
        mutation: ReviewChangeRequestDocument,
        variables: { input },
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'reviewQueue' });
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'reviewQueueSummary' });
          cache.gc();
        },
      })
      .pipe(
        dataOf(),
        map((data) => data.reviewChangeRequest),
      );
  }
}

/** The request `id()` names, watched in the cache. Call in an injection context. */
export function changeRequestResource(id: () => string | undefined) {
  const review = inject(ReviewData);
  return rxResource({ params: () => id(), stream: ({ params }) => review.watch(params) });
}

/** The queue's size and oldest request, for the staff home. Call in an injection context. */
export function queueSummaryResource(enabled: () => boolean) {
  const review = inject(ReviewData);
  return rxResource({ params: () => (enabled() ? true : undefined), stream: () => review.summary() });
}
