import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  calculateFlatRateTax, capacityInPitches, computeDeclaration, taxPeriod, validateDeclaration,
  type AccommodationKind, type DeclarationContent, type DeclarationLine, type TaxCategory,
} from '@extranet/domain/tourist-tax';
import { finalize } from 'rxjs';
import { type ApiError, toApiError } from '../shared/api-error';
import { ErrorSummary } from '../shared/error-summary';
import { TaxData, engineTariffs } from './tax-data';
import { day, euros } from './tax-format';
import { CountPipe } from '../shared/plural';

const LINE_LABELS: Record<string, string> = {
  stays: 'Nombre de séjours', arrival: 'Arrivée', nights: 'Nuits par séjour', persons: 'Personnes par séjour',
  'exempted.MINOR': 'Mineurs', 'exempted.SEASONAL_WORKER': 'Saisonniers', 'exempted.EMERGENCY_HOUSING': 'Hébergement d’urgence',
  exempted: 'Personnes exonérées', nightlyPriceCents: 'Prix de la nuitée', platformCollected: 'Collectée par une plateforme',
};

/** `lines.0.nights` → « Ligne 1 — Nuits par séjour ». */
function fieldLabel(field: string): string {
  const match = /^lines\.(\d+)\.(.+)$/.exec(field);
  if (match) return `Ligne ${Number(match[1]) + 1} — ${LINE_LABELS[match[2]!] ?? match[2]}`;
  return { noRental: 'Aucune location', lines: 'Séjours', quarter: 'Période', year: 'Année', note: 'Raison de la correction' }[field] ?? field;
}

/**
 * `/taxe-de-sejour/:id/declarer/:year/:quarter` — the host's declaration for one quarter: stays or
 * totals per line, the figure computed as the host types (the same engine as the server), a draft
 * to come back to, then the submission, which locks it.
 */
@Component({
  selector: 'app-tax-declare',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CountPipe, RouterLink, ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ErrorSummary],
  template: `
    <p><a [routerLink]="['/taxe-de-sejour', id()]">← Retour à l’hébergement</a></p>
    <h1>{{ correction() ? 'Corriger la déclaration du' : 'Déclarer le' }} {{ period().label }}</h1>
    @if (detail.hasValue()) {
      @let a = detail.value().accommodation;
      <p class="meta">{{ a.name }} · {{ a.categoryLabel }} · à déclarer et payer au plus tard le <strong>{{ day(period().deadline) }}</strong></p>
      <app-error-summary [error]="error()" [labels]="labels()" />
      @if (!ready()) {
        <p role="status">Chargement de la déclaration déposée…</p>
      } @else {
      <form [formGroup]="form" (ngSubmit)="submit()">
        <mat-checkbox formControlName="noRental">Aucune location sur la période</mat-checkbox>
        @if (!form.controls.noRental.value) {
          <p class="help">
            Une ligne par séjour, ou une ligne pour plusieurs séjours identiques (nombre de séjours). Les personnes comprennent les mineurs et
            les autres exonérés.
          </p>
          <div formArrayName="lines">
            @for (line of lines.controls; track line; let i = $index) {
              <fieldset [formGroupName]="i" class="line">
                <legend>Ligne {{ i + 1 }}</legend>
                <mat-form-field><mat-label>Nombre de séjours</mat-label><input matInput type="number" min="1" formControlName="stays" /></mat-form-field>
                <mat-form-field><mat-label>Arrivée (facultatif)</mat-label><input matInput type="date" formControlName="arrival" /></mat-form-field>
                <mat-form-field><mat-label>Nuits par séjour</mat-label><input matInput type="number" min="1" formControlName="nights" /></mat-form-field>
                <mat-form-field><mat-label>Personnes par séjour</mat-label><input matInput type="number" min="1" formControlName="persons" /></mat-form-field>
                <mat-form-field><mat-label>dont mineurs</mat-label><input matInput type="number" min="0" formControlName="minors" /></mat-form-field>
                <mat-form-field><mat-label>dont saisonniers</mat-label><input matInput type="number" min="0" formControlName="seasonal" /></mat-form-field>
                <mat-form-field><mat-label>dont hébergement d’urgence</mat-label><input matInput type="number" min="0" formControlName="emergency" /></mat-form-field>
                @if (unclassified()) {
                  <mat-form-field><mat-label>Prix de la nuitée hors taxes (€)</mat-label><input matInput type="number" min="0" step="0.01" formControlName="price" /></mat-form-field>
                }
                <mat-checkbox formControlName="platform">Vendue par une plateforme qui a collecté la taxe</mat-checkbox>
                @if (lineAmount(i); as amount) {
                  <p class="line-amount">{{ amount }}</p>
                }
                @if (lines.length > 1) {
                  <button mat-button type="button" (click)="removeLine(i)">Retirer la ligne {{ i + 1 }}</button>
                }
              </fieldset>
            }
          </div>
          <button mat-stroked-button type="button" (click)="addLine()">Ajouter une ligne</button>
        }

        <div class="figure" role="status" aria-live="polite">
          @if (preview(); as p) {
            @if (p.ok) {
              <p>Montant dû pour le trimestre\u00a0: <strong>{{ euros(p.dueCents) }}</strong></p>
              @if (p.flat; as f) {
                <p class="help">Au forfait\u00a0: {{ f.units | count: 'personne' }} de capacité × {{ f.nights | count: 'nuit' }} d’ouverture × {{ euros(f.rateCents) }}{{ f.allowancePercent ? ', abattement de ' + f.allowancePercent + ' %' : '' }}, plus la taxe additionnelle\u00a0; les nuitées déclarées ci-dessous servent aux statistiques.</p>
              }
              <p class="help">
                {{ p.totals.nights | count: 'nuitée' }}, {{ p.totals.taxablePersonNights | count: 'nuitée taxable' : 'nuitées taxables' }}\u00a0;
                part de l’agglomération {{ euros(p.totals.baseCents) }}
                @for (a of p.totals.additional; track a.code) {\u00a0; {{ a.label }} {{ euros(a.amountCents) }} }
                @if (p.totals.platformNights > 0) {\u00a0; {{ p.totals.platformNights | count: 'nuitée collectée' : 'nuitées collectées' }} par une plateforme, non facturées }
              </p>
            } @else {
              <p>Complétez la déclaration pour voir le montant.</p>
            }
          }
        </div>
        @if (correction()) {
          <mat-form-field class="note">
            <mat-label>Raison de la correction</mat-label>
            <textarea matInput formControlName="note" rows="2" required></textarea>
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="saving()">
              Déposer la correction@if (preview(); as p) {@if (p.ok) { ({{ euros(p.dueCents) }})}}
            </button>
          </div>
          <p class="help">La correction devient une nouvelle version\u00a0; l’office voit la précédente et la différence.</p>
        } @else {
          <div class="actions">
            <button mat-stroked-button type="button" (click)="saveDraft()" [disabled]="saving()">Enregistrer le brouillon</button>
            <button mat-flat-button type="submit" [disabled]="saving()">
              Déposer la déclaration@if (preview(); as p) {@if (p.ok) { ({{ euros(p.dueCents) }})}}
            </button>
          </div>
          <p class="help">Une fois déposée, la déclaration est verrouillée\u00a0; une erreur se corrige par une nouvelle version.</p>
        }
      </form>
      }
    } @else if (detail.error()) {
      <p class="notice notice--error">Cet hébergement est introuvable.</p>
    } @else {
      <p>Chargement…</p>
    }
  `,
  styles: `
    .meta, .help {
      color: var(--mat-sys-on-surface-variant);
    }
    .line {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      margin-block: 12px;
      padding: 8px 16px;
    }
    .line mat-form-field {
      width: 180px;
    }
    .line-amount {
      flex-basis: 100%;
      margin: 4px 0;
    }
    .figure {
      font: var(--mat-sys-title-medium);
      margin-block: 16px;
    }
    .actions {
      display: flex;
      gap: 12px;
    }
    .note {
      width: min(560px, 100%);
    }
  `,
})
export class TaxDeclare {
  private readonly data = inject(TaxData);
  private readonly fb = inject(FormBuilder);
  private readonly router = inject(Router);

  readonly id = input.required<string>();
  readonly year = input.required<string>();
  readonly quarter = input.required<string>();
  /** Route data: a correction of the submitted declaration (a new version) instead of a first one. */
  readonly correction = input<boolean>(false);

  protected readonly euros = euros;
  protected readonly day = day;
  protected readonly period = computed(() => taxPeriod(Number(this.year()), Number(this.quarter())));
  protected readonly detail = rxResource({ params: () => ({ id: this.id(), year: Number(this.year()) }), stream: ({ params }) => this.data.accommodation(params.id, params.year) });
  private readonly tariffs = rxResource({ stream: () => this.data.tariffs() });
  /** The draft to start from, when there is one. */
  private readonly draftId = computed(() => {
    if (!this.detail.hasValue()) return null;
    const p = this.detail.value().accommodation.periods.find((x) => x.quarter === Number(this.quarter()));
    if (this.correction()) return p?.state === 'SUBMITTED' ? p.declarationId : null;
    return p?.state === 'DRAFT' || (p?.state === 'LATE' && p.declarationId) ? p.declarationId : null;
  });
  private readonly draft = rxResource({ params: () => this.draftId() ?? undefined, stream: ({ params }) => this.data.declaration(params) });

  protected readonly form = this.fb.nonNullable.group({ noRental: false, lines: this.fb.nonNullable.array([this.newLine()]), note: '' });
  protected get lines(): FormArray {
    return this.form.controls.lines;
  }
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly labels = computed(() => Object.fromEntries((this.error()?.fields ?? []).map((f) => [f.field, fieldLabel(f.field)])));

  protected readonly category = computed(() => (this.detail.hasValue() ? (this.detail.value().accommodation.category as TaxCategory) : null));
  protected readonly unclassified = computed(() => this.category() === 'UNCLASSIFIED');

  private readonly prefilled = signal(false);
  /** The form is shown once the declaration it starts from is in it, so nothing typed is overwritten. */
  protected readonly ready = computed(() => this.draftId() === null || this.prefilled() || this.draft.error() !== undefined);

  constructor() {
    effect(() => {
      if (this.prefilled() || !this.draft.hasValue()) return;
      const d = this.draft.value();
      this.lines.clear();
      for (const l of d.lines) {
        this.lines.push(this.newLine({
          stays: l.stays, arrival: l.arrival ?? '', nights: l.nights, persons: l.persons, minors: l.exempted.MINOR, seasonal: l.exempted.SEASONAL_WORKER,
          emergency: l.exempted.EMERGENCY_HOUSING, price: l.nightlyPriceCents === null ? 0 : l.nightlyPriceCents / 100, platform: l.platformCollected,
        }));
      }
      if (d.lines.length === 0) this.lines.push(this.newLine());
      this.form.controls.noRental.setValue(d.noRental);
      this.prefilled.set(true);
    });
  }

  private newLine(v: Partial<{ stays: number; arrival: string; nights: number; persons: number; minors: number; seasonal: number; emergency: number; price: number; platform: boolean }> = {}) {
    return this.fb.nonNullable.group({
      stays: v.stays ?? 1, arrival: v.arrival ?? '', nights: v.nights ?? 1, persons: v.persons ?? 2, minors: v.minors ?? 0,
      seasonal: v.seasonal ?? 0, emergency: v.emergency ?? 0, price: v.price ?? 0, platform: v.platform ?? false,
    });
  }

  protected addLine(): void {
    this.lines.push(this.newLine());
  }

  protected removeLine(i: number): void {
    this.lines.removeAt(i);
  }

  /** The declaration as the API takes it, from the form. */
  private content(): DeclarationContent {
    this.value();
    const raw = this.form.getRawValue();
    const unclassified = this.unclassified();
    return {
      noRental: raw.noRental,
      lines: raw.noRental ? [] : raw.lines.map((l): DeclarationLine => ({
        stays: Number(l.stays), arrival: l.arrival || null, nights: Number(l.nights), persons: Number(l.persons),
        exempted: { MINOR: Number(l.minors), SEASONAL_WORKER: Number(l.seasonal), EMERGENCY_HOUSING: Number(l.emergency), RENT_BELOW_THRESHOLD: 0 },
        nightlyPriceCents: unclassified ? Math.round(Number(l.price) * 100) : null,
        platformCollected: l.platform,
      })),
    };
  }

  /** The figure the server will compute, computed here with the same engine. */
  protected readonly preview = computed(() => {
    const category = this.category();
    const view = this.tariffs.hasValue() ? this.tariffs.value().find((t) => t.year === this.period().year) : undefined;
    if (!category || !view || !this.detail.hasValue()) return null;
    const a = this.detail.value().accommodation;
    const valid = validateDeclaration(this.content(), { category, capacity: a.capacity, pitches: capacityInPitches(a.kind as AccommodationKind), period: this.period() });
    if (!valid.ok) return { ok: false as const };
    const tariffs = engineTariffs(view);
    const totals = computeDeclaration(valid.value, category, tariffs);
    if (a.basis !== 'FLAT_RATE') return { ok: true as const, totals, dueCents: totals.dueCents, flat: null };
    // The flat rate is owed on capacity and the nights open, whatever was sold (the server's figure).
    const period = this.period();
    const flat = calculateFlatRateTax({
      category, capacity: a.capacity, pitches: capacityInPitches(a.kind as AccommodationKind), openFrom: a.activeFrom, openTo: a.activeTo ?? `${period.year + 1}-12-31`,
      openingPeriods: a.openingPeriods.map((o) => ({ from: o.from, to: o.to })), periodFrom: period.from, periodTo: period.to,
    }, tariffs);
    return { ok: true as const, totals, dueCents: flat.ok ? flat.value.totalCents : 0, flat: flat.ok ? flat.value : null };
  });

  protected lineAmount(i: number): string | null {
    const p = this.preview();
    const line = p?.ok ? p.totals.lines[i] : undefined;
    if (!line) return null;
    if (line.platformCollected) return `Collectée par la plateforme (${euros(line.stays * line.breakdown.totalCents)}), rien à reverser`;
    const b = line.breakdown;
    const capped = b.capped ? ', plafond atteint' : '';
    return `${line.stays} × ${euros(b.perPersonNightCents)} × ${b.taxablePersons} pers. × ${b.nights} nuit${b.nights > 1 ? 's' : ''}${capped} = ${euros(line.dueCents)}`;
  }

  private input() {
    return { accommodationId: this.id(), year: this.period().year, quarter: this.period().quarter, ...this.content() };
  }

  protected saveDraft(): void {
    this.send('draft');
  }

  protected submit(): void {
    this.send(this.correction() ? 'correct' : 'submit');
  }

  private send(mode: 'draft' | 'submit' | 'correct'): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    const request =
      mode === 'draft' ? this.data.saveDraft(this.input())
      : mode === 'correct' ? this.data.correct({ ...this.input(), note: this.form.controls.note.value })
      : this.data.submit(this.input());
    request.pipe(finalize(() => this.saving.set(false))).subscribe({
      next: (d) => {
        if (mode !== 'draft') void this.router.navigate(['/taxe-de-sejour', this.id(), 'declaration', d.id], { state: { submitted: true } });
        else this.error.set(null);
      },
      error: (e: unknown) => this.error.set(toApiError(e)),
    });
  }
}
