import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MAX_EMAIL_LENGTH } from '@extranet/domain/accounts';
import { emailValidator } from '../../auth/validators';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { FormActions } from '../../shared/form-actions';
import { FormSubmission } from '../../shared/form-submission';
import { AccountData } from '../account-data';

/**
 * « Changer d’adresse e-mail »: the new address is confirmed from its own mailbox before it
 * replaces the old one; the current password proves it is the account's owner asking.
 */
@Component({
  selector: 'app-email-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, ControlErrorPipe, ErrorSummary, FormActions],
  template: `
    <app-error-summary [error]="submission.error()" [labels]="labels" />
    <form [formGroup]="form" #formDirective="ngForm" (ngSubmit)="submit(formDirective)" novalidate>
      <mat-form-field>
        <mat-label>Nouvelle adresse e-mail</mat-label>
        <input matInput type="email" formControlName="newEmail" autocomplete="email" required [maxlength]="maxLength" />
        @if (form.controls.newEmail.errors | controlError; as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field>
        <mat-label>Mot de passe actuel</mat-label>
        <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" required />
        @if (form.controls.currentPassword.errors | controlError; as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <app-form-actions label="Envoyer le lien de confirmation" [busy]="submission.submitting()" busyLabel="Envoi du lien" />
    </form>
    <div role="status">
      @if (sentTo(); as address) {
        <p class="notice notice--success">
          Un lien de confirmation a été envoyé à {{ address }}. Votre adresse de connexion ne changera qu’une fois ce lien
          suivi (il est valable 24&nbsp;heures).
        </p>
      }
    </div>
  `,
})
export class EmailForm {
  private readonly account = inject(AccountData);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly maxLength = MAX_EMAIL_LENGTH;
  protected readonly labels = { newEmail: 'Nouvelle adresse e-mail', currentPassword: 'Mot de passe actuel' };
  protected readonly form = inject(NonNullableFormBuilder).group({
    newEmail: ['', [Validators.required, emailValidator]],
    currentPassword: ['', Validators.required],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  protected readonly sentTo = signal<string | null>(null);

  protected submit(formDirective: FormGroupDirective): void {
    this.sentTo.set(null);
    if (!this.submission.canSend()) {
      return;
    }
    const { newEmail, currentPassword } = this.form.getRawValue();
    this.submission.send(this.account.requestEmailChange(newEmail.trim(), currentPassword), (address) => {
      formDirective.resetForm();
      this.sentTo.set(address);
    });
  }
}
