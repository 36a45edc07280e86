import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { finalize } from 'rxjs';
import { type ApiError, applyFieldErrors, toApiError } from '../../shared/api-error';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { focusFirstInvalid } from '../../shared/focus';
import { RequestPasswordResetDocument } from '../auth.generated';
import { emailValidator } from '../validators';

@Component({
  selector: 'app-forgot-password',
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
  templateUrl: './forgot-password.html',
})
export class ForgotPassword {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, emailValidator]],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  /** The address the link was sent to; the same confirmation whether an account exists or not. */
  protected readonly sentTo = signal<string | null>(null);
  protected readonly labels = { email: 'Adresse e-mail' };

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const email = this.form.getRawValue().email.trim();
    this.submitting.set(true);
    this.apollo
      .mutate({ mutation: RequestPasswordResetDocument, variables: { email } })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => this.sentTo.set(email),
        error: (error: unknown) => {
          const apiError = toApiError(error);
          applyFieldErrors(this.form, apiError.fields);
          this.error.set(apiError);
        },
      });
  }
}
