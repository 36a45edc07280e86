import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RequestStatusBadge } from '../listing-badges';
import type { ChangeRequestView } from '../listing-data';

/** Who proposed what and when, and who decided: every request about a listing, newest first. */
@Component({
  selector: 'app-listing-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RequestStatusBadge],
  template: `
    @if (requests().length === 0) {
      <p>Aucune demande de modification pour l’instant.</p>
    } @else {
      <ol class="history" role="list">
        @for (request of requests(); track request.id) {
          <li>
            <p class="history__head">
              <app-request-status-badge [status]="request.status" />
              <span>
                Proposée le {{ request.submittedAt | date: 'medium' }}
                @if (request.submittedByName) { par {{ request.submittedByName }} }
              </span>
            </p>
            <p>Champs&nbsp;: {{ fieldsOf(request) }}</p>
            @if (request.reviewedAt && request.status !== 'WITHDRAWN') {
              <p>
                Décidée le {{ request.reviewedAt | date: 'medium' }}
                @if (request.reviewedByName) { par {{ request.reviewedByName }} }
                @if (rejectedOf(request); as rejected) { — non retenu&nbsp;: {{ rejected }} }
              </p>
            } @else if (request.status === 'WITHDRAWN' && request.reviewedAt) {
              <p>Retirée le {{ request.reviewedAt | date: 'medium' }}</p>
            }
            @if (request.comment) {
              <blockquote><span class="visually-hidden">Commentaire de l’office&nbsp;: </span>{{ request.comment }}</blockquote>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .history {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .history > li {
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      padding-block: 8px;
    }
    .history p {
      margin: 4px 0;
    }
    .history__head {
      align-items: center;
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
    }
    blockquote {
      border-inline-start: 3px solid var(--mat-sys-outline);
      margin: 4px 0;
      padding-inline-start: 12px;
      white-space: pre-wrap;
    }
  `,
})
export class ListingHistory {
  readonly requests = input.required<readonly ChangeRequestView[]>();

  protected fieldsOf(request: ChangeRequestView): string {
    return request.changes.map((c) => c.label).join(', ');
  }

  /** The labels of the fields the office did not take, or '' when it took them all. */
  protected rejectedOf(request: ChangeRequestView): string {
    const rejected = new Set((request.decisions ?? []).filter((d) => d.decision === 'REJECT').map((d) => d.path));
    return request.changes
      .filter((c) => rejected.has(c.path))
      .map((c) => c.label)
      .join(', ');
  }
}
