import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';

/**
 * A form's submit button, any links projected beside it, and the progress bar announced to screen
 * readers while the request runs. Placed inside a <form>, its button submits that form.
 */
@Component({
  selector: 'app-form-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule],
  template: `
    <div class="form-actions">
      <button mat-flat-button type="submit" [disabled]="busy()">{{ label() }}</button>
      <ng-content />
    </div>
    <div aria-live="polite" class="progress-slot">
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="busyLabel()" />
        <span class="visually-hidden">{{ busyLabel() }}…</span>
      }
    </div>
  `,
  styles: ':host { display: block; }',
})
export class FormActions {
  readonly label = input.required<string>();
  readonly busy = input(false);
  readonly busyLabel = input('Enregistrement en cours');
}
