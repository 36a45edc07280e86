import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { type ListingContent, proposedContent } from '@extranet/domain/listings';
import { toApiError } from '../../shared/api-error';
import { historyResource, listingResource } from '../listing-data';
import { ListingForm } from '../listing-form/listing-form';

/**
 * `/fiches/:id/modifier` — the partner's change to a listing. It starts from the pending request
 * when there is one (a save replaces it), else from a request the office sent back, else from the
 * published listing.
 */
@Component({
  selector: 'app-listing-edit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatProgressBarModule, ListingForm],
  template: `
    <p class="back-link"><a [routerLink]="['/fiches', id()]">← Retour à la fiche</a></p>
    <h1>Modifier la fiche{{ listing.hasValue() ? ' «\u00a0' + listing.value().content.name + '\u00a0»' : '' }}</h1>
    <div aria-live="polite" class="progress-slot">
      @if (listing.isLoading() || history.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Chargement de la fiche" />
        <span class="visually-hidden">Chargement de la fiche…</span>
      }
    </div>
    @if (loadError(); as problem) {
      <div class="notice notice--error" role="alert"><p>{{ problem.message }}</p></div>
    } @else if (listing.hasValue() && history.hasValue()) {
      @let item = listing.value();
      @if (item.openRequest) {
        <div class="notice notice--info" role="note">
          <p>
            Vous modifiez votre demande en attente de validation&nbsp;: l’envoyer à nouveau la remplace. La fiche publiée
            ne change pas tant que l’office n’a pas décidé.
          </p>
        </div>
      } @else if (sentBack(); as request) {
        <div class="notice notice--info" role="note">
          <p>L’office vous a demandé de compléter votre demande&nbsp;:</p>
          <blockquote>{{ request.comment }}</blockquote>
          <p>Le formulaire reprend ce que vous aviez proposé.</p>
        </div>
      }
      <app-listing-form
        [type]="item.type"
        [organisationId]="item.organisationId"
        [content]="startingContent()!"
        [target]="{ listingId: item.id, version: item.version }"
        (saved)="saved()"
      >
        <a [routerLink]="['/fiches', item.id]">Annuler</a>
      </app-listing-form>
    }
  `,
  styles: `
    blockquote {
      border-inline-start: 3px solid currentColor;
      margin: 8px 0;
      padding-inline-start: 12px;
      white-space: pre-wrap;
    }
  `,
})
export class ListingEdit {
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);

  /** Route parameter `:id`: the listing. */
  readonly id = input.required<string>();

  protected readonly listing = listingResource(() => this.id());
  protected readonly history = historyResource(() => this.id());

  protected readonly loadError = computed(() => {
    const error = this.listing.error() ?? this.history.error();
    return error ? toApiError(error) : null;
  });
  protected readonly sentBack = computed(() => {
    const latest = this.history.hasValue() ? this.history.value()[0] : undefined;
    return latest?.status === 'SENT_BACK' ? latest : null;
  });
  protected readonly startingContent = computed<ListingContent | null>(() => {
    if (!this.listing.hasValue()) {
      return null;
    }
    const listing = this.listing.value();
    const published = listing.content as ListingContent;
    const basis = listing.openRequest ?? this.sentBack();
    return basis ? proposedContent(published, basis.changes) : published;
  });

  protected saved(): void {
    this.snackBar.open(
      'Demande envoyée\u00a0: l’office de tourisme va la vérifier avant de la publier. Vous serez prévenu par courriel.',
      'Fermer',
      { duration: 10000, politeness: 'polite' },
    );
    void this.router.navigate(['/fiches', this.id()]);
  }
}
