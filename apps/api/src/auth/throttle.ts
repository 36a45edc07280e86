import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DomainError } from '@extranet/domain';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { ENV, type Env } from '../config/env.js';

/**
 * - `sign-in`: attempts on one address and on one account (THROTTLE_SIGN_IN_LIMIT a minute), not
 *   counted from a browser the account signed in from before (`sign-in-device`, same limit);
 * - `sign-in-client`: attempts from one client address, whatever account (THROTTLE_CLIENT_LIMIT);
 * - `password-reset`: links sent to one address (5 an hour, over that silently none);
 * - `password-reset-client`: reset requests from one client address (THROTTLE_CLIENT_LIMIT);
 * - `invitation`: invitations sent to one address and by one account (5 a minute).
 * A successful sign-in gives its attempt back, so the sign-in counts are failures (and attempts
 * still in flight, which keeps a burst of parallel guesses within the limit).
 */
export type ThrottledAction = 'sign-in' | 'sign-in-device' | 'sign-in-client' | 'password-reset' | 'password-reset-client' | 'invitation';

/** Created by the migration `…_throttle`; the layout is rate-limiter-flexible's. */
const TABLE = 'rate_limit';
const WINDOW_SECONDS = 60;
const SWEEP_EVERY_MS = 5 * 60 * 1000;

const logger = new Logger('Throttle');

/**
 * Throttles abuse-prone operations, per address typed or targeted, per account acting and per
 * client address (see ThrottledAction). The counts live in PostgreSQL, so every API instance
 * behind the load balancer enforces one shared limit.
 */
@Injectable()
export class Throttle implements OnApplicationShutdown {
  private readonly limiters: Record<ThrottledAction, RateLimiterPostgres>;
  private readonly sweeper: NodeJS.Timeout;

  constructor(@Inject(pg.Pool) private readonly pool: pg.Pool, @Inject(ENV) env: Env) {
    const limiter = (action: ThrottledAction, points: number, duration = WINDOW_SECONDS) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: TABLE,
        tableCreated: true, // by the migration: the app's role need not create tables
        clearExpiredByTimeout: false, // swept below, with a timer that stops at shutdown
        keyPrefix: action,
        points,
        duration,
      });
    this.limiters = {
      'sign-in': limiter('sign-in', env.THROTTLE_SIGN_IN_LIMIT),
      'sign-in-device': limiter('sign-in-device', env.THROTTLE_SIGN_IN_LIMIT),
      'sign-in-client': limiter('sign-in-client', env.THROTTLE_CLIENT_LIMIT),
      'password-reset': limiter('password-reset', 5, 60 * 60),
      'password-reset-client': limiter('password-reset-client', env.THROTTLE_CLIENT_LIMIT),
      invitation: limiter('invitation', 5),
    };
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_EVERY_MS).unref();
  }

  /** Consumes one attempt for every key; refuses when any of them is over the limit. */
  async consume(action: ThrottledAction, keys: (string | null | undefined)[]): Promise<void> {
    for (const key of keys) {
      if (!key) continue;
      try {
        await this.limiters[action].consume(storedKey(key));
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw DomainError.tooManyRequests();
        // The database failed: an internal error, not a refusal the user could wait out.
        throw rejection;
      }
    }
  }

  /** Like `consume`, but answers false instead of refusing (for work done silently, after answering). */
  async tryConsume(action: ThrottledAction, keys: (string | null | undefined)[]): Promise<boolean> {
    try {
      await this.consume(action, keys);
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'TOO_MANY_REQUESTS') return false;
      throw error;
    }
  }

  /** Gives back one attempt on every key (a sign-in that succeeded was not an attack). */
  async refund(action: ThrottledAction, keys: (string | null | undefined)[]): Promise<void> {
    for (const key of keys) {
      if (key) await this.limiters[action].reward(storedKey(key));
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /** Windows that ended long ago; any instance may do it, the DELETE is idempotent. */
  private async sweep(): Promise<void> {
    try {
      await this.pool.query(`DELETE FROM ${TABLE} WHERE expire < $1`, [Date.now() - 60 * 60 * 1000]);
    } catch (error) {
      logger.warn(`could not sweep expired throttle counts: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * A digest rather than the address or id itself: a bounded primary key whatever was typed in the
 * e-mail field, and no e-mail addresses kept in a table that nothing else audits.
 */
function storedKey(key: string): string {
  return createHash('sha256').update(key.toLowerCase()).digest('base64url');
}
