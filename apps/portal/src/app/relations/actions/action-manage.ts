import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { PARTNER_CATEGORIES, type OrganisationCategory } from '@extranet/domain/organisations';
import { ACTION_KIND_LABELS, ACTION_KINDS, ACTION_STATUS_LABELS, REGISTRATION_STATUS_LABELS, validateAction, type ActionKind } from '@extranet/domain/relations';
import { type ApiError, toApiError } from '../../shared/api-error';
import { ErrorSummary } from '../../shared/error-summary';
import { FormSubmission } from '../../shared/form-submission';
import { RelationsData } from '../relations-data';
import { CATEGORY_LABELS, euros, frenchDate, frenchDay } from '../relations-format';
import type { ManagedPromotionActionsQuery, PromotionActionRegistrationsQuery } from '../relations.generated';
import { TableScroll } from '../../shared/table-scroll';
import { CountPipe } from '../../shared/plural';

type Rows = PromotionActionRegistrationsQuery['promotionActionRegistrations'];
type ManagedAction = ManagedPromotionActionsQuery['managedPromotionActions'][number];

/** `/actions/gestion` — staff create and open actions, follow registrations, export them, close actions. */
@Component({
  selector: 'app-action-manage',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary, TableScroll, CountPipe],
  template: `
    <p><a routerLink="/actions">← Actions de promotion</a></p>
    <h1>Gérer les actions de promotion</h1>
    @if (actionError(); as e) {
      <p class="notice notice--error" role="alert">{{ e.message }}</p>
    }
    <section aria-labelledby="list-title">
      <h2 id="list-title">Actions</h2>
      @if (list.hasValue()) {
        <ul class="actions" role="list">
          @for (action of list.value(); track action.id) {
            <li>
              <h3>{{ action.title }}</h3>
              <p>{{ statusLabels[action.status] }} · {{ frenchDay(action.startsOn) }} · {{ action.registered | count: 'inscrit' }} sur {{ action.places | count: 'place' }} · {{ action.waiting }} en attente · {{ euros(action.partnerCostCents) }}</p>
              <div class="buttons">
                @if (action.status === 'DRAFT') {
                  <button mat-flat-button type="button" (click)="open(action.id, action.version)">Ouvrir les inscriptions<span class="visually-hidden">&nbsp;: {{ action.title }}</span></button>
                }
                @if (action.status === 'OPEN') {
                  <button mat-stroked-button type="button" (click)="close(action.id, action.version)">Clore<span class="visually-hidden"> {{ action.title }}</span></button>
                }
                @if (action.status !== 'CLOSED') {
                  <button mat-button type="button" (click)="edit(action)">Modifier<span class="visually-hidden">&nbsp;: {{ action.title }}</span></button>
                }
                <button mat-button type="button" (click)="show(action.id)" [attr.aria-expanded]="shown() === action.id">Voir les inscriptions<span class="visually-hidden">&nbsp;: {{ action.title }}</span></button>
                <a mat-button [href]="exportUrl(action.id)" download>Exporter (XLSX)<span class="visually-hidden">&nbsp;: {{ action.title }}</span></a>
              </div>
              @if (shown() === action.id && rows(); as rows) {
                <div [appTableScroll]="'Inscriptions à ' + action.title">
                  <table>
                    <caption>Inscriptions à {{ action.title }}</caption>
                    <thead><tr><th scope="col">Organisation</th><th scope="col">Commune</th><th scope="col">Statut</th><th scope="col">Inscrite le</th></tr></thead>
                    <tbody>
                      @for (r of rows; track r.id) {
                        <tr><td>{{ r.organisationName }}</td><td>{{ r.communeName }}</td><td>{{ registrationLabels[r.status] }}{{ r.waitingPosition ? ' (rang ' + r.waitingPosition + ')' : '' }}</td><td>{{ frenchDate(r.queuedAt) }}</td></tr>
                      } @empty {
                        <tr><td colspan="4">Aucune inscription.</td></tr>
                      }
                    </tbody>
                  </table>
                </div>
              }
            </li>
          }
        </ul>
      }
    </section>

    <section aria-labelledby="new-title">
      <h2 id="new-title" tabindex="-1" #formTitle>{{ editing() ? 'Modifier «\u00a0' + editing()!.title + '\u00a0»' : 'Nouvelle action' }}</h2>
      @if (editing()?.status === 'OPEN') {
        <p>Les inscriptions sont ouvertes&nbsp;: les inscrits gardent leur place, et des places ajoutées vont d’abord à la liste d’attente.</p>
      }
      <app-error-summary [error]="submission.error()" [labels]="labels" />
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-form-field><mat-label>Titre</mat-label><input matInput formControlName="title" required /></mat-form-field>
        <mat-form-field>
          <mat-label>Type</mat-label>
          <mat-select formControlName="kind">
            @for (k of kinds; track k) { <mat-option [value]="k">{{ kindLabels[k] }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field><mat-label>Description (Markdown)</mat-label><textarea matInput formControlName="description" rows="4" required></textarea></mat-form-field>
        <mat-form-field><mat-label>Lieu</mat-label><input matInput formControlName="place" required /></mat-form-field>
        <div class="row">
          <mat-form-field><mat-label>Début</mat-label><input matInput type="date" formControlName="startsOn" required /></mat-form-field>
          <mat-form-field><mat-label>Fin</mat-label><input matInput type="date" formControlName="endsOn" required /></mat-form-field>
          <mat-form-field><mat-label>Date limite d’inscription</mat-label><input matInput type="date" formControlName="registrationDeadline" required /></mat-form-field>
        </div>
        <div class="row">
          <mat-form-field><mat-label>Nombre de places</mat-label><input matInput type="number" min="1" formControlName="places" required /></mat-form-field>
          <mat-form-field><mat-label>Participation (€, vide si gratuit)</mat-label><input matInput inputmode="decimal" formControlName="cost" /></mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>Ouverte aux catégories (aucune&nbsp;: tous)</mat-label>
          <mat-select formControlName="categories" multiple>
            @for (c of partnerCategories; track c) { <mat-option [value]="c">{{ categoryLabels[c] }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="submission.submitting()">{{ editing() ? 'Enregistrer les modifications' : 'Enregistrer le brouillon' }}</button>
          @if (editing()) {
            <button mat-button type="button" (click)="cancelEdit()">Annuler la modification</button>
          }
        </div>
        <p aria-live="polite">{{ saved() }}</p>
      </form>
    </section>
  `,
  styles: `
    .actions { list-style: none; padding: 0; display: grid; gap: 12px; }
    .actions > li { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: 4px 16px 12px; min-width: 0; }
    h3 { font: var(--mat-sys-title-medium); }
    .buttons { display: flex; flex-wrap: wrap; gap: 8px; }
    table { border-collapse: collapse; width: 100%; margin-top: 8px; }
    caption { text-align: start; font-weight: 600; }
    th, td { text-align: start; padding: 6px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    form { display: grid; grid-template-columns: minmax(0, 1fr); max-width: 48rem; }
    .row { display: flex; flex-wrap: wrap; gap: 0 16px; }
    .row > * { flex: 1 1 12rem; min-width: 0; }
  `,
})
export class ActionManage {
  private readonly data = inject(RelationsData);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly kinds = ACTION_KINDS;
  protected readonly kindLabels = ACTION_KIND_LABELS;
  protected readonly statusLabels = ACTION_STATUS_LABELS;
  protected readonly registrationLabels = REGISTRATION_STATUS_LABELS;
  protected readonly partnerCategories = PARTNER_CATEGORIES;
  protected readonly categoryLabels = CATEGORY_LABELS;
  protected readonly frenchDay = frenchDay;
  protected readonly frenchDate = frenchDate;
  protected readonly euros = euros;
  protected readonly labels = { title: 'Titre', kind: 'Type', description: 'Description', place: 'Lieu', startsOn: 'Début', endsOn: 'Fin', registrationDeadline: 'Date limite', places: 'Places', partnerCostCents: 'Participation', categories: 'Catégories' };
  protected readonly list = rxResource({ stream: () => this.data.managedActions() });
  protected readonly shown = signal<string | null>(null);
  protected readonly rows = signal<Rows | null>(null);
  protected readonly saved = signal('');
  protected readonly actionError = signal<ApiError | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [''], kind: ['TRADE_SHOW' as ActionKind], description: [''], place: [''], startsOn: [''], endsOn: [''], registrationDeadline: [''],
    places: [1], cost: [''], categories: [[] as OrganisationCategory[]],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  /** The draft or open action being changed; null while writing a new one. */
  protected readonly editing = signal<{ id: string; version: number; title: string; status: string } | null>(null);
  private readonly formTitle = viewChild.required<ElementRef<HTMLElement>>('formTitle');

  /** Loads an action into the form, and moves the focus there. */
  protected edit(action: ManagedAction): void {
    this.saved.set('');
    this.submission.error.set(null);
    this.editing.set({ id: action.id, version: action.version, title: action.title, status: action.status });
    this.form.setValue({
      title: action.title, kind: action.kind, description: action.description, place: action.place,
      startsOn: action.startsOn, endsOn: action.endsOn, registrationDeadline: action.registrationDeadline, places: action.places,
      cost: action.partnerCostCents == null ? '' : (action.partnerCostCents / 100).toFixed(2).replace('.', ','),
      categories: [...action.categories],
    });
    this.formTitle().nativeElement.focus();
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.form.reset();
    this.submission.error.set(null);
  }

  protected exportUrl(id: string): string {
    return this.data.exportUrl(id);
  }

  protected show(id: string): void {
    if (this.shown() === id) {
      this.shown.set(null);
      return;
    }
    this.shown.set(id);
    this.rows.set(null);
    this.data.actionRegistrations(id).subscribe({ next: (rows) => this.rows.set(rows), error: (e: unknown) => this.actionError.set(toApiError(e)) });
  }

  protected open(id: string, version: number): void {
    this.data.openAction(id, version).subscribe({ next: () => this.list.reload(), error: (e: unknown) => this.actionError.set(toApiError(e)) });
  }

  protected close(id: string, version: number): void {
    this.data.closeAction(id, version).subscribe({ next: () => this.list.reload(), error: (e: unknown) => this.actionError.set(toApiError(e)) });
  }

  protected save(): void {
    const v = this.form.getRawValue();
    const cost = v.cost.trim() === '' ? null : Math.round(Number(v.cost.replace(',', '.')) * 100);
    const input = { title: v.title, kind: v.kind, description: v.description, place: v.place, startsOn: v.startsOn, endsOn: v.endsOn, registrationDeadline: v.registrationDeadline, places: Number(v.places), partnerCostCents: Number.isNaN(cost) ? -1 : cost, categories: v.categories };
    const checked = validateAction(input);
    if (!checked.ok) {
      this.submission.reject({ code: 'BAD_USER_INPUT', message: 'Certains champs sont à corriger.', fields: checked.errors });
      return;
    }
    if (!this.submission.canSend()) return;
    const e = this.editing();
    this.submission.send(this.data.saveAction(e ? { ...input, id: e.id, version: e.version } : input), () => {
      this.saved.set(e ? 'Modifications enregistrées.' : 'Action enregistrée en brouillon\u00a0: ouvrez les inscriptions quand elle est prête.');
      this.editing.set(null);
      this.form.reset();
      this.list.reload();
    });
  }
}
