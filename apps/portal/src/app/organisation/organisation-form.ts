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
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { can } from '@extranet/domain/access';
import {
  CATEGORY_LABELS,
  COMMUNES,
  LEGAL_FORMS,
  LEGAL_FORM_LABELS,
  ORGANISATION_CATEGORIES,
  type OrganisationProfile,
  PARTNER_CATEGORIES,
  SIRET_EXAMPLE,
  displayPhone,
  findCommune,
} from '@extranet/domain/organisations';
import type { Result } from '@extranet/domain/shared';
import { finalize } from 'rxjs';
import { Session } from '../auth/session';
import type { LegalForm, OrganisationCategory } from '../graphql/types.generated';
import { INVALID_INPUT_MESSAGE, toApiError } from '../shared/api-error';
import { ControlErrorPipe } from '../shared/control-error.pipe';
import { ErrorSummary } from '../shared/error-summary';
import { focusFirstInvalid } from '../shared/focus';
import { FormActions } from '../shared/form-actions';
import { FormSubmission } from '../shared/form-submission';
import { OrganisationData } from './organisation-data';
import type { OrganisationFieldsFragment } from './organisation.generated';
import { profileValidator } from './profile-validator';

/** Labels of the profile fields, keyed by the API's field paths (used by the error summary too). */
export const PROFILE_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Nom de l’organisation',
  category: 'Catégorie',
  legalForm: 'Forme juridique',
  siret: 'SIRET',
  'address.street': 'Adresse',
  'address.communeCode': 'Commune',
  'address.postalCode': 'Code postal',
  phone: 'Téléphone',
  email: 'E-mail de contact',
  website: 'Site web',
};

@Component({
  selector: 'app-organisation-form',
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
  ],
  templateUrl: './organisation-form.html',
  styleUrl: './organisation-form.scss',
})
export class OrganisationForm {
  private readonly organisations = inject(OrganisationData);
  private readonly session = inject(Session);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly summary = viewChild.required(ErrorSummary);

  readonly organisation = input.required<OrganisationFieldsFragment>();

  protected readonly labels = PROFILE_FIELD_LABELS;
  protected readonly communes = COMMUNES;
  protected readonly siretExample = SIRET_EXAMPLE;
  protected readonly legalForms = LEGAL_FORMS.map((value) => ({ value, label: LEGAL_FORM_LABELS[value] }));
  protected readonly canEdit = computed(() =>
    can(this.session.actor(), 'organisation.update', { organisationId: this.organisation().id }),
  );
  protected readonly canChangeCategory = computed(() =>
    can(this.session.actor(), 'organisation.changeCategory', { organisationId: this.organisation().id }),
  );
  /** Staff may pick any category; the office's own one is listed only when it is the current value. */
  protected readonly categories = computed(() => {
    const current = this.organisation().category;
    return ORGANISATION_CATEGORIES.filter((c) => PARTNER_CATEGORIES.includes(c) || c === current).map(
      (value) => ({ value, label: CATEGORY_LABELS[value] }),
    );
  });

  /** The shared rules' verdict on the form as it is now, refreshed once per change. */
  private profile: Result<OrganisationProfile> | null = null;
  /** The profile the form was filled from; a save names its version. */
  private loaded: { id: string; version: number } | null = null;

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group(
    {
      name: ['', Validators.required],
      category: ['' as OrganisationCategory | '', Validators.required],
      legalForm: ['' as LegalForm | '', Validators.required],
      siret: [''],
      address: this.fb.group({
        street: ['', Validators.required],
        communeCode: ['', Validators.required],
        postalCode: ['', Validators.required],
      }),
      phone: [''],
      email: [''],
      website: [''],
    },
    { validators: profileValidator(Object.keys(PROFILE_FIELD_LABELS), (result) => (this.profile = result)) },
  );

  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  /** Someone else saved since this profile was loaded: the user may reload it. */
  protected readonly conflict = computed(() => this.submission.error()?.code === 'CONFLICT');
  protected readonly reloading = signal(false);

  constructor() {
    // Refill the form only when another version of the profile arrives, never under the user's fingers.
    effect(() => {
      const organisation = this.organisation();
      untracked(() => {
        if (organisation.id !== this.loaded?.id || organisation.version !== this.loaded.version) {
          this.load(organisation);
        }
      });
    });
    effect(() => {
      if (!this.canEdit()) {
        this.form.disable({ emitEvent: false });
        return;
      }
      this.form.enable({ emitEvent: false });
      if (!this.canChangeCategory()) {
        this.form.controls.category.disable({ emitEvent: false });
      }
    });
    // The postal code follows the commune: the rules only accept the commune's own code.
    this.form.controls.address.controls.communeCode.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((code) => {
        const commune = findCommune(code);
        if (commune) {
          this.form.controls.address.controls.postalCode.setValue(commune.postalCode);
        }
      });
  }

  private load(organisation: OrganisationFieldsFragment): void {
    this.loaded = { id: organisation.id, version: organisation.version };
    this.form.reset(
      {
        name: organisation.name,
        category: organisation.category,
        legalForm: organisation.legalForm,
        siret: organisation.siret ?? '',
        address: {
          street: organisation.address.street,
          communeCode: organisation.address.communeCode,
          postalCode: organisation.address.postalCode,
        },
        phone: displayPhone(organisation.phone),
        email: organisation.email ?? '',
        website: organisation.website ?? '',
      },
      { emitEvent: false },
    );
    this.submission.error.set(null);
  }

  protected submit(): void {
    const profile = this.profile;
    if (this.submission.submitting() || !this.canEdit() || !this.loaded || !profile) {
      return;
    }
    if (!profile.ok || this.form.invalid) {
      this.submission.reject({
        code: 'BAD_USER_INPUT',
        message: INVALID_INPUT_MESSAGE,
        fields: profile.ok ? [] : profile.errors,
      });
      return;
    }
    this.submission.send(
      this.organisations.update(this.loaded.id, this.loaded.version, profile.value),
      () => {
        this.snackBar.open('Modifications enregistrées', 'Fermer', { duration: 5000, politeness: 'polite' });
      },
      (error) => {
        if (error.fields.length > 0) {
          // A refusal the form could not foresee: take the user to the field it names.
          focusFirstInvalid(this.host.nativeElement);
        } else {
          // No field to fix (someone else saved first, the server is unreachable…): read the summary.
          this.summary().focus();
        }
      },
    );
  }

  /** After a CONFLICT: show the profile as saved by the other person; the user then redoes their changes. */
  protected reload(): void {
    const id = this.loaded?.id;
    if (!id || this.reloading()) {
      return;
    }
    this.reloading.set(true);
    this.organisations
      .reload(id)
      .pipe(finalize(() => this.reloading.set(false)))
      .subscribe({
        next: (organisation) => {
          this.load(organisation);
          this.snackBar.open('Fiche rechargée\u00a0: refaites vos modifications.', 'Fermer', {
            duration: 8000,
            politeness: 'polite',
          });
          afterNextRender(
            { write: () => this.host.nativeElement.querySelector<HTMLElement>('input:not([disabled])')?.focus() },
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
