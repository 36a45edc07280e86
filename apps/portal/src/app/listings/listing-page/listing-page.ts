import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { LISTING_TYPE_LABELS } from '@extranet/domain/listings';
import { finalize } from 'rxjs';
import { Session } from '../../auth/session';
import { type ApiError, toApiError } from '../../shared/api-error';
import { FreshnessBadge } from '../listing-badges';
import { ListingData, historyResource, listingResource } from '../listing-data';
import { changedFields, communeName, formatDay } from '../listing-format';
import { ListingHistory } from './listing-history';
import { ListingSummary } from './listing-summary';

/** `/fiches/:id` — one listing: what is published, what is pending, what happened to it. */
@Component({
  selector: 'app-listing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule, MatProgressBarModule, FreshnessBadge, ListingSummary, ListingHistory],
  templateUrl: './listing-page.html',
  styleUrl: './listing-page.scss',
})
export class ListingPage {
  private readonly listings = inject(ListingData);
  private readonly session = inject(Session);
  private readonly snackBar = inject(MatSnackBar);

  /** Route parameter `:id`: the listing. */
  readonly id = input.required<string>();

  protected readonly listing = listingResource(() => this.id());
  protected readonly history = historyResource(() => this.id());
  protected readonly typeLabels = LISTING_TYPE_LABELS;
  protected readonly communeName = communeName;
  protected readonly formatDay = formatDay;
  protected readonly changedFields = changedFields;

  protected readonly loadError = computed(() => {
    const error = this.listing.error();
    return error ? toApiError(error) : null;
  });
  protected readonly canChange = computed(
    () =>
      this.listing.hasValue() &&
      can(this.session.actor(), 'listing.submitChange', { organisationId: this.listing.value().organisationId }),
  );
  /** The office's latest answer when it asked for more: shown until the partner sends again. */
  protected readonly sentBack = computed(() => {
    const latest = this.history.hasValue() ? this.history.value()[0] : undefined;
    return latest?.status === 'SENT_BACK' ? latest : null;
  });

  protected readonly confirming = signal(false);
  protected readonly withdrawing = signal(false);
  protected readonly actionError = signal<ApiError | null>(null);

  protected confirmUnchanged(): void {
    const listing = this.listing.hasValue() ? this.listing.value() : null;
    if (!listing || this.confirming()) {
      return;
    }
    this.confirming.set(true);
    this.actionError.set(null);
    this.listings
      .confirmUnchanged(listing.id, listing.organisationId)
      .pipe(finalize(() => this.confirming.set(false)))
      .subscribe({
        next: (confirmed) => {
          this.snackBar.open(`Merci\u00a0! La fiche est confirmée à jour jusqu’au ${new Date(confirmed.dueAt).toLocaleDateString('fr-FR')}.`, 'Fermer', {
            duration: 8000,
            politeness: 'polite',
          });
        },
        error: (error: unknown) => this.actionError.set(toApiError(error)),
      });
  }

  protected withdraw(): void {
    const request = this.listing.hasValue() ? this.listing.value().openRequest : null;
    if (!request || this.withdrawing()) {
      return;
    }
    this.withdrawing.set(true);
    this.actionError.set(null);
    this.listings
      .withdraw(request)
      .pipe(finalize(() => this.withdrawing.set(false)))
      .subscribe({
        next: () => {
          this.history.reload();
          this.snackBar.open('Demande retirée\u00a0: la fiche publiée reste inchangée.', 'Fermer', {
            duration: 8000,
            politeness: 'polite',
          });
        },
        error: (error: unknown) => this.actionError.set(toApiError(error)),
      });
  }
}
