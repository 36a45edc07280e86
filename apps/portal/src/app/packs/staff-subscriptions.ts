import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { SUBSCRIPTION_STATUS_LABELS, type SubscriptionStatus } from '@extranet/domain/packs';
import { PacksData, type SubscriptionView } from './packs-data';
import { euros } from './packs-format';
import { CreditNoteForm } from './credit-note-form';
import { RecordPaymentForm } from './record-payment-form';
import { SubscriptionCard } from './subscription-card';

const PAGE = 50;

/** `/packs/souscriptions` — every partner's subscriptions for a year, unpaid first to hand, with record-a-payment. */
@Component({
  selector: 'app-staff-subscriptions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, RecordPaymentForm, CreditNoteForm, SubscriptionCard],
  template: `
    <h1>Souscriptions aux packs</h1>
    <p>
      <a routerLink="/packs/suivi">Suivi&nbsp;: renouvellements, retards, chiffre d’affaires</a> ·
      <a routerLink="/packs/catalogue">Gérer le catalogue et les conditions générales de vente</a>
    </p>
    @if (summary.hasValue()) {
      @let s = summary.value();
      <p class="figures">
        {{ year() }}&nbsp;: <strong>{{ euros(s.revenueCents) }}</strong> encaissés · {{ s.paidCount }} payées ·
        <strong>{{ s.awaitingCount }}</strong> en attente de paiement ({{ euros(s.awaitingCents) }} à recevoir)
      </p>
    }
    <div class="filters">
      <mat-form-field>
        <mat-label>Année</mat-label>
        <mat-select [ngModel]="year()" (ngModelChange)="year.set($event); offset.set(0)">
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Partenaire</mat-label>
        <input matInput type="search" [ngModel]="search()" (ngModelChange)="search.set($event); offset.set(0)" maxlength="100" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>État</mat-label>
        <mat-select [ngModel]="status()" (ngModelChange)="status.set($event); offset.set(0)">
          <mat-option [value]="null">Toutes</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ statusLabels[s] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
    @if (page.error()) {
      <p class="notice notice--error">Les souscriptions n’ont pas pu être chargées.</p>
    } @else if (page.hasValue()) {
      @let p = page.value();
      <p aria-live="polite">{{ p.total }} souscription{{ p.total > 1 ? 's' : '' }}</p>
      @for (s of p.items; track s.id) {
        <app-subscription-card [subscription]="s" [showOrganisation]="true">
          @if (s.status === 'PAID' && creditable(s); as invoice) {
            @if (crediting() === s.id) {
              <app-credit-note-form [invoiceId]="invoice.id" [invoiceNumber]="invoice.number" (issued)="credited($event)" />
            } @else {
              <button mat-button type="button" (click)="crediting.set(s.id)">
                Annuler par un avoir<span class="visually-hidden"> la facture {{ invoice.number }} de {{ s.organisationName }}</span>
              </button>
            }
          }
          @if (s.status === 'AWAITING_PAYMENT') {
            @if (open() === s.id) {
              <app-record-payment-form [subscription]="s" (recorded)="recorded($event)" />
            } @else {
              <button mat-stroked-button type="button" (click)="open.set(s.id)">
                Enregistrer un paiement<span class="visually-hidden"> de {{ s.organisationName }}</span>
              </button>
            }
          }
        </app-subscription-card>
      }
      <div class="pager">
        <button mat-button type="button" [disabled]="offset() === 0" (click)="offset.set(offset() - pageSize)">Page précédente</button>
        <button mat-button type="button" [disabled]="offset() + pageSize >= p.total" (click)="offset.set(offset() + pageSize)">Page suivante</button>
      </div>
    } @else {
      <p>Chargement…</p>
    }
  `,
  styles: `.filters { display: flex; gap: 12px; flex-wrap: wrap; } .figures { font: var(--mat-sys-title-medium); }`,
})
export class StaffSubscriptions {
  private readonly data = inject(PacksData);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly euros = euros;
  protected readonly pageSize = PAGE;
  private readonly thisYear = new Date().getFullYear();
  protected readonly years = [this.thisYear + 1, this.thisYear, this.thisYear - 1, this.thisYear - 2];
  protected readonly statuses: SubscriptionStatus[] = ['AWAITING_PAYMENT', 'PAID', 'CANCELLED'];
  protected readonly statusLabels = SUBSCRIPTION_STATUS_LABELS;
  protected readonly year = signal(this.thisYear);
  protected readonly status = signal<SubscriptionStatus | null>('AWAITING_PAYMENT');
  protected readonly search = signal('');
  protected readonly offset = signal(0);
  protected readonly open = signal<string | null>(null);
  protected readonly crediting = signal<string | null>(null);

  /** The invoice a credit note may still cancel. */
  protected creditable(s: SubscriptionView) {
    const credited = s.invoices.some((i) => i.kind === 'CREDIT_NOTE');
    return credited ? null : (s.invoices.find((i) => i.kind === 'INVOICE') ?? null);
  }

  protected credited(s: SubscriptionView): void {
    this.crediting.set(null);
    const note = s.invoices.find((i) => i.kind === 'CREDIT_NOTE');
    this.snackBar.open(`Avoir ${note?.number ?? ''} émis\u00a0: la souscription de ${s.organisationName} est annulée.`, 'Fermer', { duration: 6000, politeness: 'polite' });
    this.page.reload();
  }

  protected readonly page = rxResource({
    params: () => ({ year: this.year(), status: this.status(), search: this.search().trim(), offset: this.offset() }),
    stream: ({ params }) => this.data.all({ year: params.year, status: params.status, ...(params.search ? { search: params.search } : {}) }, params.offset, PAGE),
  });
  protected readonly summary = rxResource({ params: () => this.year(), stream: ({ params }) => this.data.summary(params) });
  protected readonly hasItems = computed(() => this.page.hasValue() && this.page.value().items.length > 0);

  protected recorded(s: SubscriptionView): void {
    this.open.set(null);
    this.snackBar.open(
      s.status === 'PAID' ? `Paiement enregistré\u00a0: ${s.organisationName} a payé son pack, la facture est émise.` : `Paiement enregistré. Reste à payer\u00a0: ${euros(s.remainingCents)}.`,
      'Fermer',
      { duration: 6000, politeness: 'polite' },
    );
    this.page.reload();
  }
}
