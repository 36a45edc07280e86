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
  imports: [DatePipe, RouterLink, MatButtonModule],
  template: `
    <p class="no-print"><a [routerLink]="['/taxe-de-sejour', id()]">← Retour à l'hébergement</a></p>
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
          <dt>Part de l'agglomération</dt><dd>{{ euros(t.baseCents) }}</dd>
          @for (a of t.additional; track a.code) { <dt>{{ a.label }}</dt><dd>{{ euros(a.amountCents) }}</dd> }
        }
        <dt>Montant dû</dt><dd><strong>{{ euros(d.amountCents) }}</strong></dd>
        @if (d.previousAmountCents !== null) { <dt>Version précédente</dt><dd>{{ euros(d.previousAmountCents) }} — {{ d.correctionNote }}</dd> }
      </dl>
      @if (d.anomalies.length > 0) {
        <h2>Points signalés à l'office</h2>
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
