import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { toApiError } from '../shared/api-error';
import { OrganisationForm } from './organisation-form';
import { organisationResource } from './organisation-data';

/** `/organisation/:id` — the profile of one organisation, editable by its owners and by staff. */
@Component({
  selector: 'app-organisation-edit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatProgressBarModule, OrganisationForm],
  template: `
    <h1>Profil de l’organisation</h1>
    <div aria-live="polite" class="progress-slot">
      @if (organisation.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Chargement du profil" />
        <span class="visually-hidden">Chargement du profil…</span>
      }
    </div>
    @if (loadError(); as problem) {
      <div class="notice notice--error" role="alert">
        <p>{{ problem.message }}</p>
      </div>
      <p><a routerLink="/">Retour à l’accueil</a></p>
    } @else if (organisation.hasValue()) {
      <p class="lead">
        {{ organisation.value().name }} —
        <a [routerLink]="['/organisation', organisation.value().id, 'equipe']">Voir l’équipe</a>
      </p>
      <app-organisation-form [organisation]="organisation.value()" />
    }
  `,
})
export class OrganisationEdit {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly organisation = organisationResource(() => this.id());
  protected readonly loadError = computed(() => {
    const error = this.organisation.error();
    return error ? toApiError(error) : null;
  });
}
