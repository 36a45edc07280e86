import { Injectable } from '@nestjs/common';

/** Attempts before a message is marked FAILED: about 40 minutes of exponential backoff. */
export const MAX_ATTEMPTS = 10;

/**
 * How pg-boss spaces the attempts of a failed delivery: 5 s, doubled at each attempt (with jitter).
 * A provider of its own so that tests shorten it instead of waiting a real backoff out.
 */
@Injectable()
export class DeliveryBackoff {
  retryDelaySeconds = 5;
  exponential = true;

  /** pg-boss's retry options, for the queue and for every job (read when the job is queued). */
  jobOptions(): { retryLimit: number; retryDelay: number; retryBackoff: boolean } {
    return { retryLimit: MAX_ATTEMPTS - 1, retryDelay: this.retryDelaySeconds, retryBackoff: this.exponential };
  }
}
