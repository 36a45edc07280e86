import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  CHANGE_REQUEST_STATUS_LABELS,
  type ChangeRequestStatus,
  FRESHNESS_LABELS,
  type Freshness,
} from '@extranet/domain/listings';

const FRESHNESS_TONES: Readonly<Record<Freshness, string>> = { FRESH: 'ok', DUE_SOON: 'warn', STALE: 'alert' };
const STATUS_TONES: Readonly<Record<ChangeRequestStatus, string>> = {
  OPEN: 'warn',
  APPROVED: 'ok',
  PARTIALLY_APPROVED: 'ok',
  REJECTED: 'alert',
  SENT_BACK: 'alert',
  WITHDRAWN: 'neutral',
};

// Tints with dark text above 7:1; the words carry the meaning, the colour only repeats it.
const BADGE_STYLES = `
  .badge {
    border: 1px solid currentColor;
    border-radius: 8px;
    display: inline-block;
    font: var(--mat-sys-label-large);
    padding: 2px 10px;
    white-space: nowrap;
  }
  .badge--ok { background: #dcf5e3; color: #0f5129; }
  .badge--warn { background: #fff4d6; color: #5c4300; }
  .badge--alert { background: #ffe1de; color: #8c1d18; }
  .badge--neutral { background: var(--mat-sys-surface-container); color: var(--mat-sys-on-surface); }
`;

/** « À jour », « À confirmer bientôt », « À mettre à jour ». */
@Component({
  selector: 'app-freshness-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'badge badge--' + tone()">{{ label() }}</span>`,
  styles: BADGE_STYLES,
})
export class FreshnessBadge {
  readonly freshness = input.required<Freshness>();
  protected readonly label = computed(() => FRESHNESS_LABELS[this.freshness()]);
  protected readonly tone = computed(() => FRESHNESS_TONES[this.freshness()]);
}

/** The status of a change request, in words. */
@Component({
  selector: 'app-request-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'badge badge--' + tone()">{{ label() }}</span>`,
  styles: BADGE_STYLES,
})
export class RequestStatusBadge {
  readonly status = input.required<ChangeRequestStatus>();
  protected readonly label = computed(() => CHANGE_REQUEST_STATUS_LABELS[this.status()]);
  protected readonly tone = computed(() => STATUS_TONES[this.status()]);
}
