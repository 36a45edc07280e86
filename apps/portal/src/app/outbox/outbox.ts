import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import type { OutboxStatus } from '../graphql/types.generated';
import { ListPaginator } from '../shared/list-paginator';
import { pagedQuery } from '../shared/paged-query';
import { TextWithLinks } from '../shared/text-with-links';
import { OutboxDocument, type OutboxQuery } from './outbox.generated';

type Message = OutboxQuery['outbox']['items'][number];

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
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    ListPaginator,
    TextWithLinks,
  ],
  templateUrl: './outbox.html',
  styleUrl: './outbox.scss',
})
export class Outbox {
  protected readonly statusLabels = OUTBOX_STATUS_LABELS;
  protected readonly statuses = Object.entries(OUTBOX_STATUS_LABELS).map(([value, label]) => ({
    value: value as OutboxStatus,
    label,
  }));
  protected readonly columns = ['createdAt', 'recipient', 'subject', 'status', 'toggle'];

  /** The URL holds the status and the page (`?statut=FAILED&page=2`); the field shows the status. */
  protected readonly messages = pagedQuery({
    query: OutboxDocument,
    filterParams: ['statut'],
    variables: ({ statut }, page) => ({ page, status: isOutboxStatus(statut) ? statut : undefined }),
    page: (data) => data.outbox,
  });
  protected readonly statusControl = new FormControl<OutboxStatus | ''>('', { nonNullable: true });
  /** Ids of the messages whose text is shown. */
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  constructor() {
    effect(() => {
      const { statut } = this.messages.filter();
      untracked(() => this.statusControl.setValue(isOutboxStatus(statut) ? statut : '', { emitEvent: false }));
    });
    this.statusControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((statut) => this.messages.setFilter({ statut }));
  }

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
    this.messages.refetch();
  }

  protected message(row: Message): Message {
    return row;
  }
}

function isOutboxStatus(value: string): value is OutboxStatus {
  return Object.hasOwn(OUTBOX_STATUS_LABELS, value);
}
