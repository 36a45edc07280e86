import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TaxData } from './tax-data';

/** `/taxe-de-sejour/demandes` — staff's queue of owners' correction requests, oldest first. */
@Component({
  selector: 'app-tax-corrections',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule],
  template: `
    <p><a routerLink="/taxe-de-sejour/suivi">← Suivi des déclarations</a></p>
    <h1>Demandes de correction des hébergeurs</h1>
    @if (pending.hasValue()) {
      @let list = pending.value();
      @if (list.total === 0) {
        <p>Aucune demande en attente.</p>
      } @else {
        <p>{{ list.total }} demande{{ list.total > 1 ? 's' : '' }} en attente, la plus ancienne d’abord.</p>
        <ul class="requests" role="list">
          @for (r of list.items; track r.id) {
            <li>
              <h2>{{ r.accommodationName }} <span class="meta">— {{ r.organisationName }}</span></h2>
              <p class="meta">Demandée par {{ r.requestedByName }} le {{ r.createdAt | date: 'longDate' }}</p>
              <p class="message">{{ r.message }}</p>
              @if (r.changes.length > 0) {
                <ul>
                  @for (c of r.changes; track c.field) { <li>{{ c.label }}\u00a0: {{ c.current }} → <strong>{{ c.proposed }}</strong></li> }
                </ul>
              }
              <a mat-stroked-button [routerLink]="['/taxe-de-sejour/compte', r.accommodationId]" [queryParams]="{ demande: r.id }">
                Traiter la demande<span class="visually-hidden"> pour {{ r.accommodationName }}</span>
              </a>
            </li>
          }
        </ul>
      }
    } @else if (pending.error()) {
      <p class="notice notice--error">Les demandes n’ont pas pu être chargées.</p>
    } @else {
      <p>Chargement…</p>
    }
  `,
  styles: `
    .requests { display: grid; gap: 12px; list-style: none; padding: 0; max-width: 80ch; }
    .requests > li { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: 8px 16px 16px; }
    h2 { font: var(--mat-sys-title-medium); margin: 8px 0 0; }
    .meta { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .message { white-space: pre-line; }
  `,
})
export class TaxCorrections {
  private readonly data = inject(TaxData);
  protected readonly pending = rxResource({ stream: () => this.data.pendingCorrections() });
}
