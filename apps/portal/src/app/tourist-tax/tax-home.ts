import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { Session } from '../auth/session';
import { TaxData } from './tax-data';

/** One organisation's accommodations in the tax register. */
@Component({
  selector: 'app-tax-organisation-accommodations',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <section [attr.aria-label]="'Hébergements de ' + organisationName()">
      @if (organisationCount() > 1) { <h2>{{ organisationName() }}</h2> }
      @if (list.hasValue()) {
        @if (list.value().length === 0) {
          <p>Aucun hébergement n’est inscrit au registre de la taxe de séjour pour {{ organisationName() }}. Si vous louez un hébergement, contactez l’office.</p>
        } @else {
          <ul class="items" role="list">
            @for (a of list.value(); track a.id) {
              <li>
                <a [routerLink]="['/taxe-de-sejour', a.id]">{{ a.name }}</a>
                <span class="meta"> — {{ a.kindLabel }}{{ a.stars ? ' ' + a.stars + '★' : ' non classé' }}, {{ a.communeName }}</span>
              </li>
            }
          </ul>
        }
      } @else if (list.error()) {
        <p class="notice notice--error">La liste des hébergements n’a pas pu être chargée.</p>
      } @else {
        <p>Chargement…</p>
      }
    </section>
  `,
  styles: `
    .items { display: grid; gap: 8px; list-style: none; padding: 0; }
    .meta { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class TaxOrganisationAccommodations {
  private readonly data = inject(TaxData);
  readonly organisationId = input.required<string>();
  readonly organisationName = input<string>('');
  readonly organisationCount = input<number>(1);
  protected readonly list = rxResource({ params: () => this.organisationId(), stream: ({ params }) => this.data.accommodations(params) });
}

/** `/taxe-de-sejour` — the host's accommodations (guidance, calculator, declarations); staff: the follow-up. */
@Component({
  selector: 'app-tax-home',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, TaxOrganisationAccommodations],
  template: `
    <h1>Taxe de séjour</h1>
    @if (isStaff()) {
      <p><a mat-flat-button routerLink="/taxe-de-sejour/suivi">Suivi des déclarations</a></p>
    }
    @if (organisations().length > 0) {
      <p>Choisissez un hébergement pour voir son tarif, simuler un séjour et déclarer un trimestre.</p>
      @for (o of organisations(); track o.id) {
        <app-tax-organisation-accommodations [organisationId]="o.id" [organisationName]="o.name" [organisationCount]="organisations().length" />
      }
    } @else if (!isStaff()) {
      <p>Votre compte n’est rattaché à aucune organisation.</p>
    }
  `,
})
export class TaxHome {
  private readonly session = inject(Session);
  protected readonly isStaff = computed(() => can(this.session.actor(), 'touristTax.followUp'));
  protected readonly organisations = computed(() =>
    (this.session.user()?.memberships ?? [])
      .filter((m) => can(this.session.actor(), 'touristTax.read', { organisationId: m.organisation.id }) && m.organisation.category !== 'TOURISM_OFFICE')
      .map((m) => m.organisation),
  );
}
