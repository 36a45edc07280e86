import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { CLASSIFIED_CATEGORIES, TAX_CATEGORY_SHORT_LABELS, nationalBoundsFor, nationalBoundsLabel, validateTariffs, type ClassifiedCategory } from '@extranet/domain/tourist-tax';
import { finalize } from 'rxjs';
import { type ApiError, INVALID_INPUT_MESSAGE, toApiError } from '../shared/api-error';
import { ErrorSummary } from '../shared/error-summary';
import { TaxData, engineTariffs, type TaxTariffsView } from './tax-data';
import { euros } from './tax-format';

/**
 * `/taxe-de-sejour/tarifs` — the office edits a year's tariffs (communal share per person per night,
 * the proportional rate and its cap), checked against that year's national bounds here (the shared
 * domain rule) and again by the API.
 */
@Component({
  selector: 'app-tax-tariffs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary],
  template: `
    <p><a routerLink="/taxe-de-sejour/suivi">← Suivi des déclarations</a></p>
    <h1>Tarifs de la taxe de séjour</h1>
    @if (tariffs.hasValue()) {
      <p>
        Année\u00a0:
        @for (t of tariffs.value(); track t.year) {
          <button mat-button type="button" [attr.aria-pressed]="t.year === year()" (click)="select(t)">{{ t.year }}</button>
        }
        @if (isNew()) {
          <button mat-button type="button" aria-pressed="true">{{ year() }}</button>
        } @else if (nextYear(); as next) {
          <button mat-stroked-button type="button" (click)="prepare(next)">Préparer les tarifs {{ next }}</button>
        }
      </p>
      @if (isNew()) {
        <p role="status">Nouvelle année : les tarifs {{ (year() ?? 1) - 1 }} sont repris. Corrigez-les selon la délibération, puis enregistrez pour les publier.</p>
      }
      <p class="meta">Montants de l’agglomération, avant la taxe additionnelle départementale (10 %), par personne et par nuit, en euros.</p>
      <app-error-summary [error]="error()" [labels]="labels" />
      <form [formGroup]="form" (ngSubmit)="save()">
        <div class="grid" formGroupName="rates">
          @for (c of categories; track c) {
            <mat-form-field>
              <mat-label>{{ labels['rates.' + c] }}</mat-label>
              <input matInput type="number" step="0.01" min="0" [formControlName]="c" />
              <mat-hint>{{ boundsText(c) }}</mat-hint>
            </mat-form-field>
          }
        </div>
        <div class="grid">
          <mat-form-field>
            <mat-label>Taux des non classés (%)</mat-label>
            <input matInput type="number" step="0.1" formControlName="rate" />
          </mat-form-field>
          <mat-form-field>
            <mat-label>Plafond des non classés (€)</mat-label>
            <input matInput type="number" step="0.01" formControlName="cap" />
          </mat-form-field>
        </div>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ isNew() ? 'Publier' : 'Enregistrer' }} les tarifs {{ year() }}</button>
      </form>
    } @else {
      <p>Chargement…</p>
    }
  `,
  styles: `
    .grid { display: flex; flex-wrap: wrap; gap: 8px 16px; margin-block-end: 8px; }
    .grid mat-form-field { width: 260px; }
    .meta { color: var(--mat-sys-on-surface-variant); }
    button[aria-pressed='true'] { font-weight: 700; text-decoration: underline; }
  `,
})
export class TaxTariffs {
  private readonly data = inject(TaxData);
  private readonly fb = inject(FormBuilder);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly categories = CLASSIFIED_CATEGORIES;
  protected readonly labels: Record<string, string> = {
    ...Object.fromEntries(CLASSIFIED_CATEGORIES.map((c) => [`rates.${c}`, TAX_CATEGORY_SHORT_LABELS[c]])),
    proportionalBasisPoints: 'Taux des non classés',
    proportionalCapCents: 'Plafond des non classés',
  };
  protected readonly tariffs = rxResource({ stream: () => this.data.tariffs() });
  protected readonly year = signal<number | null>(null);
  private readonly selected = computed(() => (this.tariffs.hasValue() ? this.tariffs.value().find((t) => t.year === this.year()) ?? null : null));
  /** The latest year defined: a new year starts from its tariffs. */
  private readonly latest = computed(() => (this.tariffs.hasValue() ? this.tariffs.value().at(-1) ?? null : null));
  /** A year being prepared, not saved yet. */
  protected readonly isNew = computed(() => this.year() !== null && this.selected() === null);
  /**
   * The year after the latest one, while it is at most next calendar year (tariffs are deliberated
   * in the year before they apply); null otherwise.
   */
  protected readonly nextYear = computed(() => {
    const latest = this.latest();
    if (!latest) return null;
    return latest.year + 1 <= new Date().getFullYear() + 1 ? latest.year + 1 : null;
  });
  protected readonly form = this.fb.nonNullable.group({
    rates: this.fb.nonNullable.group(Object.fromEntries(CLASSIFIED_CATEGORIES.map((c) => [c, 0])) as Record<ClassifiedCategory, number>),
    rate: 5,
    cap: 0,
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    effect(() => {
      if (this.year() === null && this.tariffs.hasValue() && this.tariffs.value().length > 0) {
        this.select(this.tariffs.value()[this.tariffs.value().length - 1]!);
      }
    });
  }

  protected select(t: TaxTariffsView): void {
    this.year.set(t.year);
    this.error.set(null);
    this.form.setValue({
      rates: Object.fromEntries(t.rates.map((r) => [r.category, r.communalCents / 100])) as Record<ClassifiedCategory, number>,
      rate: t.proportionalBasisPoints / 100,
      cap: t.proportionalCapCents / 100,
    });
  }

  /** A new year, filled with the latest year's tariffs; saving publishes it. */
  protected prepare(year: number): void {
    const latest = this.latest();
    if (!latest) return;
    this.select(latest);
    this.year.set(year);
  }

  protected boundsText(c: ClassifiedCategory): string {
    const year = this.year();
    const found = year === null ? undefined : nationalBoundsFor(year);
    if (!found) return '';
    const [min, max] = found.bounds.rates[c];
    return `Limites ${nationalBoundsLabel(year!)}\u00a0: ${euros(min)} à ${euros(max)}`;
  }

  protected save(): void {
    const current = this.selected() ?? (this.isNew() ? this.latest() : null);
    if (!current || this.saving()) return;
    const v = this.form.getRawValue();
    const tariffs = {
      ...engineTariffs(current),
      year: this.year()!,
      rates: Object.fromEntries(CLASSIFIED_CATEGORIES.map((c) => [c, Math.round(Number(v.rates[c]) * 100)])) as Record<ClassifiedCategory, number>,
      proportionalBasisPoints: Math.round(Number(v.rate) * 100),
      proportionalCapCents: Math.round(Number(v.cap) * 100),
    };
    const checked = validateTariffs(tariffs);
    if (!checked.ok) {
      this.error.set({ code: 'BAD_USER_INPUT', message: INVALID_INPUT_MESSAGE, fields: checked.errors });
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.data
      .setTariffs({
        year: tariffs.year,
        rates: CLASSIFIED_CATEGORIES.map((category) => ({ category, communalCents: tariffs.rates[category] })),
        proportionalBasisPoints: tariffs.proportionalBasisPoints,
        proportionalCapCents: tariffs.proportionalCapCents,
        additionalRates: tariffs.additionalRates,
        rentThresholdCents: tariffs.rentThresholdCents,
        flatRateAllowancePercent: tariffs.flatRateAllowancePercent,
        version: this.isNew() ? null : current.version,
      })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (saved) => this.snackBar.open(`Tarifs ${saved.year} enregistrés.`, 'Fermer', { duration: 6000, politeness: 'polite' }),
        error: (e: unknown) => this.error.set(toApiError(e)),
      });
  }
}
