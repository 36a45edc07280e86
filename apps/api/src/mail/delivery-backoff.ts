import { Injectable } from '@nestjs/common';

/**
 * When the outbox worker tries a message again: 30 s after a first failure, doubling, capped at 30
 * minutes (with ±10 % jitter so that messages queued together spread out), for 24 hours after the
 * message was queued; the first attempt to fail after that marks it FAILED, for staff to re-queue.
 * A provider of its own so that tests shorten it instead of waiting a real outage out.
 */
@Injectable()
export class DeliveryBackoff {
  firstDelayMs = 30_000;
  maxDelayMs = 30 * 60_000;
  retryForMs = 24 * 3_600_000;
  /** How often an idle worker looks for due messages (a new message wakes it at once). */
  pollMs = 1_000;

  /** Delay before the next attempt, once `attempts` attempts have failed. */
  delayAfter(attempts: number): number {
    const base = Math.min(this.firstDelayMs * 2 ** Math.max(0, attempts - 1), this.maxDelayMs);
    return Math.round(base * (0.9 + Math.random() * 0.2));
  }
}
