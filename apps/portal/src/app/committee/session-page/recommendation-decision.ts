import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { COMMITTEE_LIMITS, RECOMMENDATION_STATUS_LABELS, type RecommendationStatus } from '@extranet/domain/committee';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { FormSubmission } from '../../shared/form-submission';
import { CommitteeData } from '../committee-data';

/** Staff record what the board did with one recommendation: only the next steps are offered. */
@Component({
  selector: 'app-recommendation-decision',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ControlErrorPipe, ErrorSummary],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="decision" [attr.aria-label]="'Décision du Comité de Direction sur «\u00a0' + recommendation().text.slice(0, 60) + '\u00a0»'">
      <app-error-summary [error]="submission.error()" [labels]="labels" />
      <mat-form-field>
        <mat-label>Décision du Comité de Direction</mat-label>
        <mat-select formControlName="status" required>
          @for (s of next(); track s) {
            <mat-option [value]="s">{{ statusLabels[s] }}</mat-option>
          }
        </mat-select>
        <mat-error>{{ form.controls.status.errors | controlError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Date</mat-label>
        <input matInput type="date" formControlName="date" required />
        <mat-error>{{ form.controls.date.errors | controlError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Note</mat-label>
        <input matInput formControlName="note" />
        <mat-error>{{ form.controls.note.errors | controlError }}</mat-error>
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="submission.submitting()">Enregistrer la décision</button>
    </form>
  `,
  styles: `
    .decision { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: baseline; }
    .decision app-error-summary { flex-basis: 100%; }
  `,
})
export class RecommendationDecision {
  private readonly data = inject(CommitteeData);
  private readonly snackBar = inject(MatSnackBar);

  readonly recommendation = input.required<{ id: string; text: string; status: RecommendationStatus }>();
  readonly next = input.required<readonly RecommendationStatus[]>();

  protected readonly statusLabels = RECOMMENDATION_STATUS_LABELS;
  protected readonly labels = { status: 'Décision', date: 'Date', note: 'Note' };
  protected readonly form = new FormGroup({
    status: new FormControl<RecommendationStatus | null>(null, { validators: [Validators.required] }),
    date: new FormControl(new Date().toISOString().slice(0, 10), { nonNullable: true, validators: [Validators.required] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(COMMITTEE_LIMITS.decisionNote)] }),
  });
  protected readonly submission = new FormSubmission(this.form, inject<ElementRef<HTMLElement>>(ElementRef).nativeElement);

  protected submit(): void {
    if (!this.submission.canSend()) return;
    const { status, date, note } = this.form.getRawValue();
    this.submission.send(this.data.recordDecision({ recommendationId: this.recommendation().id, status: status!, date, note: note || null }), () => {
      this.form.controls.status.reset(null);
      this.form.controls.note.reset('');
      this.snackBar.open('Décision enregistrée.', undefined, { duration: 4000 });
    });
  }
}
