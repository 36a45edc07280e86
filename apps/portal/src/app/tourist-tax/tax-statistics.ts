import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { parisDay } from '@extranet/domain/tourist-tax';
import { TaxData, type TaxStatisticsView } from './tax-data';
import { euros } from './tax-format';

type Row = TaxStatisticsView['byQuarter'][number];

/**
 * `/taxe-de-sejour/statistiques` — nights and tax by quarter, commune and category against the
 * previous year, the forecast with its method, and CSV exports. Declarations are quarterly totals,
 * so the finest period is the quarter.
 */
@Component({
  selector: 'app-tax-statistics',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, FormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule],
  template: `
    <p><a routerLink="/taxe-de-sejour/suivi">← Suivi des déclarations</a></p>
    <h1>Statistiques de la taxe de séjour</h1>
    <mat-form-field>
      <mat-label>Année</mat-label>
      <mat-select [ngModel]="year()" (ngModelChange)="year.set($event)">
        @for (y of years; track y) { <mat-option [value]="y">{{ y }}</mat-option> }
      </mat-select>
    </mat-form-field>
    @if (stats.hasValue()) {
      @let s = stats.value();
      <section aria-labelledby="forecast-heading">
        <h2 id="forecast-heading">Prévision {{ s.year }}</h2>
        <p class="figures">
          Déclaré : <strong>{{ euros(s.forecast.declaredCents) }}</strong> · prévision pour l'année : <strong>{{ euros(s.forecast.forecastCents) }}</strong>
          · {{ s.year - 1 }} : {{ euros(s.forecast.previousYearCents) }}
        </p>
        <p class="meta">Méthode : {{ s.forecast.method }}</p>
      </section>
      @for (table of tables(s); track table.id) {
        <section [attr.aria-labelledby]="table.id">
          <h2 [id]="table.id">{{ table.title }}</h2>
          <table class="grid">
            <caption class="visually-hidden">{{ table.title }}, {{ s.year }} comparé à {{ s.year - 1 }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ table.column }}</th><th scope="col">Nuitées {{ s.year }}</th><th scope="col">Nuitées {{ s.year - 1 }}</th>
                <th scope="col">Personnes-nuits</th><th scope="col">dont plateformes (nuitées)</th><th scope="col">Taxe {{ s.year }}</th><th scope="col">Taxe {{ s.year - 1 }}</th><th scope="col">Évolution</th>
              </tr>
            </thead>
            <tbody>
              @for (r of table.rows; track r.key) {
                <tr>
                  <th scope="row">{{ r.label }}</th><td>{{ r.nights }}</td><td>{{ r.previousNights }}</td><td>{{ r.personNights }}</td><td>{{ r.platformNights }}</td>
                  <td>{{ euros(r.amountCents) }}</td><td>{{ euros(r.previousAmountCents) }}</td><td>{{ change(r) }}</td>
                </tr>
              }
            </tbody>
          </table>
          <button mat-stroked-button type="button" (click)="download(table.file, table.column, table.rows)">Exporter en CSV<span class="visually-hidden"> : {{ table.title }}</span></button>
        </section>
      }
    } @else if (stats.error()) {
      <p class="notice notice--error">Les statistiques n'ont pas pu être chargées.</p>
    } @else {
      <p>Chargement…</p>
    }
  `,
  styles: `
    .grid { border-collapse: collapse; width: 100%; margin-block-end: 8px; }
    .grid th, .grid td { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 4px 8px; text-align: start; }
    .figures { font: var(--mat-sys-title-medium); }
    .meta { color: var(--mat-sys-on-surface-variant); max-width: 80ch; }
    section { margin-block: 24px; }
  `,
})
export class TaxStatistics {
  private readonly data = inject(TaxData);
  private readonly thisYear = Number(parisDay(new Date()).slice(0, 4));
  protected readonly years = [this.thisYear, this.thisYear - 1, this.thisYear - 2];
  protected readonly year = signal(this.thisYear);
  protected readonly euros = euros;
  protected readonly stats = rxResource({ params: () => this.year(), stream: ({ params }) => this.data.statistics(params) });

  protected tables(s: TaxStatisticsView) {
    return [
      { id: 'by-quarter', title: 'Par trimestre', column: 'Trimestre', file: `taxe-sejour-${s.year}-trimestres.csv`, rows: s.byQuarter },
      { id: 'by-commune', title: 'Par commune', column: 'Commune', file: `taxe-sejour-${s.year}-communes.csv`, rows: s.byCommune },
      { id: 'by-category', title: 'Par catégorie', column: 'Catégorie', file: `taxe-sejour-${s.year}-categories.csv`, rows: s.byCategory },
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
      [column, 'Nuitées', 'Nuitées année précédente', 'Personnes-nuits', 'Nuitées plateformes', 'Taxe (€)', 'Taxe année précédente (€)'].join(';'),
      ...rows.map((r) => [cell(r.label), r.nights, r.previousNights, r.personNights, r.platformNights, money(r.amountCents), money(r.previousAmountCents)].join(';')),
    ];
    const url = URL.createObjectURL(new Blob(['\ufeff' + lines.join('\r\n')], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    a.click();
    URL.revokeObjectURL(url);
  }
}
