import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import {
  LISTING_TYPE_LABELS,
  LISTING_TYPES,
  type ListingType,
  emptyListingContent,
  isListingType,
} from '@extranet/domain/listings';
import { ListingForm } from '../listing-form/listing-form';

/**
 * `/organisation/:id/fiches/nouvelle` — « Proposer une fiche »: the type first (`?type=`), then the
 * form made for it. The office reviews the proposal like a change.
 */
@Component({
  selector: 'app-listing-propose',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatRadioModule, ListingForm],
  template: `
    <p class="back-link"><a [routerLink]="['/organisation', id(), 'fiches']">← Retour aux fiches</a></p>
    <h1>Proposer une fiche</h1>
    @if (chosenType(); as type) {
      <p class="lead">
        {{ typeLabels[type] }} —
        <a [routerLink]="[]" [queryParams]="{ type: null }">changer de type</a>
      </p>
      <app-listing-form [type]="type" [organisationId]="id()" [content]="blank" (saved)="saved()">
        <a [routerLink]="['/organisation', id(), 'fiches']">Annuler</a>
      </app-listing-form>
    } @else {
      <form (ngSubmit)="choose()" novalidate>
        <p id="type-label">Quel genre d’établissement ou d’activité cette fiche présente-t-elle&nbsp;?</p>
        <mat-radio-group [formControl]="typeControl" aria-labelledby="type-label" class="types">
          @for (type of types; track type.value) {
            <mat-radio-button [value]="type.value">{{ type.label }}</mat-radio-button>
          }
        </mat-radio-group>
        @if (typeControl.touched && typeControl.invalid) {
          <p class="field-error" role="alert">Choisissez le type de la fiche.</p>
        }
        <div class="form-actions">
          <button mat-flat-button type="submit">Continuer</button>
        </div>
      </form>
    }
  `,
  styles: `
    .types {
      display: grid;
      gap: 4px 16px;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
    }
    .field-error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ListingPropose {
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);

  /** Route parameter `:id`: the organisation. */
  readonly id = input.required<string>();
  /** Query parameter `type`, once chosen. */
  readonly type = input<string>();

  protected readonly typeLabels = LISTING_TYPE_LABELS;
  protected readonly types = LISTING_TYPES.map((value) => ({ value, label: LISTING_TYPE_LABELS[value] }));
  protected readonly chosenType = computed(() => {
    const type = this.type();
    return type && isListingType(type) ? type : null;
  });
  protected readonly blank = emptyListingContent();
  protected readonly typeControl = new FormControl<ListingType | null>(null, Validators.required);

  protected choose(): void {
    const type = this.typeControl.value;
    if (!type) {
      this.typeControl.markAsTouched();
      return;
    }
    void this.router.navigate([], { queryParams: { type } });
  }

  protected saved(): void {
    this.snackBar.open(
      'Proposition envoyée\u00a0: l’office de tourisme va la vérifier avant de publier la fiche. Vous serez prévenu par courriel.',
      'Fermer',
      { duration: 10000, politeness: 'polite' },
    );
    void this.router.navigate(['/organisation', this.id(), 'fiches']);
  }
}
