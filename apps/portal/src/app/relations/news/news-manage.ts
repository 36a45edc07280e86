import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { COMMUNES, PARTNER_CATEGORIES, type OrganisationCategory } from '@extranet/domain/organisations';
import { NEWS_AUDIENCE_LABELS, NEWS_AUDIENCES, NEWS_CATEGORIES, NEWS_CATEGORY_LABELS, NEWS_STATUS_LABELS, validateNews, type NewsAudience, type NewsCategory } from '@extranet/domain/relations';
import { type ApiError, toApiError } from '../../shared/api-error';
import { ErrorSummary } from '../../shared/error-summary';
import { FormSubmission } from '../../shared/form-submission';
import { RelationsData } from '../relations-data';
import { CATEGORY_LABELS, frenchDate } from '../relations-format';
import type { ManagedNewsQuery } from '../relations.generated';
import { TableScroll } from '../../shared/table-scroll';

type ManagedItem = ManagedNewsQuery['managedNews']['items'][number];

/** `/actualites/gestion` — staff write news (Markdown with a preview), target it, publish or archive it, and see who opened it. */
@Component({
  selector: 'app-news-manage',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatRadioModule, MatCheckboxModule, ErrorSummary, TableScroll],
  template: `
    <p><a routerLink="/actualites">← Actualités</a></p>
    <h1>Gérer les actualités</h1>

    <section aria-labelledby="write-title">
      <h2 id="write-title" tabindex="-1" #formTitle>{{ editing() ? 'Modifier «\u00a0' + editing()!.title + '\u00a0»' : 'Rédiger une actualité' }}</h2>
      @if (editing(); as e) {
        <p>{{ e.status === 'SCHEDULED' ? 'Actualité programmée\u00a0: elle reste programmée après vos modifications.' : 'Brouillon\u00a0: enregistrez-le, publiez-le maintenant ou programmez-le depuis la liste.' }}</p>
      }
      <app-error-summary [error]="submission.error()" [labels]="labels" />
      <form [formGroup]="form" (ngSubmit)="save(false)" novalidate>
        <mat-form-field>
          <mat-label>Titre</mat-label>
          <input matInput formControlName="title" required />
        </mat-form-field>
        <mat-form-field>
          <mat-label>Résumé</mat-label>
          <textarea matInput formControlName="summary" rows="2" required></textarea>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Texte (Markdown)</mat-label>
          <textarea matInput formControlName="body" rows="8" required></textarea>
          <mat-hint>**gras**, *italique*, ## intertitre, - liste, [lien](https://…)</mat-hint>
        </mat-form-field>
        <p><button mat-stroked-button type="button" (click)="showPreview()">Aperçu</button></p>
        @if (preview(); as p) {
          <section class="preview" aria-label="Aperçu du texte">
            @if (p.problem) {
              <p class="notice notice--error">{{ p.problem }}</p>
            }
            <div [innerHTML]="p.html"></div>
          </section>
        }
        <mat-form-field>
          <mat-label>Rubrique</mat-label>
          <mat-select formControlName="category">
            @for (c of newsCategories; track c) {
              <mat-option [value]="c">{{ categoryLabels[c] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <fieldset>
          <legend>À qui s’adresse-t-elle&nbsp;?</legend>
          <mat-radio-group formControlName="audience" class="choices">
            @for (a of audiences; track a) {
              <mat-radio-button [value]="a">{{ audienceLabels[a] }}</mat-radio-button>
            }
          </mat-radio-group>
        </fieldset>
        @if (form.controls.audience.value === 'CATEGORIES') {
          <mat-form-field>
            <mat-label>Catégories de partenaires</mat-label>
            <mat-select formControlName="categories" multiple>
              @for (c of partnerCategories; track c) {
                <mat-option [value]="c">{{ organisationCategoryLabels[c] }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        @if (form.controls.audience.value === 'COMMUNES') {
          <mat-form-field>
            <mat-label>Communes</mat-label>
            <mat-select formControlName="communes" multiple>
              @for (c of communes; track c.code) {
                <mat-option [value]="c.code">{{ c.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <div class="actions">
          <button mat-stroked-button type="submit" [disabled]="submission.submitting()">{{ editing() ? 'Enregistrer les modifications' : 'Enregistrer le brouillon' }}</button>
          <button mat-flat-button type="button" (click)="save(true)" [disabled]="submission.submitting()">Publier maintenant</button>
          @if (editing()) {
            <button mat-button type="button" (click)="cancelEdit()">Annuler la modification</button>
          }
        </div>
        <p aria-live="polite">{{ saved() }}</p>
      </form>
    </section>

    <section aria-labelledby="list-title">
      <h2 id="list-title">Actualités</h2>
      @if (actionError(); as e) {
        <p class="notice notice--error" role="alert">{{ e.message }}</p>
      }
      @if (list.hasValue()) {
        <div appTableScroll="Actualités, les plus récentes d’abord">
          <table>
            <caption class="visually-hidden">Actualités, les plus récentes d’abord</caption>
            <thead><tr><th scope="col">Titre</th><th scope="col">État</th><th scope="col">Publication</th><th scope="col">Ouvertures</th><th scope="col">Actions</th></tr></thead>
            <tbody>
              @for (item of list.value().items; track item.id) {
                <tr>
                  <td><a [routerLink]="['/actualites', item.id]">{{ item.title }}</a></td>
                  <td>{{ statusLabels[item.status] }}</td>
                  <td>{{ frenchDate(item.publishAt) }}</td>
                  <td>{{ item.openCount }}</td>
                  <td>
                    @if (item.status === 'DRAFT' || item.status === 'SCHEDULED') {
                      <button mat-button type="button" (click)="edit(item)">Modifier<span class="visually-hidden"> «&nbsp;{{ item.title }}&nbsp;»</span></button>
                      <button mat-button type="button" (click)="publish(item.id, item.version)">Publier<span class="visually-hidden"> «&nbsp;{{ item.title }}&nbsp;»</span></button>
                      <label class="schedule">
                        <span class="visually-hidden">Date de publication programmée de «&nbsp;{{ item.title }}&nbsp;»</span>
                        <input type="datetime-local" [value]="''" #when />
                      </label>
                      <button mat-button type="button" (click)="schedule(item.id, item.version, when.value)">Programmer<span class="visually-hidden"> «&nbsp;{{ item.title }}&nbsp;»</span></button>
                    }
                    @if (item.status !== 'ARCHIVED') {
                      <label class="attach">
                        {{ item.attachmentName ? 'Remplacer la pièce jointe (' + item.attachmentName + ')' : 'Joindre un fichier (PDF, PNG, JPEG)' }}<span class="visually-hidden"> à «&nbsp;{{ item.title }}&nbsp;»</span>
                        <input type="file" accept="application/pdf,image/png,image/jpeg" (change)="attach(item.id, $event)" />
                      </label>
                      <button mat-button type="button" (click)="archive(item.id, item.version)">Archiver<span class="visually-hidden"> «&nbsp;{{ item.title }}&nbsp;»</span></button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    form { display: grid; max-width: 48rem; }
    fieldset { border: none; padding: 0; margin: 0 0 16px; }
    legend { font: var(--mat-sys-title-small); margin-bottom: 8px; }
    .choices { display: flex; flex-wrap: wrap; gap: 8px 16px; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .preview { border: 1px dashed var(--mat-sys-outline); border-radius: 8px; padding: 0 16px; margin-bottom: 16px; overflow-wrap: anywhere; }
    .attach { display: block; font: var(--mat-sys-body-small); margin: 4px 0; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: start; padding: 6px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
})
export class NewsManage {
  private readonly data = inject(RelationsData);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly newsCategories = NEWS_CATEGORIES;
  protected readonly categoryLabels = NEWS_CATEGORY_LABELS;
  protected readonly audiences = NEWS_AUDIENCES;
  protected readonly audienceLabels = NEWS_AUDIENCE_LABELS;
  protected readonly statusLabels = NEWS_STATUS_LABELS;
  protected readonly partnerCategories = PARTNER_CATEGORIES;
  protected readonly organisationCategoryLabels = CATEGORY_LABELS;
  protected readonly communes = COMMUNES;
  protected readonly frenchDate = frenchDate;
  protected readonly labels = { title: 'Titre', summary: 'Résumé', body: 'Texte', category: 'Rubrique', 'target.audience': 'Destinataires', 'target.categories': 'Catégories', 'target.communes': 'Communes' };

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [''],
    summary: [''],
    body: [''],
    category: ['SECTOR_NEWS' as NewsCategory],
    audience: ['ALL_PARTNERS' as NewsAudience],
    categories: [[] as OrganisationCategory[]],
    communes: [[] as string[]],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  protected readonly preview = signal<{ html: string; problem: string | null } | null>(null);
  protected readonly saved = signal('');
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly list = rxResource({ stream: () => this.data.managedNews() });
  /** The draft or scheduled item being changed; null while writing a new one. */
  protected readonly editing = signal<{ id: string; version: number; title: string; status: string } | null>(null);
  private readonly formTitle = viewChild.required<ElementRef<HTMLElement>>('formTitle');

  private input() {
    const v = this.form.getRawValue();
    const e = this.editing();
    return {
      ...(e ? { id: e.id, version: e.version } : {}),
      title: v.title, summary: v.summary, body: v.body, category: v.category, target: { audience: v.audience, categories: v.categories, communes: v.communes },
    };
  }

  /** Loads a draft or scheduled item into the form, and moves the focus there. */
  protected edit(item: ManagedItem): void {
    this.saved.set('');
    this.preview.set(null);
    this.submission.error.set(null);
    this.editing.set({ id: item.id, version: item.version, title: item.title, status: item.status });
    this.form.setValue({
      title: item.title, summary: item.summary, body: item.body, category: item.category,
      audience: item.target.audience, categories: [...item.target.categories], communes: [...item.target.communes],
    });
    this.formTitle().nativeElement.focus();
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.form.reset();
    this.preview.set(null);
    this.submission.error.set(null);
  }

  protected showPreview(): void {
    this.data.preview(this.form.controls.body.value).subscribe({ next: (p) => this.preview.set(p), error: (e: unknown) => this.actionError.set(toApiError(e)) });
  }

  protected save(publish: boolean): void {
    this.saved.set('');
    const input = this.input();
    // The domain's own check first, with the same French messages as the API.
    const checked = validateNews(input);
    if (!checked.ok) {
      this.submission.reject({ code: 'BAD_USER_INPUT', message: 'Certains champs sont à corriger.', fields: checked.errors });
      return;
    }
    if (!this.submission.canSend()) return;
    const wasEditing = this.editing() !== null;
    this.submission.send(this.data.saveNews(input), (item) => {
      const done = () => {
        this.saved.set(publish ? 'Actualité publiée.' : wasEditing ? 'Modifications enregistrées.' : 'Brouillon enregistré.');
        this.editing.set(null);
        this.form.reset();
        this.preview.set(null);
        this.list.reload();
      };
      if (publish) this.data.publishNews(item.id, item.version).subscribe({ next: done, error: (e: unknown) => this.submission.error.set(toApiError(e)) });
      else done();
    });
  }

  protected publish(id: string, version: number): void {
    this.actionError.set(null);
    this.data.publishNews(id, version).subscribe({ next: () => this.list.reload(), error: (e: unknown) => this.actionError.set(toApiError(e)) });
  }

  protected attach(id: string, event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.actionError.set(null);
    this.data.attachToNews(id, file).subscribe({ next: () => this.list.reload(), error: (e: unknown) => this.actionError.set(toApiError(e)) });
  }

  protected schedule(id: string, version: number, local: string): void {
    this.actionError.set(null);
    const date = new Date(local);
    if (Number.isNaN(date.getTime())) {
      this.actionError.set({ code: 'BAD_USER_INPUT', message: 'Choisissez la date et l’heure de publication.', fields: [] });
      return;
    }
    this.data.scheduleNews(id, version, date.toISOString()).subscribe({ next: () => this.list.reload(), error: (e: unknown) => this.actionError.set(toApiError(e)) });
  }

  protected archive(id: string, version: number): void {
    this.actionError.set(null);
    this.data.archiveNews(id, version).subscribe({ next: () => this.list.reload(), error: (e: unknown) => this.actionError.set(toApiError(e)) });
  }
}
