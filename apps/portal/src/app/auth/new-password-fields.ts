import { ChangeDetectionStrategy, Component, effect, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ControlErrorPipe } from '../shared/control-error.pipe';

/**
 * The « new password » and « confirm » fields of a form. The controls belong to the page's form, with
 * their validators (`newPasswordValidator`, and `matchesSibling` on the confirmation); this shows them
 * and re-checks the confirmation whenever the password changes.
 */
@Component({
  selector: 'app-new-password-fields',
  // Checked along with its page, as if its fields were written there: the controls' state (touched on
  // submit, the API's messages) changes without any signal this component could read.
  changeDetection: ChangeDetectionStrategy.Eager,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, ControlErrorPipe],
  template: `
    <mat-form-field>
      <mat-label>{{ label() }}</mat-label>
      <input matInput type="password" [formControl]="password()" autocomplete="new-password" required />
      @if (hint(); as hint) {
        <mat-hint>{{ hint }}</mat-hint>
      }
      @if (password().errors | controlError; as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>

    <mat-form-field>
      <mat-label>Confirmer le mot de passe</mat-label>
      <input matInput type="password" [formControl]="confirmation()" autocomplete="new-password" required />
      @if (confirmation().errors | controlError; as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class NewPasswordFields {
  readonly password = input.required<FormControl<string>>();
  readonly confirmation = input.required<FormControl<string>>();
  readonly label = input('Nouveau mot de passe');
  readonly hint = input<string>();

  constructor() {
    effect((onCleanup) => {
      const confirmation = this.confirmation();
      const subscription = this.password().valueChanges.subscribe(() =>
        confirmation.updateValueAndValidity({ emitEvent: false }),
      );
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
