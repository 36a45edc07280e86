import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { FormSubmission } from '../../shared/form-submission';
import { SignInDocument } from '../auth.generated';
import { landingPath, safeReturnUrl } from '../auth.guards';
import { Session } from '../session';
import { emailValidator } from '../validators';
import { FormActions } from '../../shared/form-actions';

@Component({
  selector: 'app-sign-in',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormActions, 
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    ControlErrorPipe,
    ErrorSummary,
  ],
  templateUrl: './sign-in.html',
})
export class SignIn {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(Session);
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
    this.submission.send(
      this.apollo.mutate({ mutation: SignInDocument, variables: { input: { email: email.trim(), password } } }),
      ({ data }) => {
        if (!data) {
          return;
        }
        const user = data.signIn;
        // Navigate only once the previous user's cached data is gone and the new user is recorded.
        void this.session
          .signedIn(user)
          .then(() => this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? landingPath(user)));
      },
    );
  }
}
