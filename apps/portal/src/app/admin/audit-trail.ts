import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { AuditFilter } from '../graphql/types.generated';
import { toApiError } from '../shared/api-error';
import { AdminData } from './admin-data';
import { TableScroll } from '../shared/table-scroll';
import { CountPipe } from '../shared/plural';

const PAGE_SIZE = 50;
const OUTCOMES: Partial<Record<string, string>> = { SUCCESS: 'Réussi', FAILURE: 'Échec', DENIED: 'Refusé' };

/** `/administration/journal` (administrators): the audit trail, newest first, filtered by user, action and dates. */
@Component({
  selector: 'app-audit-trail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TableScroll, CountPipe],
  template: `
    <h1>Journal d’audit</h1>
    <form [formGroup]="form" (ngSubmit)="apply()" class="filters" role="search" aria-label="Filtrer le journal">
      <mat-form-field>
        <mat-label>Utilisateur (adresse)</mat-label>
        <input matInput formControlName="user" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Action</mat-label>
        <input matInput formControlName="action" />
        <mat-hint>Par exemple «&nbsp;user.roles&nbsp;» ou «&nbsp;access.&nbsp;»</mat-hint>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Du</mat-label>
        <input matInput type="date" formControlName="from" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Au</mat-label>
        <input matInput type="date" formControlName="to" />
      </mat-form-field>
      <button mat-flat-button type="submit">Filtrer</button>
    </form>
    @if (page.isLoading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Chargement du journal" />
    }
    @if (error(); as error) {
      <p role="alert">{{ error }}</p>
    }
    @if (page.hasValue()) {
      <p aria-live="polite">{{ page.value().total | count: 'entrée' }}.</p>
      <div appTableScroll="Entrées du journal d’audit">
        <table>
          <caption class="visually-hidden">Entrées du journal d’audit</caption>
          <thead><tr><th scope="col">Date</th><th scope="col">Utilisateur</th><th scope="col">Action</th><th scope="col">Résultat</th><th scope="col">Objet</th></tr></thead>
          <tbody>
            @for (e of page.value().items; track e.id) {
              <tr>
                <td>{{ e.at | date: 'medium' }}</td>
                <td>{{ e.actorEmail ?? '—' }}</td>
                <td><code>{{ e.action }}</code></td>
                <td>{{ outcomes[e.outcome] ?? e.outcome }}</td>
                <td>@if (e.objectType) { {{ e.objectType }} <code>{{ e.objectId }}</code> }</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <div class="pager">
        <button mat-stroked-button type="button" [disabled]="offset() === 0" (click)="offset.set(offset() - pageSize)">Précédents</button>
        <button mat-stroked-button type="button" [disabled]="offset() + pageSize >= page.value().total" (click)="offset.set(offset() + pageSize)">Suivants</button>
      </div>
    }
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: baseline; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: start; padding: 4px 12px 4px 0; border-block-end: 1px solid var(--mat-sys-outline-variant); }
    .pager { display: flex; gap: 8px; margin-block: 12px; }
  `,
})
export class AuditTrail {
  private readonly data = inject(AdminData);

  protected readonly pageSize = PAGE_SIZE;
  protected readonly outcomes = OUTCOMES;
  protected readonly form = new FormGroup({
    user: new FormControl('', { nonNullable: true }),
    action: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });
  private readonly filter = signal<AuditFilter>({});
  protected readonly offset = signal(0);
  protected readonly page = rxResource({ params: () => ({ filter: this.filter(), offset: this.offset() }), stream: ({ params }) => this.data.audit(params.filter, params.offset, PAGE_SIZE) });
  protected readonly error = computed(() => (this.page.error() ? toApiError(this.page.error()).message : null));

  protected apply(): void {
    const { user, action, from, to } = this.form.getRawValue();
    this.offset.set(0);
    this.filter.set({ user: user || null, action: action || null, from: from || null, to: to || null });
  }
}
