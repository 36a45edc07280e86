import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';

export interface ClaimedRenewalReminder {
  organisationId: string;
  organisationName: string;
  recipient: { email: string; name: string } | null;
}

@Injectable()
export class PackRemindersRepository {
  constructor(private readonly db: PrismaService) {}

  /**
   * Records the `step` reminder for every organisation whose pack of `year` is live and that has
   * none for `year + 1` yet, at most `limit`, and returns them with their active owners. The
   * primary key of `pack_renewal_reminder` and ON CONFLICT DO NOTHING make a second sweep — or one of
   * another API instance at the same moment, which waits for this transaction — record nothing.
   */
  async claim(year: number, step: number, now: Date, limit: number): Promise<ClaimedRenewalReminder[]> {
    const rows = await this.db.client.$queryRaw<{ organisation_id: string; organisation_name: string; email: string | null; user_name: string | null }[]>`
      WITH owed AS MATERIALIZED (
        SELECT DISTINCT s."organisation_id" FROM "subscription" s
        WHERE s."year" = ${year} AND s."status" <> 'CANCELLED'
          AND NOT EXISTS (SELECT 1 FROM "subscription" n WHERE n."organisation_id" = s."organisation_id" AND n."year" = ${year + 1} AND n."status" <> 'CANCELLED')
          AND NOT EXISTS (SELECT 1 FROM "pack_renewal_reminder" r WHERE r."organisation_id" = s."organisation_id" AND r."year" = ${year} AND r."step" = ${step})
      ), claimed AS (
        INSERT INTO "pack_renewal_reminder" ("organisation_id", "year", "step", "sent_at")
        SELECT owed."organisation_id", ${year}, ${step}, ${now}::timestamptz FROM owed
        ORDER BY owed."organisation_id"
        LIMIT ${limit}
        ON CONFLICT DO NOTHING
        RETURNING "organisation_id"
      )
      SELECT claimed."organisation_id"::text AS organisation_id, o."name" AS organisation_name, u."email", u."name" AS user_name
      FROM claimed
      JOIN "organisation" o ON o."id" = claimed."organisation_id"
      LEFT JOIN "membership" m ON m."organisation_id" = claimed."organisation_id" AND m."role" = 'OWNER'
      LEFT JOIN "app_user" u ON u."id" = m."user_id" AND u."active"
      ORDER BY claimed."organisation_id", u."email"`;
    return rows.map((r) => ({ organisationId: r.organisation_id, organisationName: r.organisation_name, recipient: r.email ? { email: r.email, name: r.user_name ?? '' } : null }));
  }
}
