import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  CATEGORY_LABELS,
  COMMUNES,
  LEGAL_FORMS,
  LEGAL_FORM_LABELS,
  ORGANISATION_CATEGORIES,
  PARTNER_CATEGORIES,
  type OrganisationProfileInput,
  findCommune,
  validateOrganisationProfile,
} from '@extranet/domain/organisations';
import { can } from '@extranet/domain/access';
import { Apollo } from 'apollo-angular';
import { Session } from '../auth/session';
import type { OrganisationCategory, LegalForm } from '../graphql/types.generated';
import { INVALID_INPUT_MESSAGE } from '../shared/api-error';
import { ControlErrorPipe } from '../shared/control-error.pipe';
import { ErrorSummary } from '../shared/error-summary';
import { focusFirstInvalid } from '../shared/focus';
import { FormSubmission } from '../shared/form-submission';
import { type OrganisationFieldsFragment, UpdateOrganisationDocument } from './organisation.generated';
import { FormActions } from '../shared/form-actions';

/** Labels of the profile fields, keyed by the API's field paths (used by the error summary too). */
export const PROFILE_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: "Nom de l'organisation",
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

/**
 * Runs the shared profile rules on the whole form and keeps the message for one field, so the form
 * shows exactly what the API would answer, before it is asked.
 */
function profileRule(field: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const root = control.root;
    if (root === control || !(root instanceof FormGroup)) {
      return null;
    }
    const result = validateOrganisationProfile(root.getRawValue() as OrganisationProfileInput);
    const error = result.ok ? undefined : result.errors.find((e) => e.field === field);
    return error ? { domain: error.message } : null;
  };
}

@Component({
  selector: 'app-organisation-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormActions, 
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ControlErrorPipe,
    ErrorSummary,
  ],
  templateUrl: './organisation-form.html',
  styleUrl: './organisation-form.scss',
})
export class OrganisationForm {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly organisation = input.required<OrganisationFieldsFragment>();

  protected readonly labels = PROFILE_FIELD_LABELS;
  protected readonly communes = COMMUNES;
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

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, profileRule('name')]],
    category: ['' as OrganisationCategory | '', [Validators.required, profileRule('category')]],
    legalForm: ['' as LegalForm | '', [Validators.required, profileRule('legalForm')]],
    siret: ['', profileRule('siret')],
    address: this.fb.group({
      street: ['', [Validators.required, profileRule('address.street')]],
      communeCode: ['', [Validators.required, profileRule('address.communeCode')]],
      postalCode: ['', [Validators.required, profileRule('address.postalCode')]],
    }),
    phone: ['', profileRule('phone')],
    email: ['', profileRule('email')],
    website: ['', profileRule('website')],
  });

  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);

  /** Reload the form only when another version of the profile arrives, never under the user's fingers. */
  private readonly version = computed(() => `${this.organisation().id}@${this.organisation().updatedAt}`);

  constructor() {
    effect(() => {
      this.version();
      const organisation = untracked(this.organisation);
      untracked(() => this.load(organisation));
    });
    effect(() => {
      const { category } = this.form.controls;
      const enabled = this.canEdit() && this.canChangeCategory();
      if (enabled) {
        category.enable({ emitEvent: false });
      } else {
        category.disable({ emitEvent: false });
      }
      if (this.canEdit()) {
        this.editableControls().forEach((c) => c.enable({ emitEvent: false }));
      } else {
        this.editableControls().forEach((c) => c.disable({ emitEvent: false }));
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

  private editableControls(): AbstractControl[] {
    const { category: _category, address, ...others } = this.form.controls;
    return [...Object.values(others), address];
  }

  private load(organisation: OrganisationFieldsFragment): void {
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
        phone: organisation.phone ?? '',
        email: organisation.email ?? '',
        website: organisation.website ?? '',
      },
      { emitEvent: false },
    );
    this.revalidate();
    this.submission.error.set(null);
  }

  /** Cross-field rules (postal code ↔ commune) need every control re-checked once all values are set. */
  private revalidate(): void {
    const visit = (control: AbstractControl): void => {
      if (control instanceof FormGroup) {
        Object.values(control.controls).forEach(visit);
      }
      control.updateValueAndValidity({ onlySelf: true, emitEvent: false });
    };
    visit(this.form);
  }

  protected submit(): void {
    if (this.submission.submitting() || !this.canEdit()) {
      return;
    }
    this.revalidate();
    const result = validateOrganisationProfile(this.form.getRawValue() as OrganisationProfileInput);
    if (!result.ok || this.form.invalid) {
      this.submission.reject({
        code: 'BAD_USER_INPUT',
        message: INVALID_INPUT_MESSAGE,
        fields: result.ok ? [] : result.errors,
      });
      return;
    }
    this.submission.send(
      this.apollo.mutate({
        mutation: UpdateOrganisationDocument,
        variables: { id: this.organisation().id, input: result.value },
      }),
      () => {
        this.snackBar.open('Modifications enregistrées', 'Fermer', { duration: 5000, politeness: 'polite' });
      },
      // A refusal the form could not foresee: take the user to the field it names.
      (error) => {
        if (error.fields.length > 0) {
          focusFirstInvalid(this.host.nativeElement);
        }
      },
    );
  }
}
