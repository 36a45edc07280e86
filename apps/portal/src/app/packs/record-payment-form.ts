import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { OFFLINE_PAYMENT_METHODS, PACK_PAYMENT_METHOD_LABELS, centsToInput, parseEuros } from '@extranet/domain/packs';
import { ErrorSummary } from '../shared/error-summary';
import { FormActions } from '../shared/form-actions';
import { FormSubmission } from '../shared/form-submission';
import { PacksData, type SubscriptionView } from './packs-data';

function amountValidator(control: AbstractControl<string>): ValidationErrors | null {
  const cents = parseEuros(control.value);
  return cents === null || cents <= 0 ? { server: 'Saisissez un montant en euros, par exemple 120,50.' } : null;
}

/** Staff record a transfer, cheque or cash payment; the amount defaults to what remains. */
@Component({
  selector: 'app-record-payment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary, FormActions],
  template: `
    <app-error-summary [error]="submission.error()" [labels]="labels" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="payment-form" [attr.aria-label]="'Paiement de ' + subscription().organisationName">
      <mat-form-field>
        <mat-label>Moyen de paiement</mat-label>
        <mat-select formControlName="method" required>
          @for (m of methods; track m) {
            <mat-option [value]="m">{{ methodLabels[m] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Montant reçu (€)</mat-label>
        <input matInput formControlName="amount" inputmode="decimal" required />
        @if (form.controls.amount.touched && form.controls.amount.errors?.['server']; as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field>
        <mat-label>Date de réception</mat-label>
        <input matInput type="date" formControlName="receivedOn" required />
        @if (form.controls.receivedOn.touched && form.controls.receivedOn.errors?.['server']; as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field>
        <mat-label>Référence (n° de chèque, libellé du virement)</mat-label>
        <input matInput formControlName="reference" maxlength="120" />
      </mat-form-field>
      <app-form-actions label="Enregistrer le paiement" [busy]="submission.submitting()" />
    </form>
  `,
  styles: `.payment-form { display: flex; flex-wrap: wrap; gap: 0 12px; align-items: flex-start; } mat-form-field { min-width: 200px; }`,
})
export class RecordPaymentForm {
  private readonly data = inject(PacksData);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly subscription = input.required<SubscriptionView>();
  readonly recorded = output<SubscriptionView>();

  protected readonly methods = OFFLINE_PAYMENT_METHODS;
  protected readonly methodLabels = PACK_PAYMENT_METHOD_LABELS;
  protected readonly labels = { method: 'Moyen de paiement', amountCents: 'Montant reçu', amount: 'Montant reçu', receivedOn: 'Date de réception', reference: 'Référence' };
  protected readonly form = inject(NonNullableFormBuilder).group({
    method: ['TRANSFER', Validators.required],
    amount: ['', [Validators.required, amountValidator]],
    receivedOn: [new Date().toISOString().slice(0, 10), Validators.required],
    reference: [''],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);

  ngOnInit(): void {
    this.form.controls.amount.setValue(centsToInput(this.subscription().remainingCents));
  }

  protected submit(): void {
    if (!this.submission.canSend()) return;
    const { method, amount, receivedOn, reference } = this.form.getRawValue();
    this.submission.send(
      this.data.recordPayment({ subscriptionId: this.subscription().id, method, amountCents: parseEuros(amount) ?? 0, receivedOn, reference }),
      (s) => this.recorded.emit(s),
    );
  }
}
