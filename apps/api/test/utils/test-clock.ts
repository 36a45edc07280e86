// The API's Clock under a test's control: it follows real time until a test sets or advances it.
import type { INestApplication } from '@nestjs/common';
import { Clock } from '../../src/common/clock.js';

export class TestClock {
  private frozenAt: number | undefined;
  private offsetMs = 0;

  private constructor() {}

  /** Takes over the app's Clock (one instance, shared by every service that asks for it). */
  static of(app: INestApplication): TestClock {
    const testClock = new TestClock();
    const clock = app.get(Clock);
    clock.now = () => testClock.now();
    return testClock;
  }

  now(): Date {
    return new Date(this.frozenAt ?? Date.now() + this.offsetMs);
  }

  /** Stops the clock at `date`. */
  set(date: Date | string): void {
    this.frozenAt = new Date(date).getTime();
  }

  /** Moves the clock forward (frozen or not). */
  advance(ms: number): void {
    if (this.frozenAt === undefined) this.offsetMs += ms;
    else this.frozenAt += ms;
  }

  /** Back to real time. */
  reset(): void {
    this.frozenAt = undefined;
    this.offsetMs = 0;
  }
}
