import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { finalize } from 'rxjs';
import { type ApiError, applyFieldErrors, toApiError } from '../../shared/api-error';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { focusFirstInvalid } from '../../shared/focus';
import { ResetPasswordDocument } from '../auth.generated';
import { matchesSibling, newPasswordValidator } from '../validators';

@Component({
  selector: 'app-reset-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ControlErrorPipe,
    ErrorSummary,
  ],
  templateUrl: './reset-password.html',
})
export class ResetPassword {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** From the link in the e-mail: `/reinitialiser?token=…`. */
  readonly token = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, newPasswordValidator()]],
    confirmation: ['', [Validators.required, matchesSibling('password')]],
  });
  protected readonly submitting = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly labels = { password: 'Nouveau mot de passe', token: 'Lien' };

  constructor() {
    this.form.controls.password.valueChanges.pipe(takeUntilDestroyed()).subscribe(() =>
      this.form.controls.confirmation.updateValueAndValidity({ emitEvent: false }),
    );
  }

  protected submit(): void {
    const token = this.token();
    if (this.submitting() || !token) {
      return;
    }
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.apollo
      .mutate({
        mutation: ResetPasswordDocument,
        variables: { input: { token, password: this.form.getRawValue().password } },
      })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => this.done.set(true),
        error: (error: unknown) => {
          const apiError = toApiError(error);
          applyFieldErrors(this.form, apiError.fields);
          this.error.set(apiError);
        },
      });
  }
}
