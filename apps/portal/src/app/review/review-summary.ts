import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { daysSince, durationInDays } from '../listings/listing-format';
import { queueSummaryResource } from './review-data';

/** The staff home's view of the review queue: how many requests wait, and for how long the oldest. */
@Component({
  selector: 'app-review-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule],
  template: `
    <section aria-labelledby="review-summary-heading" class="summary">
      <h2 id="review-summary-heading">Demandes à valider</h2>
      @if (summary.error()) {
        <p class="notice notice--error">Le nombre de demandes n’a pas pu être chargé.</p>
      } @else if (summary.hasValue()) {
        @let value = summary.value();
        @if (value.open === 0) {
          <p>Aucune demande en attente&nbsp;: tout est à jour.</p>
        } @else {
          <p class="figures">
            <strong>{{ value.open }}</strong> {{ value.open > 1 ? 'demandes en attente' : 'demande en attente' }}@if (oldestAge(); as age) {, la plus ancienne depuis <strong>{{ age }}</strong>}.
          </p>
          <a mat-flat-button routerLink="/demandes">Ouvrir les demandes à valider</a>
        }
      } @else {
        <p>Chargement…</p>
      }
      <p><a routerLink="/fraicheur">Voir la fraîcheur des fiches par type et par commune</a></p>
    </section>
  `,
  styles: `
    .summary {
      margin-block-end: 24px;
    }
    .figures {
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class ReviewSummary {
  protected readonly summary = queueSummaryResource(() => true);
  protected readonly oldestAge = computed(() => {
    const oldest = this.summary.hasValue() ? this.summary.value().oldestSubmittedAt : null;
    return oldest ? durationInDays(daysSince(oldest)) : null;
  });
}
