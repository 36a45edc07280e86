import { signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { type Observable, finalize } from 'rxjs';
import { type ApiError, applyFieldErrors, toApiError } from './api-error';
import { focusFirstInvalid } from './focus';

/**
 * What every form does around its request: one submission at a time, a progress flag, and the API's
 * answer to a refusal shown as a summary (`error`) and under the fields it names.
 *
 * ```ts
 * protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
 * protected submit(): void {
 *   if (this.submission.canSend()) {
 *     this.submission.send(this.organisations.update(…), (organisation) => …);
 *   }
 * }
 * ```
 */
export class FormSubmission {
  private readonly running = signal(false);
  /** True while the request is on its way; the submit button is disabled meanwhile. */
  readonly submitting = this.running.asReadonly();
  /** What the API (or the form's own check) refused, for the error summary. */
  readonly error = signal<ApiError | null>(null);

  constructor(
    private readonly form: AbstractControl,
    /** Where to look for the first invalid field to focus. */
    private readonly host: HTMLElement,
  ) {}

  /**
   * Whether the request may go now. Not while one is running; an invalid form is refused with every
   * message shown and the focus on the first field to fix. Clears the previous error.
   */
  canSend(): boolean {
    if (this.running()) {
      return false;
    }
    this.error.set(null);
    if (this.form.invalid) {
      this.reject();
      return false;
    }
    return true;
  }

  /** Refuses the form without asking the API: every message shown, focus on the first field to fix. */
  reject(error: ApiError | null = null): void {
    this.form.markAllAsTouched();
    this.error.set(error);
    focusFirstInvalid(this.host);
  }

  /** Sends the request; a refusal lands in `error` and its field messages on the matching controls. */
  send<T>(request: Observable<T>, succeeded: (result: T) => void, failed?: (error: ApiError) => void): void {
    this.error.set(null);
    this.running.set(true);
    request.pipe(finalize(() => this.running.set(false))).subscribe({
      next: succeeded,
      error: (error: unknown) => {
        const apiError = toApiError(error);
        applyFieldErrors(this.form, apiError.fields);
        this.error.set(apiError);
        failed?.(apiError);
      },
    });
  }
}
