import { Injectable } from '@nestjs/common';
import { DomainError } from '@extranet/domain';
import { RateLimiterMemory } from 'rate-limiter-flexible';

export type ThrottledAction = 'sign-in' | 'password-reset' | 'invitation';

/**
 * Throttles abuse-prone operations: 5 attempts per minute for each address typed or targeted and
 * for each account acting. Counters live in this process (one API instance per office).
 */
@Injectable()
export class Throttle {
  private readonly limiter = new RateLimiterMemory({ points: 5, duration: 60 });

  /** Consumes one attempt for every key; refuses when any of them is over the limit. */
  async consume(action: ThrottledAction, keys: (string | null | undefined)[]): Promise<void> {
    for (const key of keys) {
      if (!key) continue;
      try {
        await this.limiter.consume(`${action}:${key.toLowerCase()}`);
      } catch {
        throw DomainError.tooManyRequests();
      }
    }
  }
}
