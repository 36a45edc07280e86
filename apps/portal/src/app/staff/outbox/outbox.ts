import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { toSignal } from '@angular/core/rxjs-interop';
import { Apollo, type QueryRef } from 'apollo-angular';
import { map, tap } from 'rxjs';
import type { OutboxStatus } from '../../graphql/types.generated';
import { toApiError } from '../../shared/api-error';
import { TextWithLinks } from '../../shared/text-with-links';
import { OutboxDocument, type OutboxQuery, type OutboxQueryVariables } from './outbox.generated';

type Page = OutboxQuery['outbox'];
type Message = Page['items'][number];

export const OUTBOX_STATUS_LABELS: Readonly<Record<OutboxStatus, string>> = {
  PENDING: 'En attente',
  SENT: 'Envoyé',
  FAILED: 'Échec',
};

/** `/courriels` — every e-mail the extranet has queued, with its delivery status and text. */
@Component({
  selector: 'app-outbox',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TextWithLinks,
  ],
  templateUrl: './outbox.html',
  styleUrl: './outbox.scss',
})
export class Outbox {
  private readonly apollo = inject(Apollo);

  protected readonly statusLabels = OUTBOX_STATUS_LABELS;
  protected readonly statuses = Object.entries(OUTBOX_STATUS_LABELS).map(([value, label]) => ({
    value: value as OutboxStatus,
    label,
  }));
  protected readonly columns = ['createdAt', 'recipient', 'subject', 'status', 'toggle'];
  protected readonly pageSizes = [20, 50, 100];

  protected readonly statusControl = new FormControl<OutboxStatus | ''>('', { nonNullable: true });
  private readonly status = toSignal(this.statusControl.valueChanges, { initialValue: '' as const });
  protected readonly pageSize = signal(20);
  protected readonly pageIndex = linkedSignal({ source: this.status, computation: () => 0 });
  /** Ids of the messages whose text is shown. */
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  private queryRef: QueryRef<OutboxQuery, OutboxQueryVariables> | null = null;
  private readonly result = rxResource({
    params: () => ({
      page: { offset: this.pageIndex() * this.pageSize(), limit: this.pageSize() },
      status: this.status() || undefined,
    }),
    stream: ({ params }) => {
      const queryRef = this.apollo.watchQuery({
        query: OutboxDocument,
        variables: params,
        fetchPolicy: 'cache-and-network',
        notifyOnNetworkStatusChange: true,
      });
      this.queryRef = queryRef;
      return queryRef.valueChanges.pipe(
        tap((result) => {
          if (result.error) {
            throw result.error;
          }
        }),
        map((result) => ({ page: result.data?.outbox as Page | undefined, loading: result.loading })),
      );
    },
  });

  protected readonly page = linkedSignal<Page | undefined, Page | undefined>({
    source: () => (this.result.hasValue() ? this.result.value().page : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly messages = computed<Message[]>(() => this.page()?.items ?? []);
  protected readonly total = computed(() => this.page()?.total ?? 0);
  protected readonly loading = computed(
    () => this.result.isLoading() || (this.result.hasValue() && this.result.value().loading),
  );
  protected readonly loadError = computed(() => {
    const error = this.result.error();
    return error ? toApiError(error) : null;
  });

  protected isExpanded(message: Message): boolean {
    return this.expanded().has(message.id);
  }

  protected toggle(message: Message): void {
    this.expanded.update((ids) => {
      const next = new Set(ids);
      if (!next.delete(message.id)) {
        next.add(message.id);
      }
      return next;
    });
  }

  protected refresh(): void {
    void this.queryRef?.refetch();
  }

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected message(row: Message): Message {
    return row;
  }
}
