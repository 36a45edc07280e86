import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { CORRECTION_REQUEST_STATUS_LABELS, EXEMPTION_LABELS, formatOpeningPeriods, type AccommodationOpening, EXEMPTION_REASONS, TAX_PAYMENT_METHODS, TAX_PAYMENT_METHOD_LABELS, computeStay, parisDay, type TaxCategory, type TaxPaymentMethod } from '@extranet/domain/tourist-tax';
import { finalize } from 'rxjs';
import { Session } from '../auth/session';
import { type ApiError, toApiError } from '../shared/api-error';
import { ErrorSummary } from '../shared/error-summary';
import { TaxCalculator } from './tax-calculator';
import { TaxData, engineTariffs } from './tax-data';
import { PERIOD_STATE_LABELS, day, euros } from './tax-format';
import { TableScroll } from '../shared/table-scroll';

/**
 * `/taxe-de-sejour/:id` — one accommodation: the tariff that applies this year and why, exemptions,
 * periods and deadlines, what to write on the invoice, penalties, a calculator, declarations and
 * payments; for the office, a payment to record.
 */
@Component({
  selector: 'app-tax-accommodation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableScroll, DatePipe, RouterLink, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TaxCalculator, ErrorSummary],
  template: `
    <p><a routerLink="/taxe-de-sejour">← Taxe de séjour</a></p>
    @if (detail.error(); as error) {
      <h1>Hébergement</h1>
      <p class="notice notice--error">{{ loadError(error) }}</p>
    } @else if (detail.hasValue()) {
      @let a = detail.value().accommodation;
      <h1>{{ a.name }}</h1>
      <p class="meta">
        {{ a.kindLabel }}{{ a.stars ? ' ' + a.stars + ' étoile' + (a.stars > 1 ? 's' : '') : ' non classé' }} · {{ a.communeName }} ·
        {{ a.capacity }} {{ a.capacityInPitches ? 'emplacements' : 'lits' }}
        @if (a.registrationNumber) { · n° d’enregistrement {{ a.registrationNumber }} }
        @if (a.activeTo) { · activité arrêtée le {{ day(a.activeTo) }} }
      </p>

      <section aria-labelledby="register-heading">
        <h2 id="register-heading">Informations du registre</h2>
        @if (a.basis === 'FLAT_RATE') {
          <p>Régime\u00a0: <strong>au forfait</strong>, sur la capacité et les nuits d’ouverture — ouvert {{ openings(a.openingPeriods) }}.</p>
        }
        @if (canDeclare()) {
          <p>Une information ci-dessus est fausse ou a changé\u00a0? <a [routerLink]="['/taxe-de-sejour', a.id, 'demande-de-correction']">Demander une correction à l’office</a></p>
        }
        @if (isStaff()) {
          <p><a [routerLink]="['/taxe-de-sejour/compte', a.id]">Modifier, fermer ou fusionner le compte</a></p>
        }
        @if (requests.hasValue() && requests.value().length > 0) {
          <div appTableScroll="Demandes de correction">
            <table class="periods">
              <caption>Demandes de correction</caption>
              <thead><tr><th scope="col">Demandée le</th><th scope="col">Demande</th><th scope="col">État</th></tr></thead>
              <tbody>
                @for (r of requests.value(); track r.id) {
                  <tr>
                    <td>{{ r.createdAt | date: 'longDate' }}</td>
                    <td>
                      @for (c of r.changes; track c.field) { <span class="change">{{ c.label }}\u00a0: {{ c.proposed }}</span> }
                      <span class="request-message">{{ r.message }}</span>
                    </td>
                    <td>
                      <span class="state state--{{ r.status }}">{{ requestStatusLabels[r.status] }}</span>
                      @if (r.decisionReason) { <br />Raison\u00a0: {{ r.decisionReason }} }
                      @if (isStaff() && r.status === 'PENDING') {
                        <br /><a [routerLink]="['/taxe-de-sejour/compte', a.id]" [queryParams]="{ demande: r.id }">Traiter<span class="visually-hidden"> la demande du {{ r.createdAt | date: 'longDate' }}</span></a>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </section>

      <section aria-labelledby="tariff-heading">
        <h2 id="tariff-heading">Votre tarif en {{ year }}</h2>
        @if (tariff(); as t) {
          @if (a.category === 'UNCLASSIFIED') {
            <p>
              Votre hébergement n’est pas classé\u00a0: la taxe est <strong>proportionnelle au prix</strong>. Elle vaut {{ t.rate }} % du prix de la
              nuitée hors taxes <em>par occupant</em> (le prix divisé par le nombre de personnes, enfants compris), plafonnée à
              {{ euros(t.cap) }}, plus la taxe additionnelle départementale de l’Ain (10 %)\u00a0: au plus <strong>{{ euros(t.capTotal) }}</strong>
              par personne et par nuit. Faire classer votre meublé rendrait la taxe fixe et connue d’avance.
            </p>
          } @else {
            <p>
              Catégorie\u00a0: <strong>{{ a.categoryLabel }}</strong>. Tarif de l’agglomération\u00a0: {{ euros(t.communal) }} par personne et par nuit,
              plus la taxe additionnelle départementale de l’Ain (10 %)\u00a0: <strong>{{ euros(t.total) }} par personne et par nuit</strong>.
            </p>
          }
        } @else {
          <p>Les tarifs de {{ year }} ne sont pas encore publiés.</p>
        }
      </section>

      <section aria-labelledby="periods-heading">
        <h2 id="periods-heading">Déclarations {{ year }}</h2>
        <p>Vous déclarez chaque trimestre, <strong>même sans location</strong>, et vous reversez la taxe au plus tard le 20 du mois suivant.</p>
        <div [appTableScroll]="'Déclarations ' + year">
          <table class="periods">
            <caption class="visually-hidden">Trimestres {{ year }}, échéances et état</caption>
            <thead><tr><th scope="col">Période</th><th scope="col">Échéance</th><th scope="col">État</th><th scope="col">Montant</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
            <tbody>
              @for (p of a.periods; track p.key) {
                <tr>
                  <th scope="row">{{ p.label }}</th>
                  <td>{{ day(p.deadline) }}</td>
                  <td><span class="state state--{{ p.state }}">{{ stateLabels[p.state] }}</span></td>
                  <td>{{ p.amountCents === null ? '—' : euros(p.amountCents) }}</td>
                  <td>
                    @if (p.state === 'SUBMITTED' && p.declarationId) {
                      <a [routerLink]="['/taxe-de-sejour', a.id, 'declaration', p.declarationId]">Voir<span class="visually-hidden"> la déclaration du {{ p.label }}</span></a>
                    } @else if (canDeclare() && (p.state === 'DUE' || p.state === 'LATE' || p.state === 'DRAFT')) {
                      <a mat-stroked-button [routerLink]="['/taxe-de-sejour', a.id, 'declarer', p.year, p.quarter]">Déclarer<span class="visually-hidden"> le {{ p.label }}</span></a>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p>
          Solde\u00a0: déclaré {{ euros(a.balance.declaredCents) }}, payé {{ euros(a.balance.paidCents) }},
          <strong>reste à payer {{ euros(a.balance.outstandingCents) }}</strong>.
        </p>
      </section>

      @if (tariffs.hasValue() && currentTariffs(); as t) {
        <section aria-labelledby="calculator-heading">
          <h2 id="calculator-heading">Simulateur</h2>
          <p>Calculez la taxe d’un séjour\u00a0: le même calcul que celui de votre déclaration.</p>
          <app-tax-calculator [category]="category(a.category)" [tariffs]="t" />
        </section>
      }

      <section aria-labelledby="exemptions-heading">
        <h2 id="exemptions-heading">Qui ne paie pas</h2>
        <ul>
          @for (reason of exemptionReasons; track reason) {
            <li>{{ exemptionLabels[reason] }}</li>
          }
        </ul>
        <p>Les nuits vendues par une plateforme qui a collecté la taxe elle-même (Airbnb, Abritel…) sont déclarées comme telles\u00a0: elles ne sont pas taxées deux fois.</p>
      </section>

      <section aria-labelledby="invoice-heading">
        <h2 id="invoice-heading">Sur la facture de vos clients</h2>
        <p>La taxe de séjour figure sur une ligne à part, distincte du prix du séjour, par exemple\u00a0:</p>
        <p class="example">«\u00a0Taxe de séjour\u00a0: {{ invoiceExample() }}\u00a0»</p>
        <p>Tenez un registre par hébergement\u00a0: dates, nombre de personnes, nuits, taxe perçue et motif de chaque exonération (sans état civil).</p>
      </section>

      <section aria-labelledby="penalties-heading">
        <h2 id="penalties-heading">En cas de retard</h2>
        <p>
          Sans déclaration à l’échéance, la collectivité vous adresse une mise en demeure\u00a0; 30 jours plus tard, elle peut fixer elle-même le
          montant dû (taxation d’office), majoré d’un intérêt de retard de 0,20 % par mois. Une déclaration manquante peut être punie d’une
          amende de 750 € à 12 500 €, chaque oubli ou erreur d’une amende de 150 €.
        </p>
      </section>

      <section aria-labelledby="payments-heading">
        <h2 id="payments-heading">Paiements reçus</h2>
        @if (detail.value().payments.length === 0) {
          <p>Aucun paiement enregistré.</p>
        } @else {
          <ul>
            @for (p of detail.value().payments; track p.id) {
              <li>{{ day(p.paidOn) }} — {{ euros(p.amountCents) }} ({{ methodLabels[p.method] }}{{ p.reference ? ', ' + p.reference : '' }})</li>
            }
          </ul>
        }
        @if (isStaff()) {
          <h3>Enregistrer un paiement</h3>
          <app-error-summary [error]="paymentError()" [labels]="paymentLabels" />
          <form [formGroup]="payment" (ngSubmit)="recordPayment(a.id)" class="payment">
            <mat-form-field>
              <mat-label>Montant (€)</mat-label>
              <input matInput type="number" min="0" step="0.01" formControlName="amount" required />
            </mat-form-field>
            <mat-form-field>
              <mat-label>Date du paiement</mat-label>
              <input matInput type="date" formControlName="paidOn" required />
            </mat-form-field>
            <mat-form-field>
              <mat-label>Moyen de paiement</mat-label>
              <mat-select formControlName="method">
                @for (m of methods; track m) {
                  <mat-option [value]="m">{{ methodLabels[m] }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field>
              <mat-label>Référence</mat-label>
              <input matInput formControlName="reference" />
            </mat-form-field>
            <button mat-flat-button type="submit" [disabled]="saving()">Enregistrer le paiement</button>
          </form>
        }
      </section>
    } @else {
      <p>Chargement…</p>
    }
  `,
  styles: `
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    section {
      margin-block: 24px;
      max-width: 72ch;
    }
    .periods {
      border-collapse: collapse;
      width: 100%;
    }
    .periods th,
    .periods td {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      padding: 6px 8px;
      text-align: start;
    }
    .state--LATE {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .change {
      display: block;
      font-weight: 600;
    }
    .request-message {
      white-space: pre-line;
    }
    .state--DECLINED {
      color: var(--mat-sys-error);
    }
    .example {
      border-inline-start: 3px solid var(--mat-sys-outline);
      padding-inline-start: 12px;
    }
    .payment {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      align-items: baseline;
    }
  `,
})
export class TaxAccommodationPage {
  private readonly data = inject(TaxData);
  private readonly session = inject(Session);
  private readonly fb = inject(FormBuilder);
  private readonly snackBar = inject(MatSnackBar);

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly year = Number(parisDay(new Date()).slice(0, 4));
  protected readonly euros = euros;
  protected readonly day = day;
  protected readonly stateLabels = PERIOD_STATE_LABELS;
  protected readonly exemptionReasons = EXEMPTION_REASONS;
  protected readonly exemptionLabels = EXEMPTION_LABELS;
  protected readonly methods = TAX_PAYMENT_METHODS;
  protected readonly methodLabels: Record<string, string> = TAX_PAYMENT_METHOD_LABELS;
  protected readonly paymentLabels = { amountCents: 'Montant', paidOn: 'Date du paiement', method: 'Moyen de paiement', reference: 'Référence' };

  protected readonly detail = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.accommodation(params, this.year) });
  protected readonly tariffs = rxResource({ stream: () => this.data.tariffs() });
  protected readonly requests = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.correctionRequests(params) });
  protected readonly requestStatusLabels: Record<string, string> = CORRECTION_REQUEST_STATUS_LABELS;
  protected readonly currentTariffs = computed(() => {
    const all = this.tariffs.hasValue() ? this.tariffs.value() : [];
    const view = all.find((t) => t.year === this.year);
    return view ? engineTariffs(view) : null;
  });

  protected readonly tariff = computed(() => {
    const t = this.currentTariffs();
    if (!t || !this.detail.hasValue()) return null;
    const category = this.detail.value().accommodation.category;
    const capTotal = computeStay({ category: 'UNCLASSIFIED', persons: 1, nights: 1, nightlyPriceCents: 100_000_000 }, t).totalCents;
    if (category === 'UNCLASSIFIED') return { rate: t.proportionalBasisPoints / 100, cap: t.proportionalCapCents, capTotal, communal: 0, total: 0 };
    const stay = computeStay({ category, persons: 1, nights: 1 }, t);
    return { rate: 0, cap: 0, capTotal, communal: stay.communalPerPersonNightCents, total: stay.totalCents };
  });

  protected readonly invoiceExample = computed(() => {
    const t = this.currentTariffs();
    if (!t || !this.detail.hasValue()) return '';
    const category = this.detail.value().accommodation.category;
    if (category === 'UNCLASSIFIED') {
      const stay = computeStay({ category, persons: 2, nights: 3, nightlyPriceCents: 8000 }, t);
      return `2 personnes × 3 nuits × ${euros(stay.perPersonNightCents)} (5 % de 80,00 € ÷ 2, plus 10 % départemental) = ${euros(stay.totalCents)}`;
    }
    const stay = computeStay({ category, persons: 2, nights: 3 }, t);
    return `2 personnes × 3 nuits × ${euros(stay.perPersonNightCents)} = ${euros(stay.totalCents)}`;
  });

  protected readonly canDeclare = computed(
    () => this.detail.hasValue() && can(this.session.actor(), 'touristTax.declare', { organisationId: this.detail.value().accommodation.organisationId }),
  );
  protected readonly isStaff = computed(() => can(this.session.actor(), 'touristTax.followUp'));

  protected readonly payment = this.fb.nonNullable.group({
    amount: [0, Validators.required],
    paidOn: [parisDay(new Date()), Validators.required],
    method: ['TRANSFER' as TaxPaymentMethod],
    reference: [''],
  });
  protected readonly saving = signal(false);
  protected readonly paymentError = signal<ApiError | null>(null);

  protected openings(periods: readonly AccommodationOpening[]): string {
    return formatOpeningPeriods(periods);
  }

  protected category(value: string): TaxCategory {
    return value as TaxCategory;
  }

  protected loadError(error: unknown): string {
    const problem = toApiError(error);
    return problem.code === 'NOT_FOUND' ? 'Cet hébergement est introuvable.' : problem.message;
  }

  protected recordPayment(accommodationId: string): void {
    if (this.saving()) return;
    const v = this.payment.getRawValue();
    this.saving.set(true);
    this.paymentError.set(null);
    this.data
      .recordPayment({ accommodationId, method: v.method, paidOn: v.paidOn, amountCents: Math.round(Number(v.amount) * 100), reference: v.reference })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (p) => {
          this.payment.patchValue({ amount: 0, reference: '' });
          this.snackBar.open(`Paiement de ${euros(p.amountCents)} enregistré.`, 'Fermer', { duration: 6000, politeness: 'polite' });
        },
        error: (error: unknown) => this.paymentError.set(toApiError(error)),
      });
  }
}
