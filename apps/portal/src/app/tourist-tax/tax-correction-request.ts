import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { COMMUNES } from '@extranet/domain/organisations';
import {
  ACCOMMODATION_KINDS, ACCOMMODATION_KIND_LABELS, CORRECTABLE_FIELDS, CORRECTABLE_FIELD_LABELS, CORRECTION_REQUEST_LIMITS, parisDay, validateCorrectionRequest,
  type AccommodationKind, type AccommodationOpening, type CorrectableField, type CorrectionProposal, type TaxBasis,
} from '@extranet/domain/tourist-tax';
import { finalize } from 'rxjs';
import { type ApiError, INVALID_INPUT_MESSAGE, toApiError } from '../shared/api-error';
import { ErrorSummary } from '../shared/error-summary';
import { Flash } from '../shared/flash';
import { TaxData } from './tax-data';
import { TaxOpeningPeriods } from './tax-opening-periods';

const LABELS: Record<string, string> = {
  message: 'Votre message', fields: 'Informations à corriger',
  ...Object.fromEntries(CORRECTABLE_FIELDS.map((f) => [`proposed.${f}`, `${CORRECTABLE_FIELD_LABELS[f]} (valeur proposée)`])),
};

/**
 * `/taxe-de-sejour/:id/demande-de-correction` — the owner asks the office to correct the register's
 * data of its accommodation: a message, the information it thinks is wrong and the right value.
 * Checked here with the domain's rule, again by the API; the office answers by e-mail.
 */
@Component({
  selector: 'app-tax-correction-request',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ReactiveFormsModule, TaxOpeningPeriods, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary],
  template: `
    <p><a [routerLink]="['/taxe-de-sejour', id()]">← Retour à l’hébergement</a></p>
    <h1>Demander une correction</h1>
    @if (detail.hasValue()) {
      @let a = detail.value().accommodation;
      <p class="meta">{{ a.name }} · {{ a.kindLabel }} · {{ a.communeName }}</p>
      <p>
        Une information du registre de la taxe de séjour est fausse ou a changé (capacité, classement, adresse, numéro d’enregistrement,
        dates d’activité)\u00a0? Dites-le à l’office\u00a0: il vérifie, corrige le registre et vous répond par courriel.
      </p>
      <app-error-summary [error]="error()" [labels]="labels" />
      <form [formGroup]="form" (ngSubmit)="send()">
        <fieldset>
          <legend>Informations à corriger (facultatif)</legend>
          <div class="fields">
            @for (f of fieldNames(); track f) {
              <mat-checkbox [checked]="chosen().includes(f)" (change)="toggle(f, $event.checked)">{{ fieldLabels[f] }}</mat-checkbox>
            }
          </div>
        </fieldset>
        @if (chosen().length > 0) {
          <div class="grid">
            @for (f of chosen(); track f) {
              @switch (f) {
                @case ('communeCode') {
                  <mat-form-field>
                    <mat-label>{{ labels['proposed.communeCode'] }}</mat-label>
                    <mat-select formControlName="communeCode">
                      @for (c of communes; track c.code) { <mat-option [value]="c.code">{{ c.name }}</mat-option> }
                    </mat-select>
                  </mat-form-field>
                }
                @case ('kind') {
                  <mat-form-field>
                    <mat-label>{{ labels['proposed.kind'] }}</mat-label>
                    <mat-select formControlName="kind">
                      @for (k of kinds; track k) { <mat-option [value]="k">{{ kindLabels[k] }}</mat-option> }
                    </mat-select>
                  </mat-form-field>
                }
                @case ('stars') {
                  <mat-form-field>
                    <mat-label>{{ labels['proposed.stars'] }}</mat-label>
                    <mat-select formControlName="stars">
                      <mat-option [value]="0">Non classé</mat-option>
                      @for (n of [1, 2, 3, 4, 5]; track n) { <mat-option [value]="n">{{ n }} étoile{{ n > 1 ? 's' : '' }}</mat-option> }
                    </mat-select>
                  </mat-form-field>
                }
                @case ('capacity') {
                  <mat-form-field>
                    <mat-label>{{ labels['proposed.capacity'] }}</mat-label>
                    <input matInput type="number" min="1" formControlName="capacity" />
                    <mat-hint>{{ a.capacityInPitches ? 'Emplacements' : 'Lits' }}</mat-hint>
                  </mat-form-field>
                }
                @case ('activeFrom') {
                  <mat-form-field><mat-label>{{ labels['proposed.activeFrom'] }}</mat-label><input matInput type="date" formControlName="activeFrom" /></mat-form-field>
                }
                @case ('activeTo') {
                  <mat-form-field>
                    <mat-label>{{ labels['proposed.activeTo'] }}</mat-label>
                    <input matInput type="date" formControlName="activeTo" />
                    <mat-hint>Dernier jour d’activité, si vous arrêtez</mat-hint>
                  </mat-form-field>
                }
                @case ('openingPeriods') {
                  <app-tax-opening-periods [(periods)]="openingPeriods" legend="Périodes d’ouverture (valeur proposée)" />
                }
                @default {
                  <mat-form-field><mat-label>{{ labels['proposed.' + f] }}</mat-label><input matInput [formControlName]="f" /></mat-form-field>
                }
              }
            }
          </div>
        }
        <mat-form-field class="message">
          <mat-label>{{ labels['message'] }}</mat-label>
          <textarea matInput formControlName="message" rows="4" required [attr.maxlength]="limits.message.max"></textarea>
          <mat-hint>Ce qui est faux et pourquoi (par exemple\u00a0: la date de votre arrêté de classement).</mat-hint>
        </mat-form-field>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="saving()">Envoyer la demande à l’office</button>
        </div>
      </form>
    } @else if (detail.error()) {
      <p class="notice notice--error">Cet hébergement est introuvable.</p>
    } @else {
      <p>Chargement…</p>
    }
  `,
  styles: `
    .meta { color: var(--mat-sys-on-surface-variant); }
    fieldset { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; margin-block: 16px; padding: 8px 16px; }
    .fields { display: flex; flex-wrap: wrap; gap: 0 16px; }
    .grid { display: flex; flex-wrap: wrap; gap: 8px 16px; margin-block: 8px; }
    .grid mat-form-field { width: 280px; }
    .message { display: block; width: min(640px, 100%); }
    .actions { margin-block: 16px; }
  `,
})
export class TaxCorrectionRequestPage {
  private readonly data = inject(TaxData);
  private readonly fb = inject(FormBuilder);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);

  readonly id = input.required<string>();

  protected readonly labels = LABELS;
  /** Opening periods only matter on the flat-rate basis. */
  protected readonly fieldNames = computed(() => CORRECTABLE_FIELDS.filter((f) => f !== 'openingPeriods' || this.current()?.basis === 'FLAT_RATE'));
  protected readonly openingPeriods = signal<AccommodationOpening[]>([]);
  protected readonly fieldLabels = CORRECTABLE_FIELD_LABELS;
  protected readonly communes = COMMUNES;
  protected readonly kinds = ACCOMMODATION_KINDS;
  protected readonly kindLabels = ACCOMMODATION_KIND_LABELS;
  protected readonly limits = CORRECTION_REQUEST_LIMITS;
  protected readonly detail = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.accommodation(params, Number(parisDay(new Date()).slice(0, 4))) });
  protected readonly chosen = signal<CorrectableField[]>([]);
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly form = this.fb.nonNullable.group({
    message: '', name: '', street: '', communeCode: '', kind: 'HOTEL' as AccommodationKind, stars: 0, capacity: 1, registrationNumber: '', activeFrom: '', activeTo: '',
  });
  private readonly current = computed(() => {
    if (!this.detail.hasValue()) return null;
    const a = this.detail.value().accommodation;
    return {
      name: a.name, street: a.street, communeCode: a.communeCode, kind: a.kind as AccommodationKind, stars: a.stars ?? null, capacity: a.capacity,
      registrationNumber: a.registrationNumber ?? null, basis: a.basis as TaxBasis, activeFrom: a.activeFrom, activeTo: a.activeTo ?? null,
      openingPeriods: a.openingPeriods.map((o) => ({ from: o.from, to: o.to })),
    };
  });
  private readonly prefilled = signal(false);
  private readonly value = toSignal(this.form.valueChanges);

  constructor() {
    effect(() => {
      const c = this.current();
      if (!c || this.prefilled()) return;
      const { openingPeriods, ...values } = c;
      this.form.patchValue({ ...values, stars: c.stars ?? 0, registrationNumber: c.registrationNumber ?? '', activeTo: c.activeTo ?? '' });
      this.openingPeriods.set(openingPeriods);
      this.prefilled.set(true);
    });
  }

  protected toggle(field: CorrectableField, checked: boolean): void {
    this.chosen.update((list) => (checked ? CORRECTABLE_FIELDS.filter((f) => f === field || list.includes(f)) : list.filter((f) => f !== field)));
  }

  private proposal(): CorrectionProposal {
    this.value();
    const v = this.form.getRawValue();
    const all: CorrectionProposal = {
      name: v.name, street: v.street, communeCode: v.communeCode, kind: v.kind, stars: Number(v.stars) > 0 ? Number(v.stars) : null, capacity: Number(v.capacity),
      registrationNumber: v.registrationNumber.trim() || null, activeFrom: v.activeFrom, activeTo: v.activeTo || null, openingPeriods: this.openingPeriods(),
    };
    return Object.fromEntries(this.chosen().map((f) => [f, all[f]])) as CorrectionProposal;
  }

  protected send(): void {
    const current = this.current();
    if (!current || this.saving()) return;
    const input = { message: this.form.controls.message.value, fields: this.chosen(), proposed: this.proposal() };
    const checked = validateCorrectionRequest(input, current);
    if (!checked.ok) {
      this.error.set({ code: 'BAD_USER_INPUT', message: INVALID_INPUT_MESSAGE, fields: checked.errors });
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.data
      .requestCorrection({ accommodationId: this.id(), ...checked.value, fields: [...checked.value.fields] })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: () => {
          this.flash.next('Demande envoyée à l’office\u00a0: vous recevrez sa réponse par courriel.');
          void this.router.navigate(['/taxe-de-sejour', this.id()]);
        },
        error: (e: unknown) => this.error.set(toApiError(e)),
      });
  }
}
