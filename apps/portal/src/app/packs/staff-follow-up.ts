import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MONTH_LABELS, SUBSCRIPTION_STATUS_LABELS, monthlyTotals } from '@extranet/domain/packs';
import { BarController, BarElement, CategoryScale, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { BaseChartDirective, provideCharts } from 'ng2-charts';
import { toApiError } from '../shared/api-error';
import { PacksData } from './packs-data';
import { euros } from './packs-format';
import { TableScroll } from '../shared/table-scroll';

/** `/packs/suivi` — renewals, subscriptions unpaid after 30 days with a reminder in one click, and revenue per month. */
@Component({
  selector: 'app-staff-follow-up',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, FormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, BaseChartDirective, TableScroll],
  providers: [provideCharts({ registerables: [BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip] })],
  template: `
    <h1>Suivi des packs</h1>
    <mat-form-field>
      <mat-label>Année</mat-label>
      <mat-select [ngModel]="year()" (ngModelChange)="year.set($event)">
        @for (y of years; track y) {
          <mat-option [value]="y">{{ y }}</mat-option>
        }
      </mat-select>
    </mat-form-field>

    <h2>Chiffre d’affaires {{ year() }} (HT)</h2>
    @if (revenue.hasValue()) {
      @let rows = revenue.value();
      <p>
        <strong>{{ euros(paidTotal()) }}</strong> payés, {{ euros(awaitingTotal()) }} en attente.
        <a [href]="'/api/packs/revenue/' + year()" download>Exporter le tableau (XLSX)</a>
      </p>
      <div class="chart">
        <canvas baseChart type="bar" [data]="chart()" [options]="options" role="img" [attr.aria-label]="'Chiffre d’affaires ' + year() + ' par mois, payé et en attente\u00a0: détail dans le tableau ci-dessous.'"></canvas>
      </div>
      <div appTableScroll="Chiffre d’affaires HT par pack ou option">
        <table class="revenue">
          <caption>Chiffre d’affaires HT par pack ou option</caption>
          <thead><tr><th scope="col">Pack ou option</th><th scope="col">Payé</th><th scope="col">En attente</th></tr></thead>
          <tbody>
            @for (row of rows; track row.kind + row.itemName) {
              <tr><th scope="row">{{ row.kind === 'PACK' ? 'Pack' : 'Option' }} — {{ row.itemName }}</th><td>{{ euros(row.paidCents) }}</td><td>{{ euros(row.awaitingCents) }}</td></tr>
            } @empty {
              <tr><td colspan="3">Aucune vente pour {{ year() }}.</td></tr>
            }
          </tbody>
        </table>
      </div>
    } @else if (revenue.error()) {
      <p class="notice notice--error">Le chiffre d’affaires n’a pas pu être chargé.</p>
    }

    @if (followUp.hasValue()) {
      @let f = followUp.value();
      <h2>Non payés après 30 jours</h2>
      @if (f.overdue.length === 0) {
        <p>Aucune souscription en retard de paiement.</p>
      }
      <ul>
        @for (s of f.overdue; track s.id) {
          <li>
            {{ s.organisationName }} — reste {{ euros(s.remainingCents) }}, souscrit le {{ s.createdAt | date: 'longDate' }}
            <button mat-button type="button" (click)="remind(s.organisationId, s.organisationName)" [disabled]="sending() === s.organisationId">Relancer<span class="visually-hidden"> {{ s.organisationName }}</span></button>
          </li>
        }
      </ul>
      <h2>Renouvellements ({{ renewedCount() }} sur {{ f.renewals.length }} partenaires de {{ year() - 1 }})</h2>
      <div [appTableScroll]="'Partenaires ayant eu un pack en ' + (year() - 1)">
        <table class="renewals">
          <caption class="visually-hidden">Partenaires ayant eu un pack en {{ year() - 1 }}</caption>
          <thead><tr><th scope="col">Partenaire</th><th scope="col">Pack {{ year() }}</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
          <tbody>
            @for (r of f.renewals; track r.organisationId) {
              <tr>
                <th scope="row">{{ r.organisationName }}</th>
                <td>{{ r.status ? statusLabels[r.status] : 'Non renouvelé' }}</td>
                <td>
                  @if (!r.renewed) {
                    <button mat-button type="button" (click)="remind(r.organisationId, r.organisationName)" [disabled]="sending() === r.organisationId">Relancer<span class="visually-hidden"> {{ r.organisationName }}</span></button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else if (followUp.error()) {
      <p class="notice notice--error">Le suivi n’a pas pu être chargé.</p>
    }
  `,
  styles: `
    .chart { max-width: 900px; height: 320px; }
    table { border-collapse: collapse; margin-block: 12px; }
    th, td { text-align: left; padding: 4px 12px 4px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    caption { text-align: left; font: var(--mat-sys-title-small); }
  `,
})
export class StaffFollowUp {
  private readonly data = inject(PacksData);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly euros = euros;
  protected readonly statusLabels = SUBSCRIPTION_STATUS_LABELS;
  protected readonly years = [new Date().getFullYear() + 1, new Date().getFullYear(), new Date().getFullYear() - 1];
  protected readonly year = signal(new Date().getFullYear());
  protected readonly sending = signal<string | null>(null);

  protected readonly revenue = rxResource({ params: () => this.year(), stream: ({ params }) => this.data.revenue(params) });
  protected readonly followUp = rxResource({ params: () => this.year(), stream: ({ params }) => this.data.followUp(params) });
  protected readonly paidTotal = computed(() => (this.revenue.hasValue() ? this.revenue.value().reduce((s, r) => s + r.paidCents, 0) : 0));
  protected readonly awaitingTotal = computed(() => (this.revenue.hasValue() ? this.revenue.value().reduce((s, r) => s + r.awaitingCents, 0) : 0));
  protected readonly renewedCount = computed(() => (this.followUp.hasValue() ? this.followUp.value().renewals.filter((r) => r.renewed).length : 0));

  protected readonly options: ChartConfiguration<'bar'>['options'] = {
    responsive: true,
    maintainAspectRatio: false,
    scales: { x: { stacked: true }, y: { stacked: true, ticks: { callback: (v) => `${v} €` } } },
  };
  protected readonly chart = computed<ChartConfiguration<'bar'>['data']>(() => {
    const totals = monthlyTotals(this.revenue.hasValue() ? this.revenue.value() : []);
    return {
      labels: [...MONTH_LABELS],
      datasets: [
        { label: 'Payé (€ HT)', data: totals.paid.map((c) => c / 100), backgroundColor: '#0b5394' },
        { label: 'En attente (€ HT)', data: totals.awaiting.map((c) => c / 100), backgroundColor: '#e69138' },
      ],
    };
  });

  protected remind(organisationId: string, name: string): void {
    this.sending.set(organisationId);
    this.data.sendReminder(organisationId, this.year()).subscribe({
      next: (count) => {
        this.sending.set(null);
        this.snackBar.open(`Relance envoyée à ${name} (${count} courriel${count > 1 ? 's' : ''}).`, 'Fermer', { duration: 5000, politeness: 'polite' });
      },
      error: (error: unknown) => {
        this.sending.set(null);
        this.snackBar.open(toApiError(error).message, 'Fermer', { duration: 8000 });
      },
    });
  }
}
