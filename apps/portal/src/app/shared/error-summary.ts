import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import type { ApiError } from './api-error';

/**
 * The error box at the top of a form: the overall message and, for invalid input, each field's message
 * prefixed with the field's label. Announced by screen readers as soon as it appears. What the user
 * can do about the error (e.g. a reload button) is projected into the box.
 */
@Component({
  selector: 'app-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as error) {
      <div #box class="error-summary" role="alert" tabindex="-1">
        <p class="error-summary__title">{{ error.message }}</p>
        @if (items().length > 0) {
          <ul>
            @for (item of items(); track item.field) {
              <li>{{ item.text }}</li>
            }
          </ul>
        }
        <ng-content />
      </div>
    }
  `,
  styles: `
    .error-summary {
      border: 2px solid var(--mat-sys-error);
      border-radius: 8px;
      padding: 12px 16px;
      margin-block-end: 16px;
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
    .error-summary__title {
      font-weight: 600;
      margin: 0;
    }
    ul {
      margin: 8px 0 0;
      padding-inline-start: 20px;
    }
  `,
})
export class ErrorSummary {
  private readonly injector = inject(Injector);
  private readonly box = viewChild<ElementRef<HTMLElement>>('box');

  readonly error = input<ApiError | null>(null);
  /** Human labels of the fields, keyed by the API's field path. */
  readonly labels = input<Readonly<Record<string, string>>>({});

  protected readonly items = computed(() => {
    const labels = this.labels();
    return (this.error()?.fields ?? []).map(({ field, message }) => ({
      field,
      text: labels[field] ? `${labels[field]}\u00a0: ${message}` : message,
    }));
  });

  constructor() {
    // A failed save: the user's eyes and keyboard go to the message, wherever the button was.
    effect(() => {
      if (this.error()) {
        this.focus();
      }
    });
  }

  /** Moves the focus to the box once it is on screen, and scrolls it into view. */
  focus(): void {
    afterNextRender(
      {
        write: () => {
          const box = this.box()?.nativeElement;
          if (!box) {
            return;
          }
          box.focus({ preventScroll: true });
          box.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
        },
      },
      { injector: this.injector },
    );
  }
}
