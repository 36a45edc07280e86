// Server-side sessions in PostgreSQL (connect-pg-simple's `session` table), with the idle expiry
// written at most every few minutes instead of on every request.
import connectPgSimple from 'connect-pg-simple';
import session, { type SessionData } from 'express-session';
import type pg from 'pg';

/** A session ends after 60 minutes without a request… */
export const IDLE_TIMEOUT_MS = 60 * 60 * 1000;
/**
 * …counted from its last recorded activity, which is written at most this often: a session idle
 * for 60 minutes is always gone, one idle for 55 may already be.
 */
export const ACTIVITY_WRITE_INTERVAL_MS = 5 * 60 * 1000;

interface StoredSession extends SessionData {
  /** When the expiry was last pushed 60 minutes ahead (ms since the epoch). */
  touchedAt?: number;
}

type Done = (error?: unknown) => void;

export function createSessionStore(pool: pg.Pool): connectPgSimple.PGStore {
  const PgStore = connectPgSimple(session);
  class SessionStore extends PgStore {
    /** Sign-in and other changes save the whole session: that push of the expiry is recorded too. */
    override set(sid: string, sess: StoredSession, done?: Done): void {
      sess.touchedAt = Date.now();
      super.set(sid, sess, done);
    }

    /**
     * express-session calls this on every request that changed nothing, and connect-pg-simple would
     * write the expiry each time: a committed write per request, before the response's last byte.
     * Write only when the recorded activity is older than the interval, and as an UPDATE, never the
     * store's upsert, so that a session revoked while this request ran stays revoked.
     */
    override touch(sid: string, sess: StoredSession, done?: Done): void {
      const now = Date.now();
      if (now - (sess.touchedAt ?? 0) < ACTIVITY_WRITE_INTERVAL_MS) {
        done?.();
        return;
      }
      sess.touchedAt = now;
      pool
        .query('UPDATE "session" SET "sess" = $1, "expire" = to_timestamp($2) WHERE "sid" = $3', [
          sess,
          Math.ceil((now + IDLE_TIMEOUT_MS) / 1000),
          sid,
        ])
        .then(() => done?.(), done ?? (() => undefined));
    }
  }
  return new SessionStore({ pool, tableName: 'session', pruneSessionInterval: 15 * 60 });
}
