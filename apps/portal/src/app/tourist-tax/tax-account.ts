import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule } from '@angular/forms';
import { DatePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { COMMUNES } from '@extranet/domain/organisations';
import {
  ACCOMMODATION_KINDS, ACCOMMODATION_KIND_LABELS, CORRECTION_REQUEST_STATUS_LABELS, validateDeclineReason, type CorrectionProposal, STAR_CLASSIFIED_KINDS, TAX_BASES, TAX_BASIS_LABELS, parisDay, validateAccommodation, type AccommodationInput, type AccommodationKind, type AccommodationOpening, type TaxBasis,
} from '@extranet/domain/tourist-tax';
import { EMPTY, finalize, map, of } from 'rxjs';
import { type ApiError, INVALID_INPUT_MESSAGE, toApiError } from '../shared/api-error';
import { ErrorSummary } from '../shared/error-summary';
import { TaxData, type TaxAccommodationView } from './tax-data';
import { TaxOpeningPeriods } from './tax-opening-periods';

const LABELS: Record<string, string> = {
  name: 'Nom de l’hébergement', street: 'Adresse', communeCode: 'Commune', kind: 'Nature', stars: 'Classement', capacity: 'Capacité',
  registrationNumber: 'Numéro d’enregistrement', basis: 'Régime', activeFrom: 'En activité depuis le', activeTo: 'Fermé le', mergedId: 'Doublon à fusionner',
  organisationId: 'Partenaire', openingPeriods: 'Périodes d’ouverture', reason: 'Raison du refus', 'accommodation.id': 'Hébergement',
};

/**
 * `/taxe-de-sejour/compte/nouveau` (query: organisationId, organisationName, name, communeCode,
 * listingId — from the undeclared list) and `/taxe-de-sejour/compte/:accountId` — staff open,
 * edit or close (with its closing day) a tax account, and merge a duplicate of the same host into it
 * (its declarations and payments move here; the duplicate is deleted). Checked with the shared
 * domain rule here and again by the API.
 */
@Component({
  selector: 'app-tax-account',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, ReactiveFormsModule, TaxOpeningPeriods, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary],
  template: `
    <p><a routerLink="/taxe-de-sejour/suivi">← Suivi des déclarations</a></p>
    @if (isNew()) {
      <h1>Ouvrir un compte de taxe de séjour</h1>
      <p>Partenaire\u00a0: <strong>{{ organisationName() || 'inconnu' }}</strong></p>
    } @else if (account.hasValue()) {
      <h1>Compte\u00a0: {{ account.value()!.accommodation.name }}</h1>
      <p>Partenaire\u00a0: <strong>{{ account.value()!.accommodation.organisationName }}</strong> · <a [routerLink]="['/taxe-de-sejour', account.value()!.accommodation.id]">Déclarations et paiements</a></p>
    } @else if (account.error()) {
      <h1>Compte de taxe de séjour</h1>
      <p class="notice notice--error">Ce compte est introuvable.</p>
    } @else {
      <p>Chargement…</p>
    }
    @if (!isNew() && request.hasValue()) {
      @let r = request.value();
      <section aria-labelledby="request-heading" class="request">
        <h2 id="request-heading">Demande de correction de {{ r.requestedByName }}</h2>
        <p class="meta">Reçue le {{ r.createdAt | date: 'longDate' }} · {{ requestStatusLabels[r.status] }}</p>
        <p class="message">{{ r.message }}</p>
        @if (r.changes.length > 0) {
          <ul>
            @for (c of r.changes; track c.field) { <li>{{ c.label }}\u00a0: {{ c.current }} → <strong>{{ c.proposed }}</strong></li> }
          </ul>
        }
        @if (r.status === 'PENDING') {
          <p>Les valeurs proposées sont reportées dans le formulaire ci-dessous\u00a0: vérifiez-les, ajustez-les, puis acceptez (le compte est enregistré et l’hébergeur prévenu par courriel), ou refusez en donnant la raison.</p>
        } @else if (r.decisionReason) {
          <p>Raison du refus\u00a0: {{ r.decisionReason }}</p>
        }
      </section>
    }
    @if (isNew() || account.hasValue()) {
      <app-error-summary [error]="error()" [labels]="labels" />
      <form [formGroup]="form" (ngSubmit)="save()">
        <div class="grid">
          <mat-form-field><mat-label>{{ labels['name'] }}</mat-label><input matInput formControlName="name" required /></mat-form-field>
          <mat-form-field><mat-label>{{ labels['street'] }}</mat-label><input matInput formControlName="street" /></mat-form-field>
          <mat-form-field>
            <mat-label>{{ labels['communeCode'] }}</mat-label>
            <mat-select formControlName="communeCode" required>
              @for (c of communes; track c.code) { <mat-option [value]="c.code">{{ c.name }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ labels['kind'] }}</mat-label>
            <mat-select formControlName="kind" required>
              @for (k of kinds; track k) { <mat-option [value]="k">{{ kindLabels[k] }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ labels['stars'] }}</mat-label>
            <mat-select formControlName="stars">
              <mat-option [value]="0">Non classé</mat-option>
              @if (starred()) { @for (n of [1, 2, 3, 4, 5]; track n) { <mat-option [value]="n">{{ n }} étoile{{ n > 1 ? 's' : '' }}</mat-option> } }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ labels['capacity'] }}</mat-label>
            <input matInput type="number" min="1" formControlName="capacity" required />
            <mat-hint>{{ pitches() ? 'Emplacements (3 personnes chacun)' : 'Lits' }}</mat-hint>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ labels['registrationNumber'] }}</mat-label>
            <input matInput formControlName="registrationNumber" />
            <mat-hint>Meublés de tourisme\u00a0: 13 caractères</mat-hint>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ labels['basis'] }}</mat-label>
            <mat-select formControlName="basis">
              @for (b of bases; track b) { <mat-option [value]="b">{{ basisLabels[b] }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field><mat-label>{{ labels['activeFrom'] }}</mat-label><input matInput type="date" formControlName="activeFrom" required /></mat-form-field>
          <mat-form-field>
            <mat-label>{{ labels['activeTo'] }}</mat-label>
            <input matInput type="date" formControlName="activeTo" />
            <mat-hint>Pour fermer le compte\u00a0: son dernier jour d’activité</mat-hint>
          </mat-form-field>
        </div>
        @if (flatRate()) {
          <app-tax-opening-periods [(periods)]="openingPeriods" />
        }
        <button mat-flat-button type="submit" [disabled]="saving()">{{ isNew() ? 'Ouvrir le compte' : pendingRequest() ? 'Accepter la demande et enregistrer' : 'Enregistrer' }}</button>
      </form>
      @if (pendingRequest()) {
        <section aria-labelledby="decline-heading">
          <h2 id="decline-heading">Refuser la demande</h2>
          <mat-form-field class="reason">
            <mat-label>{{ labels['reason'] }}</mat-label>
            <textarea matInput rows="3" [formControl]="reason"></textarea>
            <mat-hint>L’hébergeur la lit dans le courriel et sur la page de son hébergement.</mat-hint>
          </mat-form-field>
          <button mat-stroked-button type="button" (click)="decline()" [disabled]="saving()">Refuser la demande</button>
        </section>
      }
    }
    @if (!isNew() && account.hasValue()) {
      <section aria-labelledby="merge-heading">
        <h2 id="merge-heading">Fusionner un doublon</h2>
        @if (duplicates().length === 0) {
          <p>Ce partenaire n’a pas d’autre compte.</p>
        } @else {
          <p>Les déclarations, paiements et relances du doublon passent sur ce compte, puis le doublon est supprimé. Refusé si les deux comptes ont déclaré la même période.</p>
          <mat-form-field>
            <mat-label>{{ labels['mergedId'] }}</mat-label>
            <mat-select [value]="mergedId()" (valueChange)="mergedId.set($event)">
              @for (d of duplicates(); track d.id) { <mat-option [value]="d.id">{{ d.name }} — {{ d.communeName }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <button mat-stroked-button type="button" (click)="merge()" [disabled]="!mergedId() || saving()">Fusionner dans ce compte</button>
        }
      </section>
    }
  `,
  styles: `
    .grid { display: flex; flex-wrap: wrap; gap: 8px 16px; margin-block-end: 8px; }
    .grid mat-form-field { width: 280px; }
    section { margin-block: 32px; }
    .request { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; max-width: 80ch; padding: 0 16px 8px; }
    .meta { color: var(--mat-sys-on-surface-variant); }
    .message { white-space: pre-line; }
    .reason { display: block; width: min(640px, 100%); }
  `,
})
export class TaxAccount {
  private readonly data = inject(TaxData);
  private readonly fb = inject(FormBuilder);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly query = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });
  readonly accountId = input<string | undefined>(undefined);

  protected readonly labels = LABELS;
  protected readonly communes = COMMUNES;
  protected readonly kinds = ACCOMMODATION_KINDS;
  protected readonly kindLabels = ACCOMMODATION_KIND_LABELS;
  protected readonly bases = TAX_BASES;
  protected readonly basisLabels = TAX_BASIS_LABELS;
  protected readonly isNew = computed(() => !this.accountId());
  protected readonly organisationName = computed(() => this.query().get('organisationName') ?? '');
  protected readonly account = rxResource({
    params: () => this.accountId(),
    stream: ({ params }) => (params ? this.data.accommodation(params, Number(parisDay(new Date()).slice(0, 4))) : EMPTY),
  });
  private readonly siblings = rxResource({
    params: () => (this.account.hasValue() ? this.account.value()!.accommodation.organisationId : null),
    stream: ({ params }) => (params ? this.data.accommodations(params) : of([] as TaxAccommodationView[])),
  });
  /** `?demande=` — an owner's correction request to answer from this page. */
  protected readonly request = rxResource({
    params: () => (this.accountId() ? this.query().get('demande') : null) || undefined,
    stream: ({ params }) => this.data.correctionRequest(params),
  });
  protected readonly pendingRequest = computed(() => (this.request.hasValue() && this.request.value().status === 'PENDING' ? this.request.value() : null));
  protected readonly requestStatusLabels: Record<string, string> = CORRECTION_REQUEST_STATUS_LABELS;
  protected readonly reason = new FormControl('', { nonNullable: true });
  protected readonly duplicates = computed(() => (this.siblings.hasValue() ? this.siblings.value().filter((a) => a.id !== this.accountId()) : []));
  protected readonly mergedId = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly form = this.fb.nonNullable.group({
    name: '', street: '', communeCode: '', kind: 'HOTEL' as AccommodationKind, stars: 0, capacity: 1, registrationNumber: '', basis: 'PER_NIGHT' as TaxBasis,
    activeFrom: parisDay(new Date()), activeTo: '',
  });
  private readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  protected readonly starred = computed(() => STAR_CLASSIFIED_KINDS.includes(this.kind()));
  private readonly basis = toSignal(this.form.controls.basis.valueChanges, { initialValue: this.form.controls.basis.value });
  protected readonly flatRate = computed(() => this.basis() === 'FLAT_RATE');
  /** Flat-rate basis: the days open, edited beside the form. */
  protected readonly openingPeriods = signal<AccommodationOpening[]>([]);
  protected readonly pitches = computed(() => ['CAMPSITE', 'MOTORHOME_AREA'].includes(this.kind()));

  constructor() {
    effect(() => {
      if (!this.isNew()) return;
      const q = this.query();
      this.form.patchValue({ name: q.get('name') ?? '', communeCode: q.get('communeCode') ?? '' });
    });
    effect(() => {
      if (!this.account.hasValue()) return;
      const a = this.account.value()!.accommodation;
      // A pending request's proposed values over the register's, for staff to check before accepting.
      const request = this.pendingRequest();
      const p: CorrectionProposal = request && request.accommodationId === a.id ? (request.proposed as CorrectionProposal) : {};
      const v = { ...a, ...p };
      this.form.setValue({
        name: v.name, street: v.street, communeCode: v.communeCode, kind: v.kind as AccommodationKind, stars: v.stars ?? 0, capacity: v.capacity, registrationNumber: v.registrationNumber ?? '',
        basis: a.basis, activeFrom: v.activeFrom, activeTo: v.activeTo ?? '',
      });
      this.openingPeriods.set((v.openingPeriods ?? []).map((o) => ({ from: o.from, to: o.to })));
    });
  }

  private input(): AccommodationInput {
    const v = this.form.getRawValue();
    return {
      name: v.name, street: v.street, communeCode: v.communeCode, kind: v.kind, stars: this.starred() && v.stars > 0 ? Number(v.stars) : null, capacity: Number(v.capacity),
      registrationNumber: v.registrationNumber.trim() || null, basis: v.basis, activeFrom: v.activeFrom, activeTo: v.activeTo || null,
      openingPeriods: v.basis === 'FLAT_RATE' ? this.openingPeriods() : [],
    };
  }

  protected save(): void {
    if (this.saving()) return;
    const checked = validateAccommodation(this.input());
    if (!checked.ok) {
      this.error.set({ code: 'BAD_USER_INPUT', message: INVALID_INPUT_MESSAGE, fields: checked.errors });
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    const values = checked.value;
    const listingId = this.query().get('listingId');
    const pending = this.pendingRequest();
    const edit = () => ({ ...values, id: this.accountId()!, version: this.account.value()!.accommodation.version, listingId: this.account.value()!.accommodation.listingId ?? null });
    const request = this.isNew()
      ? this.data.createAccommodation({ ...values, organisationId: this.query().get('organisationId') ?? '', listingId: listingId || null })
      : pending
        ? this.data.acceptCorrection({ requestId: pending.id, requestVersion: pending.version, accommodation: edit() }).pipe(map(() => ({ ...values, id: this.accountId()! })))
        : this.data.updateAccommodation(edit());
    request.pipe(finalize(() => this.saving.set(false))).subscribe({
      next: (saved) => {
        const message = this.isNew() ? `Compte ouvert\u00a0: ${saved.name}.` : pending ? `Demande acceptée, compte enregistré\u00a0: ${saved.name}. L’hébergeur est prévenu par courriel.` : `Compte enregistré\u00a0: ${saved.name}.`;
        this.snackBar.open(message, 'Fermer', { duration: 6000, politeness: 'polite' });
        if (this.isNew()) void this.router.navigate(['/taxe-de-sejour/compte', saved.id]);
      },
      error: (e: unknown) => this.error.set(toApiError(e)),
    });
  }

  protected decline(): void {
    const pending = this.pendingRequest();
    if (!pending || this.saving()) return;
    const checked = validateDeclineReason(this.reason.value);
    if (!checked.ok) {
      this.error.set({ code: 'BAD_USER_INPUT', message: INVALID_INPUT_MESSAGE, fields: checked.errors });
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.data
      .declineCorrection({ requestId: pending.id, requestVersion: pending.version, reason: checked.value })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: () => {
          this.reason.setValue('');
          this.snackBar.open('Demande refusée\u00a0; l’hébergeur est prévenu par courriel.', 'Fermer', { duration: 6000, politeness: 'polite' });
        },
        error: (e: unknown) => this.error.set(toApiError(e)),
      });
  }

  protected merge(): void {
    const kept = this.account.hasValue() ? this.account.value()!.accommodation : null;
    const merged = this.duplicates().find((d) => d.id === this.mergedId());
    if (!kept || !merged || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    this.data
      .mergeAccommodations({ keptId: kept.id, keptVersion: kept.version, mergedId: merged.id, mergedVersion: merged.version })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: () => {
          this.mergedId.set(null);
          this.snackBar.open(`«\u00a0${merged.name}\u00a0» fusionné dans ce compte.`, 'Fermer', { duration: 6000, politeness: 'polite' });
        },
        error: (e: unknown) => this.error.set(toApiError(e)),
      });
  }
}
