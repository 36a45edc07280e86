import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { debounceTime, filter, map } from 'rxjs';
import type { OutboxStatus } from '../graphql/types.generated';
import { ListPaginator } from '../shared/list-paginator';
import { pagedQuery } from '../shared/paged-query';
import { TextWithLinks } from '../shared/text-with-links';
import { courriels, OutboxData } from './outbox-data';
import { OutboxDocument, type OutboxQuery } from './outbox.generated';
import { TableScroll } from '../shared/table-scroll';

type Message = OutboxQuery['outbox']['items'][number];

export const OUTBOX_STATUS_LABELS: Readonly<Record<OutboxStatus, string>> = {
  PENDING: 'En attente d\u2019envoi',
  SENT: 'Envoyé',
  FAILED: 'Échec d\u2019envoi',
};

const SEARCH_DEBOUNCE_MS = 300;

/** `/courriels` — every e-mail the extranet has queued, with its delivery status and text. */
@Component({
  selector: 'app-outbox',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    ListPaginator,
    TextWithLinks,
    TableScroll,
  ],
  templateUrl: './outbox.html',
  styleUrl: './outbox.scss',
})
export class Outbox {
  private readonly data = inject(OutboxData);
  protected readonly columns = ['createdAt', 'recipient', 'subject', 'status', 'toggle'];
  protected readonly statusLabels = OUTBOX_STATUS_LABELS;
  protected readonly statuses = Object.entries(OUTBOX_STATUS_LABELS).map(([value, label]) => ({
    value: value as OutboxStatus,
    label,
  }));

  /** The URL holds the status, the recipient searched and the page (`?statut=FAILED&destinataire=paul&page=2`). */
  protected readonly messages = pagedQuery({
    query: OutboxDocument,
    filterParams: ['statut', 'destinataire'],
    variables: ({ statut, destinataire }, page) => ({
      page,
      status: isOutboxStatus(statut) ? statut : undefined,
      recipient: destinataire.trim() || undefined,
    }),
    page: (data) => data.outbox,
  });
  protected readonly trouble = rxResource({ stream: () => this.data.trouble() });
  protected readonly statusControl = new FormControl<OutboxStatus | ''>('', { nonNullable: true });
  protected readonly recipientControl = new FormControl('', { nonNullable: true });
  /** Ids of the messages whose text is shown. */
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly requeueing = signal(false);
  /** What the last re-queue did, or why it failed. */
  protected readonly requeueResult = signal<{ ok: boolean; text: string } | null>(null);
  protected readonly courriels = courriels;

  constructor() {
    effect(() => {
      const { statut, destinataire } = this.messages.filter();
      untracked(() => {
        this.statusControl.setValue(isOutboxStatus(statut) ? statut : '', { emitEvent: false });
        if (this.recipientControl.value.trim() !== destinataire) {
          this.recipientControl.setValue(destinataire, { emitEvent: false });
        }
      });
    });
    this.statusControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((statut) => this.messages.setFilter({ statut }));
    this.recipientControl.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((value) => value.trim()),
        filter((search) => search !== this.messages.filter().destinataire),
        takeUntilDestroyed(),
      )
      .subscribe((destinataire) => this.messages.setFilter({ destinataire }));
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
    this.trouble.reload();
  }

  protected requeue(): void {
    this.requeueing.set(true);
    this.requeueResult.set(null);
    this.data.requeueFailed().subscribe({
      next: (count) => {
        this.requeueing.set(false);
        this.requeueResult.set({ ok: true, text: `${courriels(count)} remis en file d\u2019envoi.` });
        this.messages.refetch();
      },
      error: () => {
        this.requeueing.set(false);
        this.requeueResult.set({ ok: false, text: 'Les courriels n\u2019ont pas pu être remis en file d\u2019envoi. Réessayez.' });
      },
    });
  }

  protected message(row: Message): Message {
    return row;
  }

  /** « 2 tentatives échouées, nouvel essai vers 10:32 » for a message being retried. */
  protected attemptsText(message: Message): string {
    const n = message.attempts;
    return `${n}\u00a0${n > 1 ? 'tentatives échouées' : 'tentative échouée'}`;
  }
}

function isOutboxStatus(value: string): value is OutboxStatus {
  return Object.hasOwn(OUTBOX_STATUS_LABELS, value);
}
