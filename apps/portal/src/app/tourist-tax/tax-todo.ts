import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TaxData } from './tax-data';
import { day, euros } from './tax-format';
import { CountPipe } from '../shared/plural';

/** The host home's to-do about the tourist tax: the declaration due next and any late one. */
@Component({
  selector: 'app-tax-todo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CountPipe, RouterLink, MatButtonModule],
  template: `
    @if (todo.hasValue() && (todo.value().due.length > 0 || todo.value().late.length > 0)) {
      @let value = todo.value();
      <section [attr.aria-labelledby]="headingId()">
        <h2 [id]="headingId()">Taxe de séjour{{ organisationName() ? ' — ' + organisationName() : '' }}</h2>
        @if (value.late.length > 0) {
          <h3>Déclarations en retard</h3>
          <ul class="items" role="list">
            @for (l of value.late.slice(0, 5); track l.accommodationId + l.year + l.quarter) {
              <li class="late">
                <span><strong>{{ l.accommodationName }}</strong> — {{ l.periodLabel }}, attendue le {{ day(l.deadline) }} ({{ l.daysLate | count: 'jour' }} de retard)</span>
                <a mat-stroked-button [routerLink]="['/taxe-de-sejour', l.accommodationId, 'declarer', l.year, l.quarter]">
                  Déclarer<span class="visually-hidden"> {{ l.accommodationName }}, {{ l.periodLabel }}</span>
                </a>
              </li>
            }
          </ul>
          @if (value.late.length > 5) { <p>et {{ value.late.length - 5 | count: 'autre' }}.</p> }
        }
        @if (value.due.length > 0) {
          <h3>Prochaine déclaration</h3>
          <ul class="items" role="list">
            @for (d of value.due; track d.accommodationId) {
              <li>
                <span><strong>{{ d.accommodationName }}</strong> — {{ d.periodLabel }}, au plus tard le {{ day(d.deadline) }}{{ d.draftId ? ' (brouillon enregistré)' : '' }}</span>
                <a mat-stroked-button [routerLink]="['/taxe-de-sejour', d.accommodationId, 'declarer', d.year, d.quarter]">
                  Déclarer<span class="visually-hidden"> {{ d.accommodationName }}, {{ d.periodLabel }}</span>
                </a>
              </li>
            }
          </ul>
        }
        @if (value.balance.outstandingCents > 0) {
          <p>Reste à payer\u00a0: <strong>{{ euros(value.balance.outstandingCents) }}</strong></p>
        }
        <p><a routerLink="/taxe-de-sejour">Tarifs, simulateur et déclarations</a></p>
      </section>
    }
  `,
  styles: `
    .items { display: grid; gap: 8px; list-style: none; margin: 0 0 16px; padding: 0; }
    .items > li { align-items: center; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; display: flex; flex-wrap: wrap; gap: 8px 16px; justify-content: space-between; padding: 8px 16px; }
    .late { border-color: var(--mat-sys-error) !important; }
    h3 { font: var(--mat-sys-title-medium); margin: 16px 0 8px; }
  `,
})
export class TaxTodo {
  private readonly data = inject(TaxData);
  readonly organisationId = input.required<string>();
  readonly organisationName = input<string>('');
  protected readonly day = day;
  protected readonly euros = euros;
  protected readonly headingId = computed(() => `tax-todo-${this.organisationId()}`);
  protected readonly todo = rxResource({ params: () => this.organisationId(), stream: ({ params }) => this.data.todo(params) });
}

/** The staff home's view of the tourist tax: late declarations, the amount outstanding, owners' correction requests. */
@Component({
  selector: 'app-tax-staff-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule],
  template: `
    <section aria-labelledby="tax-summary-heading" class="summary">
      <h2 id="tax-summary-heading">Taxe de séjour</h2>
      @if (summary.hasValue()) {
        @let s = summary.value();
        <p class="figures">
          <strong>{{ s.lateDeclarations }}</strong> déclaration{{ s.lateDeclarations > 1 ? 's' : '' }} en retard ·
          <strong>{{ euros(s.outstandingCents) }}</strong> restant à recouvrer
          @if (s.anomalies > 0) { · {{ s.anomalies }} déclaration{{ s.anomalies > 1 ? 's' : '' }} à vérifier }
        </p>
        @if (s.correctionRequests > 0) {
          <p>
            <a routerLink="/taxe-de-sejour/demandes">{{ s.correctionRequests }} demande{{ s.correctionRequests > 1 ? 's' : '' }} de correction d’hébergeur à traiter</a>
          </p>
        }
        <a mat-flat-button routerLink="/taxe-de-sejour/suivi">Ouvrir le suivi de la taxe de séjour</a>
      } @else if (summary.error()) {
        <p class="notice notice--error">Le suivi de la taxe de séjour n’a pas pu être chargé.</p>
      } @else {
        <p>Chargement…</p>
      }
    </section>
  `,
  styles: `
    .summary { margin-block-end: 24px; }
    .figures { font: var(--mat-sys-title-medium); }
  `,
})
export class TaxStaffSummary {
  private readonly data = inject(TaxData);
  protected readonly euros = euros;
  protected readonly summary = rxResource({ stream: () => this.data.staffTodo() });
}
