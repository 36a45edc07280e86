import { Injectable } from '@nestjs/common';

/**
 * The time, injected, so that tests move it instead of sleeping: override the `Clock` provider
 * (e.g. `{ now: () => fixed }`) where a rule depends on the date (expiries, backoffs, reminders).
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
