import { Injectable, inject } from '@angular/core';
import type { Apollo } from 'apollo-angular';
import { type Observable, map } from 'rxjs';
import { dataOf, loaded } from '../shared/watched-query';
import { OutboxTroubleDocument, RequeueFailedMailDocument, type OutboxTroubleQuery } from './outbox.generated';
import { APOLLO } from '../graphql/graphql-client';

export type OutboxTrouble = OutboxTroubleQuery['outboxTrouble'];

/** The outbox's delivery problems (staff home, « Courriels envoyés ») and the re-queue action. */
@Injectable({ providedIn: 'root' })
export class OutboxData {
  private readonly apollo = inject(APOLLO);

  trouble(): Observable<OutboxTrouble> {
    return this.apollo
      .watchQuery({ query: OutboxTroubleDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): OutboxTrouble => data.outboxTrouble));
  }

  /** Puts every failed message back in the queue; how many. Refreshes the counts. */
  requeueFailed(): Observable<number> {
    return this.apollo
      .mutate({ mutation: RequeueFailedMailDocument, refetchQueries: [{ query: OutboxTroubleDocument }] })
      .pipe(dataOf(), map((data) => data.requeueFailedMail));
  }
}

/** « 3 courriels » / « 1 courriel ». */
export function courriels(count: number): string {
  return `${count}\u00a0${count > 1 ? 'courriels' : 'courriel'}`;
}
