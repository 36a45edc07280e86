import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { FormSubmission } from '../../shared/form-submission';
import { AuthData } from '../auth-data';
import { emailValidator } from '../validators';
import { FormActions } from '../../shared/form-actions';

@Component({
  selector: 'app-forgot-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    ControlErrorPipe,
    ErrorSummary,
    FormActions,
  ],
  templateUrl: './forgot-password.html',
})
export class ForgotPassword {
  private readonly auth = inject(AuthData);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, emailValidator]],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  /** The address the link was sent to; the same confirmation whether an account exists or not. */
  protected readonly sentTo = signal<string | null>(null);
  protected readonly labels = { email: 'Adresse e-mail' };

  protected submit(): void {
    if (!this.submission.canSend()) {
      return;
    }
    const email = this.form.getRawValue().email.trim();
    this.submission.send(this.auth.requestPasswordReset(email), () => this.sentTo.set(email));
  }
}
