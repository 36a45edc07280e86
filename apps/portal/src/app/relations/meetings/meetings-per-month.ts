import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarController, BarElement, CategoryScale, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { BaseChartDirective, provideCharts } from 'ng2-charts';
import { TableScroll } from '../../shared/table-scroll';

/** The twelve months of `year` (`YYYY-MM`) with their count, zero where the API has no row. */
export function monthlyCounts(rows: readonly { month: string; count: number }[], year: number): { month: string; count: number }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { month, count: rows.find((r) => r.month === month)?.count ?? 0 };
  });
}

const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });
const SHORT_MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'short', timeZone: 'UTC' });
const monthOf = (month: string) => new Date(`${month}-01T00:00:00Z`);

/**
 * Meetings per month of a year as a bar chart, with the same figures in a table: the chart's
 * text alternative, read by screen readers and kept visible for anyone who wants the numbers.
 */
@Component({
  selector: 'app-meetings-per-month',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, TableScroll],
  providers: [provideCharts({ registerables: [BarController, BarElement, CategoryScale, LinearScale, Tooltip] })],
  template: `
    <p>{{ total() }} rendez-vous confirmés en {{ year() }}.</p>
    <div class="chart">
      <canvas baseChart type="bar" [data]="chart()" [options]="options" role="img" [attr.aria-label]="'Rendez-vous par mois en ' + year() + '\u00a0: détail dans le tableau ci-dessous.'"></canvas>
    </div>
    <div [appTableScroll]="'Rendez-vous par mois en ' + year() + ' (chiffres du graphique)'">
      <table>
        <caption>Rendez-vous par mois en {{ year() }} (chiffres du graphique)</caption>
        <thead><tr><th scope="col">Mois</th><th scope="col">Rendez-vous</th></tr></thead>
        <tbody>
          @for (row of months(); track row.month) {
            <tr><td>{{ monthLabel(row.month) }}</td><td>{{ row.count }}</td></tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .chart { position: relative; max-width: 900px; height: 260px; }
    table { border-collapse: collapse; min-width: 16rem; margin-top: 8px; }
    caption { text-align: start; font-weight: 600; }
    th, td { text-align: start; padding: 4px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
})
export class MeetingsPerMonth {
  readonly rows = input.required<readonly { month: string; count: number }[]>();
  readonly year = input.required<number>();
  protected readonly months = computed(() => monthlyCounts(this.rows(), this.year()));
  protected readonly total = computed(() => this.months().reduce((sum, m) => sum + m.count, 0));
  protected readonly options: ChartConfiguration<'bar'>['options'] = {
    responsive: true,
    maintainAspectRatio: false,
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
  };
  protected readonly chart = computed<ChartConfiguration<'bar'>['data']>(() => ({
    labels: this.months().map((m) => SHORT_MONTH.format(monthOf(m.month))),
    datasets: [{ label: 'Rendez-vous', data: this.months().map((m) => m.count), backgroundColor: '#0b5394' }],
  }));

  protected monthLabel(month: string): string {
    const name = MONTH.format(monthOf(month));
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
}
