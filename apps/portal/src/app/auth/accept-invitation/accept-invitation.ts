import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { MEMBERSHIP_ROLE_LABELS, PERSON_NAME_LENGTH } from '@extranet/domain/accounts';
import { toApiError } from '../../shared/api-error';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { FormSubmission } from '../../shared/form-submission';
import { AuthData } from '../auth-data';
import { landingPath } from '../auth.guards';
import { NewPasswordFields } from '../new-password-fields';
import { type PasswordOwner, matchesSibling, newPasswordValidator } from '../validators';
import { FormActions } from '../../shared/form-actions';

@Component({
  selector: 'app-accept-invitation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ControlErrorPipe,
    ErrorSummary,
    NewPasswordFields,
    FormActions,
  ],
  templateUrl: './accept-invitation.html',
})
export class AcceptInvitation {
  private readonly auth = inject(AuthData);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** From the link in the invitation e-mail: `/invitation?token=…`. */
  readonly token = input<string>();

  protected readonly preview = rxResource({
    params: () => this.token() || undefined,
    stream: ({ params: token }) => this.auth.invitation(token),
  });
  /** Why the link cannot be used (expired, already used, unknown), in the API's words. */
  protected readonly previewError = computed(() => {
    const error = this.preview.error();
    if (!error) {
      return null;
    }
    const problem = toApiError(error);
    return problem.fields[0]?.message ?? problem.message;
  });
  protected readonly roleLabels = MEMBERSHIP_ROLE_LABELS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(PERSON_NAME_LENGTH.max)]],
    password: ['', [Validators.required, newPasswordValidator(() => this.passwordOwner())]],
    confirmation: ['', [Validators.required, matchesSibling('password')]],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  protected readonly labels = { name: 'Nom et prénom', password: 'Mot de passe', token: 'Invitation' };

  constructor() {
    effect(() => {
      const { name, password, confirmation } = this.form.controls;
      if (this.existingAccount()) {
        name.disable();
        confirmation.disable();
        password.setValidators(Validators.required);
      } else {
        name.enable();
        confirmation.enable();
        password.setValidators([Validators.required, newPasswordValidator(() => this.passwordOwner())]);
      }
      password.updateValueAndValidity();
    });
    // The password policy takes the name into account.
    this.form.controls.name.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.password.updateValueAndValidity({ emitEvent: false }));
  }

  /** An existing account joins with its current password: no name, no new password to choose. */
  protected readonly existingAccount = computed(
    () => this.preview.hasValue() && this.preview.value()?.existingAccount === true,
  );
  protected readonly submitLabel = computed(() => (this.existingAccount() ? 'Rejoindre l’organisation' : 'Activer mon compte'));

  private passwordOwner(): PasswordOwner {
    const email = this.preview.hasValue() ? this.preview.value()?.email : null;
    // Only called for a non-empty password, so never while the form is being built.
    return { email, name: this.form.controls.name.value };
  }

  protected submit(): void {
    const token = this.token();
    if (!token || !this.submission.canSend()) {
      return;
    }
    const { name, password } = this.form.getRawValue();
    // For an existing account the API ignores the name and checks the current password.
    this.submission.send(
      this.auth.acceptInvitation(token, this.existingAccount() ? '' : name.trim(), password),
      (user) => void this.router.navigateByUrl(landingPath(user)),
    );
  }
}
