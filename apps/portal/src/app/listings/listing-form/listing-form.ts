import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  LISTING_TYPE_LABELS,
  type ListingContent,
  type ListingType,
  emptyListingContent,
  fieldsFor,
} from '@extranet/domain/listings';
import { COMMUNES } from '@extranet/domain/organisations';
import type { Result } from '@extranet/domain/shared';
import { finalize } from 'rxjs';
import { type ApiError, type FieldError, INVALID_INPUT_MESSAGE, toApiError } from '../../shared/api-error';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { focusFirstInvalid } from '../../shared/focus';
import { FormActions } from '../../shared/form-actions';
import { FormSubmission } from '../../shared/form-submission';
import { type ChangeRequestView, ListingData } from '../listing-data';
import { type ContentGroup, contentGroup, controlFor, fieldLabel, languageOf, listingValidator } from './listing-form-model';
import { OpeningPeriods } from './opening-periods';
import { PhotoPicker } from './photo-picker';
import { PricesEditor } from './prices-editor';
import { TranslatedTexts } from './translated-texts';

/** The listing a change is made from: its id and the version the form was filled from. */
export interface ChangeTarget {
  listingId: string;
  version: number;
}

/**
 * The form of a listing, made for its type (the fields `fieldsFor(type)` names, in sections). The
 * shared rules run once per change; a save sends the normalised content, as a change of the
 * listing loaded at `target.version`, or as a new listing when there is no target.
 */
@Component({
  selector: 'app-listing-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ControlErrorPipe,
    ErrorSummary,
    FormActions,
    TranslatedTexts,
    OpeningPeriods,
    PricesEditor,
    PhotoPicker,
  ],
  templateUrl: './listing-form.html',
  styleUrl: './listing-form.scss',
})
export class ListingForm {
  private readonly listings = inject(ListingData);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly summary = viewChild.required(ErrorSummary);

  readonly type = input.required<ListingType>();
  readonly organisationId = input.required<string>();
  /** What the form starts from: the published listing, the pending proposal, or a blank one. */
  readonly content = input.required<ListingContent>();
  /** The listing changed, or null to propose a new one. */
  readonly target = input<ChangeTarget | null>(null);
  /** The request the save created or replaced. */
  readonly saved = output<ChangeRequestView>();

  protected readonly typeLabel = computed(() => LISTING_TYPE_LABELS[this.type()]);
  protected readonly communes = COMMUNES;
  protected readonly starOptions = [1, 2, 3, 4, 5];
  /** The paths of the fields this type has. */
  protected readonly has = computed(() => new Set(fieldsFor(this.type()).map((f) => f.path)));
  protected readonly hasCapacitySection = computed(() =>
    ['capacity.rooms', 'capacity.persons', 'capacity.pitches', 'classification.stars', 'classification.registrationNumber'].some((p) =>
      this.has().has(p),
    ),
  );

  /** The shared rules' verdict on the form as it is now, refreshed once per change. */
  private result: Result<ListingContent> | null = null;
  private internalCriteria: readonly string[] = [];
  /** The type the rules check for: the input's, once the form is filled (inputs are not set yet here). */
  private checkedType: ListingType = 'HOTELLERIE';
  /** Which listing, version and type the form was filled from. */
  private loadedKey: string | null = null;

  protected readonly form = new FormGroup(
    { content: contentGroup(emptyListingContent()) },
    {
      validators: listingValidator(
        () => this.checkedType,
        () => this.internalCriteria,
        (result) => (this.result = result),
      ),
    },
  );
  /** The content group on screen: replaced whole when another version of the listing arrives. */
  protected readonly fields = signal<ContentGroup>(this.form.controls.content);
  protected readonly tab = signal(0);

  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  protected readonly conflict = computed(() => this.submission.error()?.code === 'CONFLICT');
  protected readonly labels = computed(() =>
    Object.fromEntries((this.submission.error()?.fields ?? []).map((f) => [f.field, fieldLabel(f.field)])),
  );
  protected readonly reloading = signal(false);

  constructor() {
    // Refill only when another listing, version or type arrives, never under the user's fingers.
    effect(() => {
      const target = this.target();
      const key = `${target?.listingId ?? 'new'}:${target?.version ?? 0}:${this.type()}`;
      const content = this.content();
      untracked(() => {
        if (key !== this.loadedKey) {
          this.loadedKey = key;
          this.load(this.type(), content);
        }
      });
    });
  }

  private load(type: ListingType, content: ListingContent): void {
    this.checkedType = type;
    this.internalCriteria = content.internalCriteria;
    const group = contentGroup(content);
    this.form.setControl('content', group);
    this.fields.set(group);
    this.form.markAsPristine();
    this.form.markAsUntouched();
    this.submission.error.set(null);
  }

  protected submit(): void {
    const result = this.result;
    if (this.submission.submitting() || !result) {
      return;
    }
    if (!result.ok || this.form.invalid) {
      const fields = result.ok ? [] : result.errors.map((e) => ({ field: `content.${e.field}`, message: e.message }));
      this.showTabOf(fields);
      this.submission.reject({ code: 'BAD_USER_INPUT', message: INVALID_INPUT_MESSAGE, fields });
      return;
    }
    const target = this.target();
    const request = target
      ? this.listings.submitChange(target.listingId, target.version, result.value)
      : this.listings.propose(this.organisationId(), this.type(), result.value);
    this.submission.send(
      request,
      (saved) => this.saved.emit(saved),
      (error) => this.refused(error),
    );
  }

  /** A refusal the form could not foresee: its messages on the fields, else the summary. */
  private refused(error: ApiError): void {
    for (const { field, message } of error.fields) {
      const control = controlFor(this.form, field);
      if (control && control !== this.form.get(field)) {
        control.setErrors({ ...control.errors, server: message });
        control.markAsTouched();
      }
    }
    if (error.fields.some((f) => this.form.get(f.field))) {
      this.showTabOf(error.fields);
      focusFirstInvalid(this.host.nativeElement);
    } else {
      this.summary().focus();
    }
  }

  /** A message about a text in another language: open that language's tab first. */
  private showTabOf(fields: readonly FieldError[]): void {
    const first = fields[0];
    const language = first ? languageOf(first.field) : null;
    if (language !== null && language !== this.tab()) {
      this.tab.set(language);
      afterNextRender({ write: () => focusFirstInvalid(this.host.nativeElement) }, { injector: this.injector });
    }
  }

  /** After a CONFLICT: show the listing as it is now; the user then redoes their changes. */
  protected reload(): void {
    const target = this.target();
    if (!target || this.reloading()) {
      return;
    }
    this.reloading.set(true);
    this.listings
      .reload(target.listingId)
      .pipe(finalize(() => this.reloading.set(false)))
      .subscribe({
        next: () => {
          this.snackBar.open('Fiche rechargée\u00a0: refaites vos modifications.', 'Fermer', { duration: 8000, politeness: 'polite' });
          afterNextRender(
            { write: () => this.host.nativeElement.querySelector<HTMLElement>('form input')?.focus() },
            { injector: this.injector },
          );
        },
        error: (error: unknown) => {
          this.submission.error.set(toApiError(error));
          this.summary().focus();
        },
      });
  }
}
