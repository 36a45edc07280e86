import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CATEGORY_LABELS, PARTNER_CATEGORIES, type OrganisationCategory } from '@extranet/domain/organisations';
import { VAT_RATES_BP, centsToInput, parseEuros } from '@extranet/domain/packs';
import { toApiError } from '../shared/api-error';
import { ErrorSummary } from '../shared/error-summary';
import { FormActions } from '../shared/form-actions';
import { FormSubmission } from '../shared/form-submission';
import { type CatalogueItemView, PacksData } from './packs-data';
import { euros, inclVat, vatRate } from './packs-format';

/** `/packs/catalogue` — the office's packs and options per year (create, edit, archive, order) and the terms of sale. */
@Component({
  selector: 'app-staff-catalogue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary, FormActions],
  template: `
    <h1>Catalogue des packs</h1>
    <mat-form-field>
      <mat-label>Année</mat-label>
      <mat-select [ngModel]="year()" (ngModelChange)="year.set($event)">
        @for (y of years; track y) {
          <mat-option [value]="y">{{ y }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    @if (items.error()) {
      <p class="notice notice--error">Le catalogue n’a pas pu être chargé.</p>
    } @else if (items.hasValue()) {
      @for (group of groups(); track group.kind) {
        <h2>{{ group.title }}</h2>
        @if (group.items.length === 0) {
          <p>Aucun élément pour {{ year() }}.</p>
        }
        <ol class="items">
          @for (item of group.items; track item.id; let i = $index, last = $last) {
            <li [class.archived]="item.archived">
              <div>
                <strong>{{ item.name }}</strong> — {{ euros(item.priceExclCents) }} HT ({{ inclVat(item) }} TTC, TVA {{ vatRate(item.vatRateBp) }})
                @if (item.archived) { <span class="tag">archivé</span> }
                @if (item.version > 1) { <span class="tag">version {{ item.version }}</span> }
                <br /><span class="meta">{{ categoriesText(item.categories) }}</span>
              </div>
              <div class="actions">
                <button mat-button type="button" (click)="edit(item)">Modifier<span class="visually-hidden"> {{ item.name }}</span></button>
                <button mat-button type="button" (click)="archive(item)">{{ item.archived ? 'Rétablir' : 'Archiver' }}<span class="visually-hidden"> {{ item.name }}</span></button>
                <button mat-button type="button" [disabled]="i === 0" (click)="move(group.items, i, -1)">Monter<span class="visually-hidden"> {{ item.name }}</span></button>
                <button mat-button type="button" [disabled]="last" (click)="move(group.items, i, 1)">Descendre<span class="visually-hidden"> {{ item.name }}</span></button>
              </div>
            </li>
          }
        </ol>
      }
    }

    <h2 id="item-form-heading">{{ editing() ? 'Modifier «\u00a0' + editing()!.name + '\u00a0»' : 'Ajouter un pack ou une option' }}</h2>
    @if (editing()?.sold) {
      <p class="notice">Cet élément a déjà été vendu&nbsp;: l’enregistrer crée une nouvelle version&nbsp;; les souscriptions existantes gardent leur prix.</p>
    }
    <app-error-summary [error]="submission.error()" [labels]="labels" />
    <form [formGroup]="form" (ngSubmit)="save()" novalidate aria-labelledby="item-form-heading" class="item-form">
      @if (!editing()) {
        <mat-form-field>
          <mat-label>Type</mat-label>
          <mat-select formControlName="kind">
            <mat-option value="PACK">Pack</mat-option>
            <mat-option value="OPTION">Option</mat-option>
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field>
        <mat-label>Nom</mat-label>
        <input matInput formControlName="name" required maxlength="120" />
        @if (form.controls.name.errors?.['server']; as message) { <mat-error>{{ message }}</mat-error> }
      </mat-form-field>
      <mat-form-field class="wide">
        <mat-label>Description</mat-label>
        <textarea matInput formControlName="description" rows="3" maxlength="2000"></textarea>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Prix hors taxes (€)</mat-label>
        <input matInput formControlName="price" inputmode="decimal" required />
        @if (form.controls.price.errors?.['server']; as message) { <mat-error>{{ message }}</mat-error> }
      </mat-form-field>
      <mat-form-field>
        <mat-label>Taux de TVA</mat-label>
        <mat-select formControlName="vatRateBp">
          @for (rate of vatRates; track rate) {
            <mat-option [value]="rate">{{ vatRate(rate) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <fieldset class="categories">
        <legend>Catégories de partenaires concernées</legend>
        @for (c of partnerCategories; track c) {
          <mat-checkbox [checked]="categories().has(c)" (change)="toggleCategory(c, $event.checked)">{{ categoryLabels[c] }}</mat-checkbox>
        }
      </fieldset>
      <app-form-actions [label]="editing() ? 'Enregistrer' : 'Ajouter au catalogue'" [busy]="submission.submitting()">
        @if (editing()) {
          <button mat-button type="button" (click)="cancelEdit()">Annuler</button>
        }
      </app-form-actions>
    </form>

    <h2>Conditions générales de vente</h2>
    @if (terms.hasValue()) {
      @let versions = terms.value();
      @if (versions.length > 0) {
        <p>Version en vigueur&nbsp;: {{ versions[0]!.version }}. Chaque souscription garde la version acceptée.</p>
      } @else {
        <p class="notice">Aucune version publiée&nbsp;: les partenaires ne peuvent pas encore souscrire.</p>
      }
    }
    <app-error-summary [error]="termsSubmission.error()" [labels]="{ body: 'Texte' }" />
    <form [formGroup]="termsForm" (ngSubmit)="publish()" novalidate aria-label="Publier une nouvelle version des conditions générales de vente">
      <mat-form-field class="wide">
        <mat-label>Texte de la nouvelle version</mat-label>
        <textarea matInput formControlName="body" rows="10" required></textarea>
        @if (termsForm.controls.body.errors?.['server']; as message) { <mat-error>{{ message }}</mat-error> }
      </mat-form-field>
      <app-form-actions label="Publier cette version" [busy]="termsSubmission.submitting()" />
    </form>
  `,
  styles: `
    .items { padding-inline-start: 20px; }
    .items li { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 8px; padding: 8px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .archived { color: var(--mat-sys-on-surface-variant); }
    .tag { font: var(--mat-sys-label-medium); margin-inline-start: 6px; padding: 1px 6px; border: 1px solid var(--mat-sys-outline); border-radius: 10px; }
    .meta { color: var(--mat-sys-on-surface-variant); }
    .item-form { display: flex; flex-wrap: wrap; gap: 0 12px; }
    .wide { width: 100%; }
    .categories { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; display: flex; flex-wrap: wrap; gap: 4px 12px; width: 100%; margin-block-end: 12px; }
  `,
})
export class StaffCatalogue {
  private readonly data = inject(PacksData);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly euros = euros;
  protected readonly inclVat = inclVat;
  protected readonly vatRate = vatRate;
  protected readonly vatRates = VAT_RATES_BP;
  protected readonly partnerCategories = PARTNER_CATEGORIES;
  protected readonly categoryLabels = CATEGORY_LABELS;
  protected readonly years = [new Date().getFullYear() - 1, new Date().getFullYear(), new Date().getFullYear() + 1];
  protected readonly year = signal(new Date().getFullYear());
  protected readonly labels = { name: 'Nom', description: 'Description', price: 'Prix hors taxes', priceExclCents: 'Prix hors taxes', vatRateBp: 'Taux de TVA', categories: 'Catégories', year: 'Année', kind: 'Type' };

  protected readonly items = rxResource({ params: () => this.year(), stream: ({ params }) => this.data.catalogue(params) });
  protected readonly terms = rxResource({ stream: () => this.data.termsVersions() });
  protected readonly groups = computed(() => {
    const all = this.items.hasValue() ? this.items.value() : [];
    return [
      { kind: 'PACK' as const, title: 'Packs', items: all.filter((i) => i.kind === 'PACK') },
      { kind: 'OPTION' as const, title: 'Options', items: all.filter((i) => i.kind === 'OPTION') },
    ];
  });

  protected readonly editing = signal<CatalogueItemView | null>(null);
  protected readonly categories = signal<ReadonlySet<OrganisationCategory>>(new Set());
  protected readonly form = this.fb.group({
    kind: ['PACK' as 'PACK' | 'OPTION'],
    name: ['', Validators.required],
    description: [''],
    price: ['', Validators.required],
    vatRateBp: [2000],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  protected readonly termsForm = this.fb.group({ body: ['', Validators.required] });
  protected readonly termsSubmission = new FormSubmission(this.termsForm, this.host.nativeElement);

  protected categoriesText(categories: readonly OrganisationCategory[]): string {
    return categories.map((c) => CATEGORY_LABELS[c]).join(', ');
  }

  protected toggleCategory(c: OrganisationCategory, checked: boolean): void {
    const next = new Set(this.categories());
    if (checked) next.add(c);
    else next.delete(c);
    this.categories.set(next);
  }

  protected edit(item: CatalogueItemView): void {
    this.editing.set(item);
    this.form.setValue({ kind: item.kind, name: item.name, description: item.description, price: centsToInput(item.priceExclCents), vatRateBp: item.vatRateBp });
    this.categories.set(new Set(item.categories));
    this.host.nativeElement.querySelector<HTMLElement>('#item-form-heading')?.scrollIntoView();
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.form.reset();
    this.categories.set(new Set());
  }

  protected save(): void {
    if (!this.submission.canSend()) return;
    const { kind, name, description, price, vatRateBp } = this.form.getRawValue();
    const priceExclCents = parseEuros(price);
    if (priceExclCents === null) {
      this.form.controls.price.setErrors({ server: 'Saisissez un prix en euros, par exemple 390 ou 95,50.' });
      this.submission.reject();
      return;
    }
    const fields = { year: this.year(), name, description, priceExclCents, vatRateBp, categories: [...this.categories()] };
    const editing = this.editing();
    this.submission.send(editing ? this.data.updateItem({ ...fields, id: editing.id }) : this.data.createItem({ ...fields, kind }), (item) => {
      this.snackBar.open(editing && item.id !== editing.id ? `Nouvelle version enregistrée\u00a0: «\u00a0${item.name}\u00a0».` : `«\u00a0${item.name}\u00a0» est enregistré.`, 'Fermer', { duration: 5000, politeness: 'polite' });
      this.cancelEdit();
    });
  }

  protected archive(item: CatalogueItemView): void {
    this.data.archive(item.id, !item.archived).subscribe({
      next: (saved) => this.snackBar.open(saved.archived ? `«\u00a0${saved.name}\u00a0» est archivé\u00a0: il n’est plus proposé.` : `«\u00a0${saved.name}\u00a0» est de nouveau proposé.`, 'Fermer', { duration: 5000, politeness: 'polite' }),
      error: (error: unknown) => this.snackBar.open(toApiError(error).message, 'Fermer', { duration: 8000 }),
    });
  }

  protected move(items: readonly CatalogueItemView[], index: number, by: -1 | 1): void {
    const ids = items.map((i) => i.id);
    [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
    this.data.reorder(this.year(), items[0]!.kind, ids).subscribe({
      error: (error: unknown) => this.snackBar.open(toApiError(error).message, 'Fermer', { duration: 8000 }),
    });
  }

  protected publish(): void {
    if (!this.termsSubmission.canSend()) return;
    this.termsSubmission.send(this.data.publishTerms(this.termsForm.getRawValue().body), (terms) => {
      this.snackBar.open(`Version ${terms.version} des conditions générales de vente publiée.`, 'Fermer', { duration: 5000, politeness: 'polite' });
      this.termsForm.reset();
    });
  }
}
