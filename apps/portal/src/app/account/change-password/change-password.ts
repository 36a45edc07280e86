import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { NewPasswordFields } from '../../auth/new-password-fields';
import { Session } from '../../auth/session';
import { matchesSibling, newPasswordValidator } from '../../auth/validators';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { FormSubmission } from '../../shared/form-submission';
import { AccountData } from '../account-data';
import { FormActions } from '../../shared/form-actions';
import { NameForm } from '../name-form/name-form';
import { EmailForm } from '../email-form/email-form';

@Component({
  selector: 'app-change-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    ControlErrorPipe,
    ErrorSummary,
    NewPasswordFields,
    FormActions,
    NameForm,
    EmailForm,
  ],
  templateUrl: './change-password.html',
})
export class ChangePassword {
  private readonly account = inject(AccountData);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly session = inject(Session);

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, newPasswordValidator(() => ({ email: this.session.user()?.email, name: this.session.user()?.name }))]],
    confirmation: ['', [Validators.required, matchesSibling('newPassword')]],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  protected readonly labels = { currentPassword: 'Mot de passe actuel', newPassword: 'Nouveau mot de passe' };

  protected submit(formDirective: FormGroupDirective): void {
    if (!this.submission.canSend()) {
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.submission.send(
      this.account.changePassword(currentPassword, newPassword),
      () => {
        formDirective.resetForm();
        this.snackBar.open('Mot de passe changé', 'Fermer', { duration: 5000, politeness: 'polite' });
      },
    );
  }
}
