import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { finalize } from 'rxjs';
import { type ApiError, toApiError } from '../../shared/api-error';
import { FreshnessBadge } from '../listing-badges';
import { ListingData } from '../listing-data';
import { communeName } from '../listing-format';
import type { ListingRowFieldsFragment } from '../listings.generated';

/**
 * The partner home's to-do about listings: those due soon or stale, each confirmed in one click
 * (« Rien n'a changé ») or opened to change it, and the requests the office sent back.
 */
@Component({
  selector: 'app-listing-todo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule, FreshnessBadge],
  template: `
    <section [attr.aria-labelledby]="headingId()">
      <h2 [id]="headingId()">Vos fiches à mettre à jour{{ organisationName() ? ' — ' + organisationName() : '' }}</h2>
      @if (todo.error()) {
        <p class="notice notice--error">La liste des fiches à mettre à jour n’a pas pu être chargée.</p>
      } @else if (todo.hasValue()) {
        @let value = todo.value();
        @if (actionError(); as problem) {
          <div class="notice notice--error" role="alert"><p>{{ problem.message }}</p></div>
        }
        @if (value.sentBack.length > 0) {
          <h3>Demandes à compléter</h3>
          <ul class="items" role="list">
            @for (request of value.sentBack; track request.id) {
              <li>
                <p>
                  <strong>{{ request.listingName }}</strong> — demande du {{ request.submittedAt | date: 'longDate' }}
                </p>
                <blockquote><span class="visually-hidden">Commentaire de l’office&nbsp;: </span>{{ request.comment }}</blockquote>
                @if (request.listingId) {
                  <a mat-stroked-button [routerLink]="['/fiches', request.listingId, 'modifier']">
                    Compléter<span class="visually-hidden"> la demande pour {{ request.listingName }}</span>
                  </a>
                }
              </li>
            }
          </ul>
        }
        @if (value.listings.length === 0 && value.sentBack.length === 0) {
          <p>Toutes vos fiches sont à jour. Merci&nbsp;!</p>
        } @else if (value.listings.length > 0) {
          <h3>Fiches à confirmer</h3>
          <p class="help">Si rien n’a changé, un clic suffit&nbsp;; sinon, ouvrez la fiche pour la modifier.</p>
          <ul class="items" role="list">
            @for (listing of value.listings; track listing.id) {
              <li class="listing">
                <div>
                  <a [routerLink]="['/fiches', listing.id]">{{ listing.content.name }}</a>
                  <span class="commune">{{ communeName(listing.content.address.communeCode) }}</span>
                </div>
                <app-freshness-badge [freshness]="listing.freshness" />
                <button mat-stroked-button type="button" (click)="confirm(listing)" [disabled]="confirming() === listing.id">
                  Rien n’a changé<span class="visually-hidden"> pour {{ listing.content.name }}</span>
                </button>
              </li>
            }
          </ul>
        }
        <p><a [routerLink]="['/organisation', organisationId(), 'fiches']">Voir toutes mes fiches</a></p>
      }
    </section>
  `,
  styles: `
    .items {
      display: grid;
      gap: 8px;
      list-style: none;
      margin: 0 0 16px;
      padding: 0;
    }
    .items > li {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 8px 16px;
    }
    .items p {
      margin: 4px 0;
    }
    .listing {
      align-items: center;
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
    }
    .listing > div {
      flex: 1 1 240px;
    }
    .commune {
      color: var(--mat-sys-on-surface-variant);
      margin-inline-start: 8px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 16px 0 8px;
    }
    .help {
      color: var(--mat-sys-on-surface-variant);
    }
    blockquote {
      border-inline-start: 3px solid var(--mat-sys-outline);
      margin: 4px 0 8px;
      padding-inline-start: 12px;
      white-space: pre-wrap;
    }
  `,
})
export class ListingTodo {
  private readonly listings = inject(ListingData);
  private readonly snackBar = inject(MatSnackBar);

  readonly organisationId = input.required<string>();
  /** Named in the heading when the user belongs to several organisations. */
  readonly organisationName = input<string>('');

  protected readonly communeName = communeName;
  protected readonly headingId = computed(() => `todo-${this.organisationId()}`);
  protected readonly todo = rxResource({
    params: () => this.organisationId(),
    stream: ({ params }) => this.listings.todo(params),
  });
  protected readonly confirming = signal<string | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);

  protected confirm(listing: ListingRowFieldsFragment): void {
    if (this.confirming()) {
      return;
    }
    this.confirming.set(listing.id);
    this.actionError.set(null);
    this.listings
      .confirmUnchanged(listing.id, listing.organisationId)
      .pipe(finalize(() => this.confirming.set(null)))
      .subscribe({
        next: () =>
          this.snackBar.open(`«\u00a0${listing.content.name}\u00a0» est confirmée à jour. Merci\u00a0!`, 'Fermer', {
            duration: 6000,
            politeness: 'polite',
          }),
        error: (error: unknown) => this.actionError.set(toApiError(error)),
      });
  }
}
