import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { SubscriptionView } from './packs-data';
import { euros, methodLabel, statusLabel, vatRate } from './packs-format';
import { TableScroll } from '../shared/table-scroll';

/** One subscription: its lines, totals, payments, what remains and its invoices to download. */
@Component({
  selector: 'app-subscription-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, TableScroll],
  template: `
    @let s = subscription();
    <article class="subscription" [attr.aria-labelledby]="'sub-' + s.id">
      <h3 [id]="'sub-' + s.id">
        Pack {{ s.year }}@if (showOrganisation()) { — {{ s.organisationName }}} <span class="status status--{{ s.status }}">{{ statusLabel(s.status) }}</span>
      </h3>
      <div [appTableScroll]="'Détail du pack ' + s.year">
        <table class="lines">
          <caption class="visually-hidden">Détail du pack {{ s.year }}</caption>
          <thead>
            <tr><th scope="col">Désignation</th><th scope="col">Prix HT</th><th scope="col">TVA</th></tr>
          </thead>
          <tbody>
            @for (line of s.lines; track line.id) {
              <tr><td>{{ line.label }}</td><td class="num">{{ euros(line.unitPriceExclCents) }}</td><td class="num">{{ vatRate(line.vatRateBp) }}</td></tr>
            }
          </tbody>
        </table>
      </div>
      <p class="totals">
        Total HT {{ euros(s.totalExclCents) }} · TVA {{ euros(s.totalVatCents) }} · <strong>Total TTC {{ euros(s.totalInclCents) }}</strong>
      </p>
      <p class="meta">Souscrit le {{ s.createdAt | date: 'longDate' }} · conditions générales de vente version {{ s.termsVersion }} acceptées le {{ s.termsAcceptedAt | date: 'longDate' }}</p>
      @if (s.payments.length > 0) {
        <h4>Paiements reçus</h4>
        <ul>
          @for (p of s.payments; track p.id) {
            <li>{{ euros(p.amountCents) }} — {{ methodLabel(p.method) }} — reçu le {{ p.receivedOn | date: 'longDate' }}@if (p.reference) { (réf. {{ p.reference }})}</li>
          }
        </ul>
      }
      @if (s.status === 'AWAITING_PAYMENT') {
        <p class="remaining"><strong>Reste à payer&nbsp;: {{ euros(s.remainingCents) }}</strong></p>
      }
      @if (s.lastPaymentError) {
        <p class="notice notice--error">{{ s.lastPaymentError }}</p>
      }
      @if (s.invoices.length > 0) {
        <h4>Factures</h4>
        <ul>
          @for (invoice of s.invoices; track invoice.id) {
            <li>
              <a [href]="invoice.url" download>
                Télécharger {{ invoice.kind === 'INVOICE' ? 'la facture' : 'l’avoir' }} {{ invoice.number }} (PDF)
              </a>
              — {{ invoice.issuedOn | date: 'longDate' }}, {{ euros(invoice.totalInclCents) }} TTC
            </li>
          }
        </ul>
      }
      <ng-content />
    </article>
  `,
  styles: `
    .subscription { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: 16px; margin-block-end: 16px; }
    .lines { border-collapse: collapse; width: 100%; max-width: 720px; }
    .lines th, .lines td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .num { text-align: right !important; white-space: nowrap; }
    .status { font: var(--mat-sys-label-large); margin-inline-start: 8px; padding: 2px 8px; border-radius: 12px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .status--PAID { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    .meta { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class SubscriptionCard {
  readonly subscription = input.required<SubscriptionView>();
  readonly showOrganisation = input(false);
  protected readonly euros = euros;
  protected readonly vatRate = vatRate;
  protected readonly statusLabel = statusLabel;
  protected readonly methodLabel = methodLabel;
}
