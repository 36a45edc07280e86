import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ErrorSummary } from '../../shared/error-summary';
import { FormSubmission } from '../../shared/form-submission';
import { AuthData } from '../auth-data';
import { NewPasswordFields } from '../new-password-fields';
import { matchesSibling, newPasswordValidator } from '../validators';
import { FormActions } from '../../shared/form-actions';

@Component({
  selector: 'app-reset-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, NewPasswordFields, FormActions],
  templateUrl: './reset-password.html',
})
export class ResetPassword {
  private readonly auth = inject(AuthData);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** From the link in the e-mail: `/reinitialiser?token=…`. */
  readonly token = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, newPasswordValidator()]],
    confirmation: ['', [Validators.required, matchesSibling('password')]],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  protected readonly done = signal(false);
  protected readonly labels = { password: 'Nouveau mot de passe', token: 'Lien' };

  protected submit(): void {
    const token = this.token();
    if (!token || !this.submission.canSend()) {
      return;
    }
    this.submission.send(this.auth.resetPassword(token, this.form.getRawValue().password), () => this.done.set(true));
  }
}
