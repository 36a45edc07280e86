import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { Session } from '../auth/session';
import { toApiError } from '../shared/api-error';
import { TaxData } from './tax-data';
import { DECLARATION_STATUS_LABELS, day, euros } from './tax-format';
import { TableScroll } from '../shared/table-scroll';

interface Totals {
  baseCents: number;
  additional: { code: string; label: string; amountCents: number }[];
  taxablePersonNights: number;
  exemptedPersonNights: Record<string, number>;
  platformCollectedCents: number;
}

/** `/taxe-de-sejour/:id/declaration/:declarationId` — a declaration and its receipt (printable). */
@Component({
  selector: 'app-tax-declaration-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableScroll, DatePipe, RouterLink, MatButtonModule],
  template: `
    <p class="no-print"><a [routerLink]="['/taxe-de-sejour', id()]">← Retour à l’hébergement</a></p>
    @if (declaration.hasValue()) {
      @let d = declaration.value();
      @let t = totals(d.totals);
      <h1>Reçu de déclaration — {{ d.periodLabel }}</h1>
      <dl class="receipt">
        <dt>Numéro</dt><dd>{{ d.id.slice(0, 8).toUpperCase() }}-{{ d.revision }}</dd>
        <dt>Hébergement</dt><dd>{{ d.accommodationName }}</dd>
        <dt>État</dt><dd>{{ statusLabels[d.status] }}{{ d.late ? ' (après l’échéance du ' + day(d.deadline) + ')' : '' }}</dd>
        @if (d.submittedAt) { <dt>Déposée le</dt><dd>{{ d.submittedAt | date: 'longDate' }}</dd> }
        @if (d.noRental) {
          <dt>Déclaration</dt><dd>Aucune location sur la période</dd>
        } @else {
          <dt>Nuitées</dt><dd>{{ d.nights }} ({{ d.personNights }} nuitées-personnes, dont {{ t.taxablePersonNights }} taxables)</dd>
          @if (d.platformNights > 0) { <dt>Plateformes</dt><dd>{{ d.platformNights }} nuitées collectées par une plateforme ({{ euros(t.platformCollectedCents) }}), non facturées</dd> }
          <dt>Part de l’agglomération</dt><dd>{{ euros(t.baseCents) }}</dd>
          @for (a of t.additional; track a.code) { <dt>{{ a.label }}</dt><dd>{{ euros(a.amountCents) }}</dd> }
        }
        <dt>Montant dû</dt><dd><strong>{{ euros(d.amountCents) }}</strong></dd>
        @if (d.previousAmountCents !== null) { <dt>Version précédente</dt><dd>{{ euros(d.previousAmountCents) }} — {{ d.correctionNote }}</dd> }
      </dl>
      @if (d.differences; as differences) {
        <section aria-labelledby="differences-heading">
          <h2 id="differences-heading">Ce que la correction change (version {{ d.revision }} contre version {{ d.revision - 1 }})</h2>
          <p>Raison donnée\u00a0: {{ d.correctionNote }}</p>
          <div appTableScroll="Totaux avant et après la correction">
            <table class="grid">
              <caption class="visually-hidden">Totaux avant et après la correction</caption>
              <thead><tr><th scope="col">Total</th><th scope="col">Avant</th><th scope="col">Après</th></tr></thead>
              <tbody>
                <tr><th scope="row">Montant dû</th><td>{{ euros(d.previousAmountCents ?? 0) }}</td><td>{{ euros(d.amountCents) }}</td></tr>
                <tr><th scope="row">Nuitées</th><td>{{ d.previousNights }}</td><td>{{ d.nights }}</td></tr>
                <tr><th scope="row">Nuitées-personnes</th><td>{{ d.previousPersonNights }}</td><td>{{ d.personNights }}</td></tr>
                @if (d.previousNoRental !== d.noRental) {
                  <tr><th scope="row">Aucune location</th><td>{{ d.previousNoRental ? 'oui' : 'non' }}</td><td>{{ d.noRental ? 'oui' : 'non' }}</td></tr>
                }
              </tbody>
            </table>
          </div>
          <div appTableScroll="Lignes avant et après la correction">
            <table class="grid">
              <caption class="visually-hidden">Lignes avant et après la correction</caption>
              <thead><tr><th scope="col">Ligne</th><th scope="col">Changement</th><th scope="col">Avant</th><th scope="col">Après</th><th scope="col">Détail</th></tr></thead>
              <tbody>
                @for (l of differences; track l.line) {
                  <tr [class.changed]="l.kind !== 'UNCHANGED'">
                    <th scope="row">{{ l.line }}</th>
                    <td>{{ differenceLabels[l.kind] }}</td>
                    <td>{{ l.before ?? '—' }}</td>
                    <td>{{ l.after ?? '—' }}</td>
                    <td>
                      @for (c of l.changes; track c.label) { <div>{{ c.label }}\u00a0: {{ c.before }} → {{ c.after }}</div> }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </section>
      }
      @if (d.anomalies.length > 0) {
        <h2>Points signalés à l’office</h2>
        <ul>
          @for (a of d.anomalies; track a.message) { <li>{{ a.message }}</li> }
        </ul>
      }
      <p class="no-print actions">
        @if (d.status !== 'DRAFT') {
          <a mat-flat-button [href]="'/api/tourist-tax/declarations/' + d.id + '/receipt.pdf'" download>Télécharger le reçu (PDF)</a>
        }
        <button mat-stroked-button type="button" (click)="print()">Imprimer</button>
        @if (d.status === 'SUBMITTED' && canDeclare(d.organisationId)) {
          <a mat-button [routerLink]="['/taxe-de-sejour', id(), 'corriger', d.year, d.quarter]">Corriger cette déclaration</a>
        }
      </p>
    } @else if (declaration.error(); as error) {
      <h1>Déclaration</h1>
      <p class="notice notice--error">{{ message(error) }}</p>
    } @else {
      <p>Chargement…</p>
    }
  `,
  styles: `
    .receipt {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 24px;
    }
    dt {
      font-weight: 600;
    }
    .grid {
      border-collapse: collapse;
      margin-block: 8px 16px;
    }
    .grid th,
    .grid td {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      padding: 4px 8px;
      text-align: start;
      vertical-align: top;
    }
    .changed {
      background: var(--mat-sys-surface-container);
    }
    dd {
      margin: 0;
    }
    .actions {
      display: flex;
      gap: 12px;
    }
    @media print {
      .no-print {
        display: none;
      }
    }
  `,
})
export class TaxDeclarationPage {
  private readonly data = inject(TaxData);
  private readonly session = inject(Session);
  readonly id = input.required<string>();
  readonly declarationId = input.required<string>();
  protected readonly euros = euros;
  protected readonly day = day;
  protected readonly statusLabels = DECLARATION_STATUS_LABELS;
  protected readonly differenceLabels: Record<string, string> = { ADDED: 'Ajoutée', REMOVED: 'Supprimée', CHANGED: 'Modifiée', UNCHANGED: 'Inchangée' };
  protected readonly declaration = rxResource({ params: () => this.declarationId(), stream: ({ params }) => this.data.declaration(params) });

  protected totals(value: unknown): Totals {
    const t = (value ?? {}) as Partial<Totals>;
    return { baseCents: t.baseCents ?? 0, additional: t.additional ?? [], taxablePersonNights: t.taxablePersonNights ?? 0, exemptedPersonNights: t.exemptedPersonNights ?? {}, platformCollectedCents: t.platformCollectedCents ?? 0 };
  }

  protected message(error: unknown): string {
    const problem = toApiError(error);
    return problem.code === 'NOT_FOUND' ? 'Cette déclaration est introuvable.' : problem.message;
  }

  protected canDeclare(organisationId: string): boolean {
    return can(this.session.actor(), 'touristTax.declare', { organisationId });
  }

  protected print(): void {
    window.print();
  }
}
