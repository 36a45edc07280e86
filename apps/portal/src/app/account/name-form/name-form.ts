import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PERSON_NAME_LENGTH } from '@extranet/domain/accounts';
import { Session } from '../../auth/session';
import { personNameValidator } from '../../auth/validators';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { FormActions } from '../../shared/form-actions';
import { FormSubmission } from '../../shared/form-submission';
import { AccountData } from '../account-data';

/** « Mon nom »: the user corrects the name colleagues, the office and e-mails use. */
@Component({
  selector: 'app-name-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, ControlErrorPipe, ErrorSummary, FormActions],
  template: `
    <app-error-summary [error]="submission.error()" [labels]="labels" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field>
        <mat-label>Nom et prénom</mat-label>
        <input matInput formControlName="name" autocomplete="name" required [maxlength]="maxLength" />
        @if (form.controls.name.errors | controlError; as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <app-form-actions label="Enregistrer le nom" [busy]="submission.submitting()" busyLabel="Enregistrement du nom" />
    </form>
    <div role="status">
      @if (saved()) {
        <p class="notice notice--success">Votre nom est enregistré.</p>
      }
    </div>
  `,
})
export class NameForm {
  private readonly account = inject(AccountData);
  private readonly session = inject(Session);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly maxLength = PERSON_NAME_LENGTH.max;
  protected readonly labels = { name: 'Nom et prénom' };
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.session.user()?.name ?? '', [Validators.required, personNameValidator]],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  protected readonly saved = signal(false);

  protected submit(): void {
    this.saved.set(false);
    if (!this.submission.canSend()) {
      return;
    }
    this.submission.send(this.account.updateName(this.form.getRawValue().name.trim()), (name) => {
      this.form.reset({ name });
      this.saved.set(true);
    });
  }
}
