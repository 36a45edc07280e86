import { Injectable } from '@nestjs/common';
import type { ListingType } from '@extranet/domain';
import { PrismaService } from '../prisma/prisma.service.js';

export interface FreshnessCountRow {
  /** Set on the rows counted by type. */
  type: ListingType | null;
  /** Set on the rows counted by commune. */
  communeCode: string | null;
  fresh: number;
  dueSoon: number;
  stale: number;
}

@Injectable()
export class FreshnessRepository {
  constructor(private readonly db: PrismaService) {}

  /** The office's own frequency for a type; null puts the domain's default back. */
  async setFrequency(type: ListingType, days: number | null): Promise<void> {
    if (days === null) await this.db.client.listingFrequency.deleteMany({ where: { type } });
    else await this.db.client.listingFrequency.upsert({ where: { type }, create: { type, days }, update: { days }, select: { type: true } });
  }

  /**
   * Moves the due and stale dates of every listing of `type` in one statement, from its last
   * confirmation and the offsets the domain's freshnessOf gives for the new frequency.
   */
  async recomputeDates(type: ListingType, offsets: { dueMs: number; staleMs: number }): Promise<number> {
    return this.db.client.$executeRaw`
      UPDATE "listing"
      SET "due_at" = "last_confirmed_at" + ${offsets.dueMs}::double precision * INTERVAL '1 millisecond',
          "stale_at" = "last_confirmed_at" + ${offsets.staleMs}::double precision * INTERVAL '1 millisecond'
      WHERE "type" = ${type}::"ListingType"`;
  }

  /** Fresh, due-soon and stale listings at `now`, by type and by commune, in one pass over the table. */
  async counts(now: Date): Promise<FreshnessCountRow[]> {
    const at = now.toISOString();
    const rows = await this.db.client.$queryRaw<{ type: ListingType | null; commune_code: string | null; fresh: bigint; due_soon: bigint; stale: bigint }[]>`
      SELECT "type"::text AS type, "commune_code",
        count(*) FILTER (WHERE "due_at" > ${at}::timestamptz) AS fresh,
        count(*) FILTER (WHERE "due_at" <= ${at}::timestamptz AND "stale_at" > ${at}::timestamptz) AS due_soon,
        count(*) FILTER (WHERE "stale_at" <= ${at}::timestamptz) AS stale
      FROM "listing"
      GROUP BY GROUPING SETS (("type"), ("commune_code"))`;
    return rows.map((r) => ({ type: r.type, communeCode: r.commune_code, fresh: Number(r.fresh), dueSoon: Number(r.due_soon), stale: Number(r.stale) }));
  }
}
