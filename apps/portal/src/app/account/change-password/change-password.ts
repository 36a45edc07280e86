import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Apollo } from 'apollo-angular';
import { finalize } from 'rxjs';
import { Session } from '../../auth/session';
import { matchesSibling, newPasswordValidator } from '../../auth/validators';
import { type ApiError, applyFieldErrors, toApiError } from '../../shared/api-error';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { focusFirstInvalid } from '../../shared/focus';
import { ChangePasswordDocument } from '../account.generated';

@Component({
  selector: 'app-change-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ControlErrorPipe,
    ErrorSummary,
  ],
  templateUrl: './change-password.html',
})
export class ChangePassword {
  private readonly apollo = inject(Apollo);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly session = inject(Session);

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, newPasswordValidator(() => ({ email: this.session.user()?.email, name: this.session.user()?.name }))]],
    confirmation: ['', [Validators.required, matchesSibling('newPassword')]],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly labels = { currentPassword: 'Mot de passe actuel', newPassword: 'Nouveau mot de passe' };

  constructor() {
    this.form.controls.newPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.confirmation.updateValueAndValidity({ emitEvent: false }));
  }

  protected submit(formDirective: FormGroupDirective): void {
    if (this.submitting()) {
      return;
    }
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.submitting.set(true);
    this.apollo
      .mutate({ mutation: ChangePasswordDocument, variables: { input: { currentPassword, newPassword } } })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => {
          formDirective.resetForm();
          this.snackBar.open('Mot de passe changé', 'Fermer', { duration: 5000, politeness: 'polite' });
        },
        error: (error: unknown) => {
          const apiError = toApiError(error);
          applyFieldErrors(this.form, apiError.fields);
          this.error.set(apiError);
        },
      });
  }
}
