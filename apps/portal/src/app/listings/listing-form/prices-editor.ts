import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input } from '@angular/core';
import { type FormArray, type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LISTING_LIMITS, PAYMENT_METHODS, PAYMENT_METHOD_LABELS, type PaymentMethod } from '@extranet/domain/listings';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { type PriceGroup, priceGroup } from './listing-form-model';

/** Prices as a repeatable group (label, amount or range in euros, unit) and the payment methods. */
@Component({
  selector: 'app-prices-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ControlErrorPipe],
  template: `
    <p class="help">Un tarif par prestation. Pour une fourchette, indiquez aussi le prix maximum.</p>
    @for (price of prices().controls; track price; let index = $index) {
      <fieldset class="group" [attr.data-price]="index">
        <legend>Tarif {{ index + 1 }}</legend>
        <div class="row">
          <mat-form-field>
            <mat-label>Libellé</mat-label>
            <input matInput [formControl]="price.controls.label" required />
            <mat-hint>Par exemple&nbsp;: chambre double, menu du jour.</mat-hint>
            @if (price.controls.label.errors | controlError; as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>Prix (€)</mat-label>
            <input matInput inputmode="decimal" [formControl]="price.controls.min" required />
            <mat-hint>Par exemple&nbsp;: 85 ou 12,50.</mat-hint>
            @if (price.controls.min.errors | controlError; as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>Prix maximum (€, facultatif)</mat-label>
            <input matInput inputmode="decimal" [formControl]="price.controls.max" />
            @if (price.controls.max.errors | controlError; as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>Unité (facultatif)</mat-label>
            <input matInput [formControl]="price.controls.period" />
            <mat-hint>Par nuit, par personne, par heure…</mat-hint>
            @if (price.controls.period.errors | controlError; as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        </div>
        <button mat-button type="button" (click)="prices().removeAt(index)">Retirer le tarif {{ index + 1 }}</button>
      </fieldset>
    }
    @if (prices().errors | controlError; as message) {
      <p class="field-error" role="alert">{{ message }}</p>
    }
    @if (prices().length < limits.prices) {
      <button mat-stroked-button type="button" (click)="addPrice()">Ajouter un tarif</button>
    }

    <fieldset class="group payment">
      <legend>Moyens de paiement acceptés</legend>
      @for (method of methods; track method.value) {
        <mat-checkbox [checked]="paymentMethods().value.includes(method.value)" (change)="toggle(method.value, $event.checked)">
          {{ method.label }}
        </mat-checkbox>
      }
    </fieldset>
  `,
  styleUrl: './prices-editor.scss',
})
export class PricesEditor {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly prices = input.required<FormArray<PriceGroup>>();
  readonly paymentMethods = input.required<FormControl<PaymentMethod[]>>();

  protected readonly limits = LISTING_LIMITS;
  protected readonly methods = PAYMENT_METHODS.map((value) => ({ value, label: PAYMENT_METHOD_LABELS[value] }));

  protected toggle(method: PaymentMethod, checked: boolean): void {
    const control = this.paymentMethods();
    const chosen = new Set(control.value);
    if (checked) {
      chosen.add(method);
    } else {
      chosen.delete(method);
    }
    // In the list's order, so that the same choice is the same value.
    control.setValue(PAYMENT_METHODS.filter((m) => chosen.has(m)));
    control.markAsDirty();
  }

  protected addPrice(): void {
    this.prices().push(priceGroup());
    const index = this.prices().length - 1;
    afterNextRender(
      { write: () => this.host.nativeElement.querySelector<HTMLInputElement>(`[data-price="${index}"] input`)?.focus() },
      { injector: this.injector },
    );
  }
}
