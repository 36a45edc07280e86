import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PacksData } from './packs-data';
import { euros, yearStatusLabel } from './packs-format';

/** The partner home's line about its pack for the year: to choose, awaiting payment, paid, to renew. */
@Component({
  selector: 'app-pack-todo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule],
  template: `
    <section [attr.aria-labelledby]="'pack-todo-' + organisationId()">
      <h2 [id]="'pack-todo-' + organisationId()">Votre pack {{ year }}{{ organisationName() ? ' — ' + organisationName() : '' }}</h2>
      @if (status.error()) {
        <p class="notice notice--error">L’état de votre pack n’a pas pu être chargé.</p>
      } @else if (status.hasValue()) {
        @let s = status.value();
        <p>
          <strong>{{ label() }}</strong>
          @switch (s.status) {
            @case ('TO_CHOOSE') {&nbsp;: découvrez les packs proposés à votre activité. }
            @case ('TO_RENEW') {&nbsp;: votre pack de l’an dernier est terminé, renouvelez-le pour {{ year }}. }
            @case ('AWAITING_PAYMENT') {&nbsp;: reste à payer {{ euros(s.subscription?.remainingCents ?? 0) }}. }
            @case ('PAID') {&nbsp;: merci&nbsp;! Votre facture est disponible. }
          }
        </p>
        <a mat-stroked-button [routerLink]="['/packs', 'organisation', organisationId()]">
          {{ s.status === 'TO_CHOOSE' || s.status === 'TO_RENEW' ? 'Choisir mon pack' : 'Voir mon pack' }}
        </a>
      } @else {
        <p>Chargement…</p>
      }
    </section>
  `,
})
export class PackTodo {
  private readonly data = inject(PacksData);
  readonly organisationId = input.required<string>();
  readonly organisationName = input('');
  protected readonly year = new Date().getFullYear();
  protected readonly euros = euros;
  protected readonly status = rxResource({ params: () => this.organisationId(), stream: ({ params }) => this.data.status(params, this.year) });
  protected readonly label = computed(() => (this.status.hasValue() ? yearStatusLabel(this.status.value().status) : ''));
}
