import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PacksData } from './packs-data';
import { euros } from './packs-format';

/** The staff home's packs figures: unpaid subscriptions and the year's revenue so far. */
@Component({
  selector: 'app-packs-summary-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule],
  template: `
    <section aria-labelledby="packs-summary-heading">
      <h2 id="packs-summary-heading">Packs {{ year }}</h2>
      @if (summary.error()) {
        <p class="notice notice--error">Les chiffres des packs n’ont pas pu être chargés.</p>
      } @else if (summary.hasValue()) {
        @let s = summary.value();
        <p class="figures">
          <strong>{{ euros(s.revenueCents) }}</strong> encaissés cette année · {{ s.paidCount }} packs payés ·
          <strong>{{ s.awaitingCount }}</strong> en attente de paiement ({{ euros(s.awaitingCents) }} à recevoir)
        </p>
        <a mat-stroked-button routerLink="/packs/souscriptions">Voir les souscriptions à encaisser</a>
        <a mat-button routerLink="/packs/suivi">Renouvellements et chiffre d’affaires</a>
      } @else {
        <p>Chargement…</p>
      }
    </section>
  `,
  styles: `.figures { font: var(--mat-sys-title-medium); } section { margin-block-end: 24px; }`,
})
export class PacksSummaryCard {
  private readonly data = inject(PacksData);
  protected readonly year = new Date().getFullYear();
  protected readonly euros = euros;
  protected readonly summary = rxResource({ stream: () => this.data.summary(this.year) });
}
