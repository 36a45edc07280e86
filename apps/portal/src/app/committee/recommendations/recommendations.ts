import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { RECOMMENDATION_STATUS_LABELS, RECOMMENDATION_STATUSES } from '@extranet/domain/committee';
import { map } from 'rxjs';
import { toApiError } from '../../shared/api-error';
import { CommitteeData, formatSessionDay } from '../committee-data';
import { TableScroll } from '../../shared/table-scroll';
import { countOf } from '../../shared/plural';

const FIRST_YEAR = 2018;

/** `/comite/recommandations?theme=…&annee=…` — the committee's track record before the board. */
@Component({
  selector: 'app-committee-recommendations',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatFormFieldModule, MatSelectModule, MatProgressBarModule, TableScroll],
  template: `
    <p><a routerLink="/comite">← Séances</a></p>
    <h1>Recommandations au Comité de Direction</h1>
    <div class="filters" role="search" aria-label="Filtrer les recommandations">
      <mat-form-field>
        <mat-label>Thème</mat-label>
        <mat-select [value]="theme()" (valueChange)="setFilter('theme', $event)">
          <mat-option value="">Tous les thèmes</mat-option>
          @for (t of themes(); track t) {
            <mat-option [value]="t">{{ t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Année</mat-label>
        <mat-select [value]="year()" (valueChange)="setFilter('annee', $event)">
          <mat-option value="">Toutes les années</mat-option>
          @for (y of years; track y) {
            <mat-option [value]="'' + y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
    @if (result.isLoading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Chargement des recommandations" />
    }
    @if (error(); as error) {
      <p role="alert">{{ error }}</p>
    }
    @if (result.hasValue()) {
      <p aria-live="polite">{{ summary() }}</p>
      <div appTableScroll="Recommandations et décisions du Comité de Direction">
        <table>
          <caption class="visually-hidden">Recommandations et décisions du Comité de Direction</caption>
          <thead>
            <tr><th scope="col">Recommandation</th><th scope="col">Thème</th><th scope="col">Séance</th><th scope="col">Statut</th><th scope="col">Décision</th></tr>
          </thead>
          <tbody>
            @for (r of result.value().committeeRecommendations; track r.id) {
              <tr>
                <td>{{ r.text }}<br /><small>Proposée par {{ r.proposer }}</small></td>
                <td>{{ r.theme }}</td>
                <td><a [routerLink]="['/comite', 'seances', r.sessionId]">{{ r.sessionTheme }}</a><br /><small>{{ day(r.sessionDate) }}</small></td>
                <td><strong>{{ labels[r.status] }}</strong></td>
                <td>@if (r.decidedOn) { {{ day(r.decidedOn) }} } @if (r.note) { <br /><small>{{ r.note }}</small> }</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 16px; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: start; vertical-align: top; padding: 6px 12px 6px 0; border-block-end: 1px solid var(--mat-sys-outline-variant); }
  `,
})
export class CommitteeRecommendations {
  private readonly data = inject(CommitteeData);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  private readonly params = toSignal(this.route.queryParamMap.pipe(map((p) => ({ theme: p.get('theme') ?? '', year: p.get('annee') ?? '' }))), { requireSync: true });
  protected readonly theme = computed(() => this.params().theme);
  protected readonly year = computed(() => this.params().year);
  protected readonly years = Array.from({ length: new Date().getFullYear() - FIRST_YEAR + 1 }, (_, i) => new Date().getFullYear() - i);
  protected readonly labels = RECOMMENDATION_STATUS_LABELS;
  protected readonly day = formatSessionDay;

  protected readonly result = rxResource({
    params: () => ({ theme: this.theme() || null, year: /^\d{4}$/.test(this.year()) ? Number(this.year()) : null }),
    stream: ({ params }) => this.data.recommendations(params),
  });
  protected readonly themes = computed(() => (this.result.hasValue() ? this.result.value().committeeRecommendationThemes : []));
  protected readonly error = computed(() => (this.result.error() ? toApiError(this.result.error()).message : null));
  protected readonly summary = computed(() => {
    if (!this.result.hasValue()) return '';
    const list = this.result.value().committeeRecommendations;
    const counts = RECOMMENDATION_STATUSES.map((s) => [s, list.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0);
    return `${countOf(list.length, 'recommandation')}${counts.length ? '\u00a0: ' + counts.map(([s, n]) => `${n} ${this.labels[s].toLowerCase()}`).join(', ') : ''}.`;
  });

  protected setFilter(key: 'theme' | 'annee', value: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { [key]: value || null }, queryParamsHandling: 'merge' });
  }
}
