import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map, of } from 'rxjs';
import { toApiError } from '../../shared/api-error';
import { CommitteeData, formatSessionDay } from '../committee-data';
import { CountPipe } from '../../shared/plural';

const KIND_LABELS: Record<string, string> = {
  SESSION: 'Séance',
  AGENDA_ITEM: 'Ordre du jour',
  MINUTES: 'Compte rendu',
  RECOMMENDATION: 'Recommandation',
  DOCUMENT: 'Document',
};

/** `/comite/recherche?q=…` — French full-text search over the committee's sessions and texts. */
@Component({
  selector: 'app-committee-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, CountPipe],
  template: `
    <p><a routerLink="/comite">← Séances</a></p>
    <h1>Rechercher dans le Comité Technique</h1>
    <form role="search" (ngSubmit)="submit()">
      <mat-form-field class="query">
        <mat-label>Mots recherchés</mat-label>
        <input matInput [formControl]="query" type="search" />
        <mat-hint>Séances, ordres du jour, comptes rendus, recommandations et documents PDF.</mat-hint>
      </mat-form-field>
      <button mat-flat-button type="submit">Rechercher</button>
    </form>
    @if (hits.isLoading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Recherche en cours" />
    }
    @if (error(); as error) {
      <p role="alert">{{ error }}</p>
    }
    @if (hits.hasValue() && q()) {
      <p aria-live="polite">{{ hits.value().length | count: 'résultat' }} pour «&nbsp;{{ q() }}&nbsp;».</p>
      <ol class="hits">
        @for (hit of hits.value(); track $index) {
          <li>
            <a [routerLink]="['/comite', 'seances', hit.sessionId]">{{ hit.sessionTheme }}</a>
            <small>{{ kinds[hit.kind] }} · {{ hit.title }} · {{ day(hit.sessionDate) }}</small>
            <p>@for (piece of hit.excerpt; track $index) {@if (piece.match) {<mark>{{ piece.text }}</mark>} @else {{{ piece.text }}}}</p>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    form { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: baseline; }
    .query { flex: 1 1 24rem; }
    .hits > li { margin-block: 12px; display: flex; flex-direction: column; gap: 2px; }
    .hits p { margin: 0; }
  `,
})
export class CommitteeSearch {
  private readonly data = inject(CommitteeData);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly q = toSignal(this.route.queryParamMap.pipe(map((p) => (p.get('q') ?? '').trim())), { requireSync: true });
  protected readonly query = new FormControl(this.q(), { nonNullable: true });
  protected readonly kinds = KIND_LABELS;
  protected readonly day = formatSessionDay;
  protected readonly hits = rxResource({ params: () => this.q(), stream: ({ params }) => (params ? this.data.search(params) : of([])) });
  protected readonly error = computed(() => (this.hits.error() ? toApiError(this.hits.error()).message : null));

  protected submit(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { q: this.query.value.trim() || null } });
  }
}
