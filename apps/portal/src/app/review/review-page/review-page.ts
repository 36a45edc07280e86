import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { LISTING_TYPE_LABELS, REVIEW_COMMENT_MAX_LENGTH, reviewCommentProblem } from '@extranet/domain/listings';
import { finalize } from 'rxjs';
import type { FieldDecisionInput } from '../../graphql/types.generated';
import { RequestStatusBadge } from '../../listings/listing-badges';
import type { ChangeRequestView } from '../../listings/listing-data';
import { daysSince, durationInDays } from '../../listings/listing-format';
import { type FieldError, INVALID_INPUT_MESSAGE, toApiError } from '../../shared/api-error';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { FormSubmission } from '../../shared/form-submission';
import { ReviewData, changeRequestResource } from '../review-data';
import { type DecisionChoice, approveAll, buildDecisions, isCorrectable, proposedText } from '../review-decisions';
import { ChangeDiff } from './change-diff';

const UNDECIDED = 'Décidez de ce champ\u00a0: valider, corriger ou refuser.';

function decisionRow(corrected: string) {
  return new FormGroup({
    choice: new FormControl<DecisionChoice | null>(null),
    corrected: new FormControl(corrected, { nonNullable: true }),
  });
}
type DecisionRow = ReturnType<typeof decisionRow>;

/**
 * `/demandes/:id` — one change request, field by field: before and after, and for each field
 * « Valider », « Corriger » (texts) or « Refuser ». « Tout valider » then its confirmation publish
 * an ordinary request in two actions from here; « Renvoyer au partenaire » asks for more.
 */
@Component({
  selector: 'app-review-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    ControlErrorPipe,
    ErrorSummary,
    RequestStatusBadge,
    ChangeDiff,
  ],
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
})
export class ReviewPage {
  private readonly reviews = inject(ReviewData);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly summary = viewChild.required(ErrorSummary);

  /** Route parameter `:id`: the request. */
  readonly id = input.required<string>();

  protected readonly request = changeRequestResource(() => this.id());
  protected readonly typeLabels = LISTING_TYPE_LABELS;
  protected readonly commentMax = REVIEW_COMMENT_MAX_LENGTH;
  protected readonly isCorrectable = isCorrectable;

  protected readonly loadError = computed(() => {
    const error = this.request.error();
    return error ? toApiError(error) : null;
  });
  protected readonly open = computed(() => this.request.hasValue() && this.request.value().status === 'OPEN');
  protected readonly age = computed(() =>
    this.request.hasValue() ? durationInDays(daysSince(this.request.value().submittedAt)) : '',
  );

  protected readonly form = new FormGroup({
    decisions: new FormArray<DecisionRow>([]),
    comment: new FormControl('', { nonNullable: true }),
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  protected readonly conflict = computed(() => this.submission.error()?.code === 'CONFLICT');
  protected readonly labels = computed(() => this.fieldLabels(this.request.hasValue() ? this.request.value() : null));
  /** « Tout valider » asks for a confirmation before anything is published. */
  protected readonly confirmingAll = signal(false);
  protected readonly reloading = signal(false);
  private loadedKey: string | null = null;

  constructor() {
    // A new form for each request (or version of it) shown, never under the reviewer's fingers.
    effect(() => {
      if (!this.request.hasValue()) {
        return;
      }
      const request = this.request.value();
      untracked(() => {
        const key = `${request.id}:${request.version}`;
        if (key !== this.loadedKey) {
          this.loadedKey = key;
          this.load(request);
        }
      });
    });
  }

  private load(request: ChangeRequestView): void {
    const rows = request.changes.map((change) => decisionRow(proposedText(change)));
    this.form.setControl('decisions', new FormArray(rows));
    this.form.controls.comment.reset('');
    this.submission.error.set(null);
    this.confirmingAll.set(false);
  }

  protected choice(index: number): DecisionChoice | null {
    return this.form.controls.decisions.at(index)?.controls.choice.value ?? null;
  }

  /** « Tout valider »: shows the confirmation, focused. */
  protected askApproveAll(): void {
    this.confirmingAll.set(true);
    afterNextRender(
      { write: () => this.host.nativeElement.querySelector<HTMLElement>('.confirm-all button')?.focus() },
      { injector: this.injector },
    );
  }

  protected cancelApproveAll(): void {
    this.confirmingAll.set(false);
  }

  protected approveAll(): void {
    const request = this.current();
    if (!request) {
      return;
    }
    this.send(request, approveAll(request.changes), false);
  }

  /** « Enregistrer la décision »: every field decided; a rejection needs a comment. */
  protected decide(): void {
    const request = this.current();
    if (!request) {
      return;
    }
    const rows = this.form.controls.decisions.controls;
    const problems: FieldError[] = [];
    rows.forEach((row, index) => {
      if (!row.controls.choice.value) {
        row.controls.choice.setErrors({ domain: UNDECIDED });
        problems.push({ field: `decisions.${index}.choice`, message: UNDECIDED });
      }
    });
    const rejected = rows.filter((row) => row.controls.choice.value === 'REJECT').length;
    const comment = this.form.controls.comment;
    const commentProblem = reviewCommentProblem('DECIDE', rejected, comment.value);
    if (commentProblem) {
      comment.setErrors({ domain: commentProblem });
      problems.push({ field: 'comment', message: commentProblem });
    }
    if (problems.length > 0) {
      this.refuse(problems);
      return;
    }
    const drafts = rows.map((row) => row.getRawValue());
    this.send(request, buildDecisions(request.changes, drafts), false);
  }

  /** « Renvoyer au partenaire »: nothing decided, the comment says what to complete. */
  protected sendBack(): void {
    const request = this.current();
    if (!request) {
      return;
    }
    const comment = this.form.controls.comment;
    const problem = reviewCommentProblem('SEND_BACK', 0, comment.value);
    if (problem) {
      comment.setErrors({ domain: problem });
      this.refuse([{ field: 'comment', message: problem }]);
      return;
    }
    this.send(request, [], true);
  }

  private send(request: ChangeRequestView, decisions: FieldDecisionInput[], sendBack: boolean): void {
    if (this.submission.submitting()) {
      return;
    }
    this.submission.send(
      this.reviews.review({ id: request.id, version: request.version, decisions, comment: this.form.controls.comment.value.trim(), sendBack }),
      (reviewed) => {
        const what = sendBack ? 'Demande renvoyée au partenaire' : 'Décision enregistrée';
        this.snackBar.open(`${what}\u00a0: ${reviewed.organisationName} en est informé par courriel.`, 'Fermer', {
          duration: 8000,
          politeness: 'polite',
        });
        // Back to the queue as it was left (its filters came along in the query string).
        void this.router.navigate(['/demandes'], { queryParams: this.route.snapshot.queryParams });
      },
      (error) => {
        this.confirmingAll.set(false);
        // A correction the rules refuse names the field's path (`openingPeriods.0.from`): show it on that field.
        for (const { field, message } of error.fields) {
          const index = request.changes.findIndex((c) => field === c.path || field.startsWith(`${c.path}.`));
          const row = index >= 0 ? this.form.controls.decisions.at(index) : null;
          if (row) {
            const control = isCorrectable(request.changes[index]!.kind) ? row.controls.corrected : row.controls.choice;
            control.setErrors({ server: message });
            control.markAsTouched();
          }
        }
        this.summary().focus();
      },
    );
  }

  /** Every message shown, the focus on the first field to fix (a radio group has no invalid input of its own). */
  private refuse(fields: FieldError[]): void {
    this.form.markAllAsTouched();
    this.submission.error.set({ code: 'BAD_USER_INPUT', message: INVALID_INPUT_MESSAGE, fields });
    afterNextRender(
      {
        write: () =>
          this.host.nativeElement
            .querySelector<HTMLElement>('mat-radio-group.ng-invalid input, textarea.ng-invalid, input.ng-invalid')
            ?.focus(),
      },
      { injector: this.injector },
    );
  }

  /** After a CONFLICT: the request as another reviewer left it. */
  protected reload(): void {
    if (this.reloading()) {
      return;
    }
    this.reloading.set(true);
    this.reviews
      .reload(this.id())
      .pipe(finalize(() => this.reloading.set(false)))
      .subscribe({
        next: () => this.submission.error.set(null),
        error: (error: unknown) => {
          this.submission.error.set(toApiError(error));
          this.summary().focus();
        },
      });
  }

  private current(): ChangeRequestView | null {
    return this.request.hasValue() && this.request.value().status === 'OPEN' ? this.request.value() : null;
  }

  private fieldLabels(request: ChangeRequestView | null): Record<string, string> {
    const labels: Record<string, string> = { comment: 'Commentaire' };
    request?.changes.forEach((change, index) => {
      labels[`decisions.${index}.choice`] = change.label;
      labels[`decisions.${index}.corrected`] = change.label;
      labels[change.path] = change.label;
    });
    return labels;
  }
}
