import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DomainError } from '@extranet/domain';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { ENV, type Env } from '../config/env.js';

export type ThrottledAction = 'sign-in' | 'password-reset' | 'invitation';

/** Created by the migration `…_throttle`; the layout is rate-limiter-flexible's. */
const TABLE = 'rate_limit';
const WINDOW_SECONDS = 60;
const SWEEP_EVERY_MS = 5 * 60 * 1000;

const logger = new Logger('Throttle');

/**
 * Throttles abuse-prone operations: 5 attempts per minute (sign-in: THROTTLE_SIGN_IN_LIMIT) for
 * each address typed or targeted and for each account acting. The counts live in PostgreSQL, so
 * every API instance behind the load balancer enforces one shared limit.
 */
@Injectable()
export class Throttle implements OnApplicationShutdown {
  private readonly limiters: Record<ThrottledAction, RateLimiterPostgres>;
  private readonly sweeper: NodeJS.Timeout;

  constructor(@Inject(pg.Pool) private readonly pool: pg.Pool, @Inject(ENV) env: Env) {
    const limiter = (action: ThrottledAction, points: number) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: TABLE,
        tableCreated: true, // by the migration: the app's role need not create tables
        clearExpiredByTimeout: false, // swept below, with a timer that stops at shutdown
        keyPrefix: action,
        points,
        duration: WINDOW_SECONDS,
      });
    this.limiters = {
      'sign-in': limiter('sign-in', env.THROTTLE_SIGN_IN_LIMIT),
      'password-reset': limiter('password-reset', 5),
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
