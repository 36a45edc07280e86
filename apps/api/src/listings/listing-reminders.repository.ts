import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';

export type ReminderStep = 'DUE_SOON' | 'STALE';

/** A reminder just recorded, with one of the people to e-mail (null when the organisation has no active owner). */
export interface ClaimedReminder {
  listingId: string;
  listingName: string;
  step: ReminderStep;
  recipient: { email: string; name: string } | null;
}

@Injectable()
export class ListingRemindersRepository {
  constructor(private readonly db: PrismaService) {}

  /**
   * Records the reminders owed at `now`, at most `limit` listings, and returns them with the
   * owners to tell. A listing owes the reminder of its current step (DUE_SOON, then STALE) once
   * per freshness period (`last_confirmed_at`); the primary key of `listing_reminder` and
   * ON CONFLICT DO NOTHING make a second sweep — or a sweep of another API instance running at
   * the same moment, which waits for this transaction — record and return nothing for it.
   * The office's own listings and listings with a request under review are left alone.
   */
  async claimDue(now: Date, limit: number): Promise<ClaimedReminder[]> {
    const at = now.toISOString();
    const rows = await this.db.client.$queryRaw<{ listing_id: string; listing_name: string; step: ReminderStep; email: string | null; user_name: string | null }[]>`
      WITH owed AS MATERIALIZED (
        -- Every reminder owed now, computed whole (hash anti-joins over the covering index on
        -- due_at) before the LIMIT: ordered by id, the planner would walk the primary key instead.
        SELECT l."id", l."last_confirmed_at", s.step
        FROM "listing" l
        JOIN "organisation" o ON o."id" = l."organisation_id"
        CROSS JOIN LATERAL (SELECT CASE WHEN l."stale_at" <= ${at}::timestamptz THEN 'STALE' ELSE 'DUE_SOON' END AS step) s
        WHERE l."due_at" <= ${at}::timestamptz
          AND o."category" <> 'TOURISM_OFFICE'
          AND NOT EXISTS (SELECT 1 FROM "change_request" c WHERE c."listing_id" = l."id" AND c."status" = 'OPEN')
          AND NOT EXISTS (
            SELECT 1 FROM "listing_reminder" r
            WHERE r."listing_id" = l."id" AND r."step" = s.step AND r."period_start" = l."last_confirmed_at"
          )
      ), claimed AS (
        -- In id order, so that two sweeps meeting on the same rows wait for each other, never deadlock.
        INSERT INTO "listing_reminder" ("listing_id", "step", "period_start", "sent_at")
        SELECT owed."id", owed.step, owed."last_confirmed_at", ${at}::timestamptz
        FROM owed
        ORDER BY owed."id"
        LIMIT ${limit}
        ON CONFLICT DO NOTHING
        RETURNING "listing_id", "step"
      )
      SELECT claimed."listing_id"::text AS listing_id, l."name" AS listing_name, claimed."step" AS step, u."email", u."name" AS user_name
      FROM claimed
      JOIN "listing" l ON l."id" = claimed."listing_id"
      LEFT JOIN "membership" m ON m."organisation_id" = l."organisation_id" AND m."role" = 'OWNER'
      LEFT JOIN "app_user" u ON u."id" = m."user_id" AND u."active"
      ORDER BY claimed."listing_id", u."email"`;
    return rows.map((r) => ({
      listingId: r.listing_id,
      listingName: r.listing_name,
      step: r.step,
      recipient: r.email ? { email: r.email, name: r.user_name ?? '' } : null,
    }));
  }
}
