import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { parisDay } from '@extranet/domain/tourist-tax';
import { BarController, BarElement, CategoryScale, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { BaseChartDirective, provideCharts } from 'ng2-charts';
import { TaxData, type TaxStatisticsView } from './tax-data';
import { euros } from './tax-format';
import { TableScroll } from '../shared/table-scroll';

type Row = TaxStatisticsView['byQuarter'][number];
type Bar = ChartConfiguration<'bar'>['data'];

const THIS_YEAR_COLOUR = '#0b5394';
const LAST_YEAR_COLOUR = '#9e9e9e';

/**
 * `/taxe-de-sejour/statistiques` — nights, person-nights and tax by month, quarter, commune and
 * category against the previous year, with charts (each described in words and followed by its
 * table), the forecast with its method, CSV exports per table and the whole year in XLSX.
 */
@Component({
  selector: 'app-tax-statistics',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableScroll, RouterLink, FormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, BaseChartDirective],
  providers: [provideCharts({ registerables: [BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip] })],
  template: `
    <p><a routerLink="/taxe-de-sejour/suivi">← Suivi des déclarations</a></p>
    <h1>Statistiques de la taxe de séjour</h1>
    <div class="toolbar">
      <mat-form-field>
        <mat-label>Année</mat-label>
        <mat-select [ngModel]="year()" (ngModelChange)="year.set($event)">
          @for (y of years; track y) { <mat-option [value]="y">{{ y }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <a mat-stroked-button [href]="'/api/tourist-tax/statistics/' + year() + '.xlsx'" download>Exporter l’année (XLSX)</a>
    </div>
    @if (stats.hasValue()) {
      @let s = stats.value();
      <section aria-labelledby="forecast-heading">
        <h2 id="forecast-heading">Prévision {{ s.year }}</h2>
        <p class="figures">
          Déclaré\u00a0: <strong>{{ euros(s.forecast.declaredCents) }}</strong> · prévision pour l’année\u00a0: <strong>{{ euros(s.forecast.forecastCents) }}</strong>
          · {{ s.year - 1 }}\u00a0: {{ euros(s.forecast.previousYearCents) }}
        </p>
        <p class="meta">Méthode\u00a0: {{ s.forecast.method }}</p>
      </section>
      @for (table of sections(); track table.id) {
        <section [attr.aria-labelledby]="table.id">
          <h2 [id]="table.id">{{ table.title }}</h2>
          @if (table.note) { <p class="meta">{{ table.note }}</p> }
          @for (chart of table.charts; track chart.id) {
            <figure class="chart" [class.chart--tall]="chart.tall">
              <canvas baseChart type="bar" [data]="chart.data" [options]="chart.options" role="img"
                [attr.aria-label]="chart.label" [attr.aria-describedby]="chart.id + '-caption'"></canvas>
              <figcaption [id]="chart.id + '-caption'" class="meta">{{ chart.label }}</figcaption>
            </figure>
          }
          <div [appTableScroll]="table.title">
            <table class="grid">
              <caption class="visually-hidden">{{ table.title }}, {{ s.year }} comparé à {{ s.year - 1 }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ table.column }}</th><th scope="col">Nuitées {{ s.year }}</th><th scope="col">Nuitées {{ s.year - 1 }}</th>
                  <th scope="col">Personnes-nuits {{ s.year }}</th><th scope="col">Personnes-nuits {{ s.year - 1 }}</th><th scope="col">dont plateformes (nuitées)</th>
                  <th scope="col">Taxe {{ s.year }}</th><th scope="col">Taxe {{ s.year - 1 }}</th><th scope="col">Évolution</th>
                </tr>
              </thead>
              <tbody>
                @for (r of table.rows; track r.key) {
                  <tr>
                    <th scope="row">{{ r.label }}</th><td>{{ r.nights }}</td><td>{{ r.previousNights }}</td><td>{{ r.personNights }}</td><td>{{ r.previousPersonNights }}</td>
                    <td>{{ r.platformNights }}</td><td>{{ euros(r.amountCents) }}</td><td>{{ euros(r.previousAmountCents) }}</td><td>{{ change(r) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <button mat-stroked-button type="button" (click)="download(table.file, table.column, table.rows)">Exporter en CSV<span class="visually-hidden">\u00a0: {{ table.title }}</span></button>
        </section>
      }
    } @else if (stats.error()) {
      <p class="notice notice--error">Les statistiques n’ont pas pu être chargées.</p>
    } @else {
      <p>Chargement…</p>
    }
  `,
  styles: `
    .toolbar { display: flex; flex-wrap: wrap; gap: 16px; align-items: baseline; }

    .grid { border-collapse: collapse; width: 100%; margin-block-end: 8px; }
    .grid th, .grid td { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 4px 8px; text-align: start; }
    .figures { font: var(--mat-sys-title-medium); }
    .meta { color: var(--mat-sys-on-surface-variant); max-width: 80ch; }
    .chart { margin: 0 0 16px; max-width: 900px; height: 300px; }
    .chart--tall { height: 520px; }
    section { margin-block: 24px; }
  `,
})
export class TaxStatistics {
  private readonly data = inject(TaxData);
  private readonly thisYear = Number(parisDay(new Date()).slice(0, 4));
  protected readonly years = [this.thisYear, this.thisYear - 1, this.thisYear - 2, this.thisYear - 3];
  protected readonly year = signal(this.thisYear);
  protected readonly euros = euros;
  protected readonly stats = rxResource({ params: () => this.year(), stream: ({ params }) => this.data.statistics(params) });

  private readonly counts: ChartConfiguration<'bar'>['options'] = { responsive: true, maintainAspectRatio: false };
  private readonly vertical: ChartConfiguration<'bar'>['options'] = {
    responsive: true,
    maintainAspectRatio: false,
    scales: { y: { ticks: { callback: (v) => `${v} €` } } },
  };
  private readonly horizontal: ChartConfiguration<'bar'>['options'] = {
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: 'y',
    scales: { x: { ticks: { callback: (v) => `${v} €` } } },
  };

  /** Tax this year and last year for each row, in euros. */
  private bars(s: TaxStatisticsView, rows: readonly Row[], short: (r: Row) => string): Bar {
    return {
      labels: rows.map(short),
      datasets: [
        { label: `Taxe ${s.year} (€)`, data: rows.map((r) => r.amountCents / 100), backgroundColor: THIS_YEAR_COLOUR },
        { label: `Taxe ${s.year - 1} (€)`, data: rows.map((r) => r.previousAmountCents / 100), backgroundColor: LAST_YEAR_COLOUR },
      ],
    };
  }

  protected readonly sections = computed(() => (this.stats.hasValue() ? this.tables(this.stats.value()) : []));

  private tables(s: TaxStatisticsView) {
    const best = (rows: readonly Row[]) => [...rows].sort((a, b) => b.amountCents - a.amountCents)[0];
    const top = (rows: readonly Row[]) => {
      const b = best(rows);
      return b && b.amountCents > 0 ? ` Le montant le plus élevé\u00a0: ${b.label}, ${euros(b.amountCents)}.` : '';
    };
    const month = (r: Row) => r.label.split(' ')[0]!;
    const nights: Bar = {
      labels: s.byMonth.map(month),
      datasets: [
        { label: `Nuitées ${s.year}`, data: s.byMonth.map((r) => r.nights), backgroundColor: THIS_YEAR_COLOUR },
        { label: `Nuitées ${s.year - 1}`, data: s.byMonth.map((r) => r.previousNights), backgroundColor: LAST_YEAR_COLOUR },
      ],
    };
    const after = ' Les chiffres sont dans le tableau qui suit.';
    return [
      {
        id: 'by-month', title: 'Par mois', column: 'Mois', file: `taxe-sejour-${s.year}-mois.csv`, rows: s.byMonth, note: s.monthMethod,
        charts: [
          { id: 'chart-month-tax', tall: false, options: this.vertical, data: this.bars(s, s.byMonth, month), label: `Graphique en barres\u00a0: taxe déclarée par mois en ${s.year} et en ${s.year - 1}.${top(s.byMonth)}${after}` },
          { id: 'chart-month-nights', tall: false, options: this.counts, data: nights, label: `Graphique en barres\u00a0: nuitées déclarées par mois en ${s.year} et en ${s.year - 1}.${after}` },
        ],
      },
      { id: 'by-quarter', title: 'Par trimestre', column: 'Trimestre', file: `taxe-sejour-${s.year}-trimestres.csv`, rows: s.byQuarter, note: null, charts: [] },
      {
        id: 'by-commune', title: 'Par commune', column: 'Commune', file: `taxe-sejour-${s.year}-communes.csv`, rows: s.byCommune,
        note: 'La commune de l’hébergement au dépôt de la déclaration.',
        charts: [{ id: 'chart-commune', tall: true, options: this.horizontal, data: this.bars(s, s.byCommune, (r) => r.label), label: `Graphique en barres horizontales\u00a0: taxe déclarée par commune en ${s.year} et en ${s.year - 1}.${top(s.byCommune)}${after}` }],
      },
      {
        id: 'by-category', title: 'Par catégorie', column: 'Catégorie', file: `taxe-sejour-${s.year}-categories.csv`, rows: s.byCategory, note: null,
        charts: [{ id: 'chart-category', tall: true, options: this.horizontal, data: this.bars(s, s.byCategory, (r) => r.label), label: `Graphique en barres horizontales\u00a0: taxe déclarée par catégorie d’hébergement en ${s.year} et en ${s.year - 1}.${top(s.byCategory)}${after}` }],
      },
    ];
  }

  protected change(r: Row): string {
    if (r.previousAmountCents === 0) return r.amountCents === 0 ? '—' : 'nouveau';
    const pct = ((r.amountCents - r.previousAmountCents) / r.previousAmountCents) * 100;
    return `${pct >= 0 ? '+' : ''}${pct.toFixed(1).replace('.', ',')} %`;
  }

  /** A CSV for a spreadsheet (semicolons, amounts in euros with a comma, UTF-8 with BOM). */
  protected download(file: string, column: string, rows: readonly Row[]): void {
    const cell = (v: string) => (/[";\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const money = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');
    const lines = [
      [column, 'Nuitées', 'Nuitées année précédente', 'Personnes-nuits', 'Personnes-nuits année précédente', 'Nuitées plateformes', 'Taxe (€)', 'Taxe année précédente (€)'].join(';'),
      ...rows.map((r) => [cell(r.label), r.nights, r.previousNights, r.personNights, r.previousPersonNights, r.platformNights, money(r.amountCents), money(r.previousAmountCents)].join(';')),
    ];
    const url = URL.createObjectURL(new Blob(['\ufeff' + lines.join('\r\n')], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    a.click();
    URL.revokeObjectURL(url);
  }
}
