import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ErrorSummary } from '../shared/error-summary';
import { FormActions } from '../shared/form-actions';
import { FormSubmission } from '../shared/form-submission';
import { PacksData, type SubscriptionView } from './packs-data';

/** Staff cancel an invoice with a credit note, giving the reason printed on it. */
@Component({
  selector: 'app-credit-note-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, ErrorSummary, FormActions],
  template: `
    <app-error-summary [error]="submission.error()" [labels]="{ reason: 'Motif de l’avoir' }" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="'Avoir sur la facture ' + invoiceNumber()">
      <mat-form-field class="reason">
        <mat-label>Motif de l’avoir (imprimé sur l’avoir)</mat-label>
        <input matInput formControlName="reason" required maxlength="500" />
        @if (form.controls.reason.errors?.['server']; as message) { <mat-error>{{ message }}</mat-error> }
      </mat-form-field>
      <app-form-actions [label]="'Émettre l’avoir sur ' + invoiceNumber()" [busy]="submission.submitting()" />
    </form>
  `,
  styles: `.reason { width: 100%; max-width: 560px; }`,
})
export class CreditNoteForm {
  private readonly data = inject(PacksData);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly invoiceId = input.required<string>();
  readonly invoiceNumber = input.required<string>();
  readonly issued = output<SubscriptionView>();
  protected readonly form = inject(NonNullableFormBuilder).group({ reason: ['', Validators.required] });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);

  protected submit(): void {
    if (!this.submission.canSend()) return;
    this.submission.send(this.data.cancelInvoice(this.invoiceId(), this.form.getRawValue().reason), (s) => this.issued.emit(s));
  }
}
