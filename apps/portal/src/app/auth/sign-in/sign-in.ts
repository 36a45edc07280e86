import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { FormSubmission } from '../../shared/form-submission';
import { AuthData } from '../auth-data';
import { landingPath, safeReturnUrl } from '../auth.guards';
import { emailValidator } from '../validators';
import { FormActions } from '../../shared/form-actions';

@Component({
  selector: 'app-sign-in',
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
  templateUrl: './sign-in.html',
})
export class SignIn {
  private readonly auth = inject(AuthData);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Bound from the query string by the router (`?returnUrl=/organisation/…`). */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, emailValidator]],
    password: ['', Validators.required],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  protected readonly labels = { email: 'Adresse e-mail', password: 'Mot de passe' };

  protected submit(): void {
    if (!this.submission.canSend()) {
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.submission.send(this.auth.signIn(email.trim(), password), (user) => {
      void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? landingPath(user));
    });
  }
}
