import { Injectable } from '@nestjs/common';
import type {
  AccessScope, AccommodationInput, AccommodationKind, AdditionalRate, ClassifiedCategory, DeclarationAnomaly, DeclarationLine, DeclarationTotals,
  MonthShare, AccommodationOpening, Page, TaxBasis, TaxPaymentInput, TaxPeriod, TouristTaxTariffs,
} from '@extranet/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../prisma/prisma.service.js';
import { withinScope } from '../prisma/scope.js';
import type { TaxDeclarationStatus } from './tax-enums.js';

export const toDay = (date: Date): string => date.toISOString().slice(0, 10);
export const fromDay = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

export interface AccommodationRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  street: string;
  communeCode: string;
  kind: AccommodationKind;
  stars: number | null;
  capacity: number;
  registrationNumber: string | null;
  basis: TaxBasis;
  activeFrom: string;
  activeTo: string | null;
  /** Flat-rate basis: the days open, in order (none: every day of the activity). */
  openingPeriods: AccommodationOpening[];
  listingId: string | null;
  version: number;
}

const accommodationSelect = {
  id: true, organisationId: true, name: true, street: true, communeCode: true, kind: true, stars: true, capacity: true,
  registrationNumber: true, basis: true, activeFrom: true, activeTo: true, openingPeriods: true, listingId: true, version: true,
  organisation: { select: { name: true } },
} as const satisfies Prisma.TaxAccommodationSelect;

type AccommodationRow = Prisma.TaxAccommodationGetPayload<{ select: typeof accommodationSelect }>;

function toAccommodation(row: AccommodationRow): AccommodationRecord {
  const { organisation, activeFrom, activeTo, openingPeriods, ...rest } = row;
  return { ...rest, organisationName: organisation.name, activeFrom: toDay(activeFrom), activeTo: activeTo ? toDay(activeTo) : null, openingPeriods: (openingPeriods ?? []) as unknown as AccommodationOpening[] };
}

const openingJson = (input: AccommodationInput): Prisma.InputJsonValue => (input.openingPeriods ?? []) as unknown as Prisma.InputJsonValue;

export interface DeclarationRecord {
  id: string;
  accommodationId: string;
  accommodationName: string;
  organisationId: string;
  year: number;
  quarter: number;
  revision: number;
  status: TaxDeclarationStatus;
  noRental: boolean;
  lines: DeclarationLine[];
  totals: Omit<DeclarationTotals, 'lines'>;
  category: string;
  amountCents: number;
  nights: number;
  personNights: number;
  platformNights: number;
  anomalies: DeclarationAnomaly[];
  correctionNote: string | null;
  submittedAt: Date | null;
  version: number;
  statistic: StatisticShare | null;
}

/** What a submitted revision added to tax_statistic. */
export interface StatisticShare {
  communeCode: string;
  category: string;
  months: MonthShare[];
}

const declarationSelect = {
  id: true, accommodationId: true, organisationId: true, year: true, quarter: true, revision: true, status: true, noRental: true,
  lines: true, totals: true, category: true, amountCents: true, nights: true, personNights: true, platformNights: true, anomalies: true,
  correctionNote: true, submittedAt: true, version: true, statistic: true, accommodation: { select: { name: true } },
} as const satisfies Prisma.TaxDeclarationSelect;

type DeclarationRow = Prisma.TaxDeclarationGetPayload<{ select: typeof declarationSelect }>;

function toDeclaration(row: DeclarationRow): DeclarationRecord {
  const { accommodation, lines, totals, anomalies, statistic, ...rest } = row;
  return {
    ...rest,
    statistic: statistic as unknown as StatisticShare | null,
    accommodationName: accommodation.name,
    lines: lines as unknown as DeclarationLine[],
    totals: totals as unknown as Omit<DeclarationTotals, 'lines'>,
    anomalies: anomalies as unknown as DeclarationAnomaly[],
  };
}

export interface DeclarationWrite {
  noRental: boolean;
  lines: DeclarationLine[];
  totals: Omit<DeclarationTotals, 'lines'>;
  category: string;
  amountCents: number;
  nights: number;
  personNights: number;
  platformNights: number;
  anomalies: DeclarationAnomaly[];
}

function declarationData(write: DeclarationWrite) {
  return {
    ...write,
    lines: write.lines as unknown as Prisma.InputJsonValue,
    totals: write.totals as unknown as Prisma.InputJsonValue,
    anomalies: write.anomalies as unknown as Prisma.InputJsonValue,
  };
}

export interface LateRow {
  accommodationId: string;
  accommodationName: string;
  organisationId: string;
  organisationName: string;
  communeCode: string;
  year: number;
  quarter: number;
  lastReminderAt: Date | null;
}

/** The account `a` was active during the period (its activity overlaps the period's days). */
function activeIn(p: TaxPeriod): Prisma.Sql {
  return Prisma.sql`a."active_from" <= ${p.to}::date AND (a."active_to" IS NULL OR a."active_to" >= ${p.from}::date)`;
}

/** Periods as a VALUES list for SQL: (year, quarter, from, to). */
function periodValues(periods: TaxPeriod[]): Prisma.Sql {
  return Prisma.join(periods.map((p) => Prisma.sql`(${p.year}::int, ${p.quarter}::int, ${p.from}::date, ${p.to}::date)`));
}

/** The tax register, declarations, payments and reminders: the feature's only Prisma user. */
@Injectable()
export class TaxRepository {
  constructor(private readonly db: PrismaService) {}

  // Tariffs

  /** Shared by the fields of one request outside a transaction (the late lists of the staff dashboard each need the years). */
  async tariffs(): Promise<(TouristTaxTariffs & { version: number })[]> {
    const rows = await this.db.memo('tax.tariffs', () => this.db.client.taxTariffYear.findMany({ orderBy: { year: 'asc' } }));
    return rows.map((r) => ({
      year: r.year,
      rates: r.rates as unknown as Record<ClassifiedCategory, number>,
      proportionalBasisPoints: r.proportionalBasisPoints,
      proportionalCapCents: r.proportionalCapCents,
      additionalRates: r.additionalRates as unknown as AdditionalRate[],
      rentThresholdCents: r.rentThresholdCents,
      flatRateAllowancePercent: r.flatRateAllowancePercent,
      version: r.version,
    }));
  }

  /** Creates the year (expected version null) or updates it if still at `version`; false when someone saved first. */
  async saveTariffs(tariffs: TouristTaxTariffs, version: number | null): Promise<boolean> {
    const data = {
      rates: tariffs.rates as unknown as Prisma.InputJsonValue,
      proportionalBasisPoints: tariffs.proportionalBasisPoints,
      proportionalCapCents: tariffs.proportionalCapCents,
      additionalRates: tariffs.additionalRates as unknown as Prisma.InputJsonValue,
      rentThresholdCents: tariffs.rentThresholdCents,
      flatRateAllowancePercent: tariffs.flatRateAllowancePercent,
    };
    if (version === null) {
      await this.db.client.taxTariffYear.create({ data: { year: tariffs.year, ...data } });
      return true;
    }
    const { count } = await this.db.client.taxTariffYear.updateMany({ where: { year: tariffs.year, version }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  // Accommodations

  async findAccommodation(id: string, scope: AccessScope): Promise<AccommodationRecord | null> {
    const row = await this.db.client.taxAccommodation.findFirst({ where: withinScope({ id }, scope), select: accommodationSelect });
    return row ? toAccommodation(row) : null;
  }

  async accommodationsOf(organisationId: string): Promise<AccommodationRecord[]> {
    const rows = await this.db.client.taxAccommodation.findMany({ where: { organisationId }, select: accommodationSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    return rows.map(toAccommodation);
  }

  async listAccommodations(filter: { search?: string | null; communeCode?: string | null }, page: Page): Promise<{ items: AccommodationRecord[]; total: number }> {
    const search = filter.search?.trim();
    const where: Prisma.TaxAccommodationWhereInput = {
      ...(filter.communeCode ? { communeCode: filter.communeCode } : {}),
      ...(search ? { OR: [{ name: { contains: search, mode: 'insensitive' } }, { organisation: { name: { contains: search, mode: 'insensitive' } } }] } : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.client.taxAccommodation.findMany({ where, select: accommodationSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }], skip: page.offset, take: page.limit }),
      this.db.client.taxAccommodation.count({ where }),
    ]);
    return { items: rows.map(toAccommodation), total };
  }

  async createAccommodation(organisationId: string, input: AccommodationInput & { listingId: string | null }): Promise<AccommodationRecord> {
    const row = await this.db.client.taxAccommodation.create({
      data: { ...input, organisationId, activeFrom: fromDay(input.activeFrom), activeTo: input.activeTo ? fromDay(input.activeTo) : null, openingPeriods: openingJson(input) },
      select: accommodationSelect,
    });
    return toAccommodation(row);
  }

  async updateAccommodation(id: string, version: number, input: AccommodationInput & { listingId: string | null }): Promise<AccommodationRecord | null> {
    const { count } = await this.db.client.taxAccommodation.updateMany({
      where: { id, version },
      data: { ...input, activeFrom: fromDay(input.activeFrom), activeTo: input.activeTo ? fromDay(input.activeTo) : null, openingPeriods: openingJson(input), version: { increment: 1 } },
    });
    return count === 1 ? this.findAccommodation(id, { all: true }) : null;
  }

  /** Periods (year, quarter) with a current declaration on both accounts: a merge would give the kept one two. */
  async overlappingPeriods(keptId: string, mergedId: string): Promise<{ year: number; quarter: number }[]> {
    return this.db.client.$queryRaw<{ year: number; quarter: number }[]>`
      SELECT DISTINCT k."year", k."quarter" FROM "tax_declaration" k
      JOIN "tax_declaration" m ON m."year" = k."year" AND m."quarter" = k."quarter" AND m."accommodation_id" = ${mergedId}::uuid AND m."status" <> 'SUPERSEDED'
      WHERE k."accommodation_id" = ${keptId}::uuid AND k."status" <> 'SUPERSEDED'
      ORDER BY 1, 2`;
  }

  /**
   * Moves the duplicate's declarations (every revision), payments and reminders to the kept account
   * and deletes the duplicate, in the caller's transaction; false when either changed since its version.
   * Reminders already recorded on the kept account for the same period and step are dropped.
   */
  /**
   * Locks both accounts of a merge, in id order, before anything is read: a submission in flight on
   * the duplicate (its foreign key holds a share lock) commits first, so the overlap check and the
   * moves see it; one started later waits, then finds the duplicate gone (NOT_FOUND) instead of
   * being deleted with it.
   */
  async lockForMerge(keptId: string, mergedId: string): Promise<void> {
    await this.db.client.$queryRaw`SELECT "id" FROM "tax_accommodation" WHERE "id" IN (${keptId}::uuid, ${mergedId}::uuid) ORDER BY "id" FOR UPDATE`;
  }

  async merge(kept: { id: string; version: number; organisationId: string }, merged: { id: string; version: number }): Promise<{ declarations: number; payments: number } | null> {
    const { count: touched } = await this.db.client.taxAccommodation.updateMany({ where: { id: kept.id, version: kept.version }, data: { version: { increment: 1 } } });
    if (touched !== 1) return null;
    const { count: declarations } = await this.db.client.taxDeclaration.updateMany({ where: { accommodationId: merged.id }, data: { accommodationId: kept.id, organisationId: kept.organisationId } });
    const { count: payments } = await this.db.client.taxPayment.updateMany({ where: { accommodationId: merged.id }, data: { accommodationId: kept.id, organisationId: kept.organisationId } });
    await this.db.client.taxCorrectionRequest.updateMany({ where: { accommodationId: merged.id }, data: { accommodationId: kept.id, organisationId: kept.organisationId } });
    await this.db.client.$executeRaw`
      UPDATE "tax_reminder" r SET "accommodation_id" = ${kept.id}::uuid
      WHERE r."accommodation_id" = ${merged.id}::uuid
        AND NOT EXISTS (SELECT 1 FROM "tax_reminder" k WHERE k."accommodation_id" = ${kept.id}::uuid AND k."year" = r."year" AND k."quarter" = r."quarter" AND k."step" = r."step")`;
    const { count: deleted } = await this.db.client.taxAccommodation.deleteMany({ where: { id: merged.id, version: merged.version } });
    if (deleted !== 1) return null;
    return { declarations, payments };
  }

  // Declarations

  async findDeclaration(id: string, scope: AccessScope): Promise<DeclarationRecord | null> {
    const row = await this.db.client.taxDeclaration.findFirst({ where: withinScope({ id }, scope), select: declarationSelect });
    return row ? toDeclaration(row) : null;
  }

  /** The latest revision for the accommodation and period (draft or submitted), or null. */
  async currentDeclaration(accommodationId: string, year: number, quarter: number): Promise<DeclarationRecord | null> {
    const row = await this.db.client.taxDeclaration.findFirst({
      where: { accommodationId, year, quarter, status: { not: 'SUPERSEDED' } },
      select: declarationSelect,
      orderBy: { revision: 'desc' },
    });
    return row ? toDeclaration(row) : null;
  }

  async previousRevision(accommodationId: string, year: number, quarter: number, revision: number): Promise<DeclarationRecord | null> {
    const row = await this.db.client.taxDeclaration.findFirst({ where: { accommodationId, year, quarter, revision: revision - 1 }, select: declarationSelect });
    return row ? toDeclaration(row) : null;
  }

  /** Current declarations of an accommodation (not superseded), newest period first. */
  async declarationsOf(accommodationId: string): Promise<DeclarationRecord[]> {
    const rows = await this.db.client.taxDeclaration.findMany({
      where: { accommodationId, status: { not: 'SUPERSEDED' } },
      select: declarationSelect,
      orderBy: [{ year: 'desc' }, { quarter: 'desc' }],
    });
    return rows.map(toDeclaration);
  }

  async createDeclaration(data: { accommodationId: string; organisationId: string; year: number; quarter: number; revision: number; status: TaxDeclarationStatus; createdById: string; submittedById: string | null; submittedAt: Date | null; correctionNote: string | null } & DeclarationWrite): Promise<DeclarationRecord> {
    const { noRental, lines, totals, category, amountCents, nights, personNights, platformNights, anomalies, ...rest } = data;
    const row = await this.db.client.taxDeclaration.create({
      data: { ...rest, ...declarationData({ noRental, lines, totals, category, amountCents, nights, personNights, platformNights, anomalies }) },
      select: declarationSelect,
    });
    return toDeclaration(row);
  }

  /** Rewrites a draft (and submits it when `submit` is given) if it is still that draft at `version`. */
  async updateDraft(id: string, version: number, write: DeclarationWrite, submit: { submittedById: string; submittedAt: Date } | null): Promise<DeclarationRecord | null> {
    const { count } = await this.db.client.taxDeclaration.updateMany({
      where: { id, version, status: 'DRAFT' },
      data: { ...declarationData(write), version: { increment: 1 }, ...(submit ? { status: 'SUBMITTED', ...submit } : {}) },
    });
    return count === 1 ? this.findDeclaration(id, { all: true }) : null;
  }

  /** Locks a submitted revision out of the current ones; false when it was no longer the submitted one. */
  async supersede(id: string, version: number): Promise<boolean> {
    const { count } = await this.db.client.taxDeclaration.updateMany({ where: { id, version, status: 'SUBMITTED' }, data: { status: 'SUPERSEDED', version: { increment: 1 } } });
    return count === 1;
  }

  // Payments and balances

  async createPayment(data: { organisationId: string; accommodationId: string; declarationId: string | null; recordedById: string } & TaxPaymentInput) {
    const row = await this.db.client.taxPayment.create({ data: { ...data, paidOn: fromDay(data.paidOn) } });
    return { ...row, paidOn: toDay(row.paidOn) };
  }

  async paymentsOf(accommodationId: string) {
    const rows = await this.db.client.taxPayment.findMany({ where: { accommodationId }, orderBy: [{ paidOn: 'desc' }, { createdAt: 'desc' }] });
    return rows.map((r) => ({ ...r, paidOn: toDay(r.paidOn) }));
  }

  /**
   * Declared (current submitted revisions) and paid, for an accommodation, an organisation or a year.
   * A year's and the register's figures are sums over the summary tax_period_total (a few dozen
   * rows, kept by triggers: migration …_tax_dashboard_summary); an account's or a host's read their
   * own rows through the indexes on accommodation and organisation.
   */
  async balance(where: { accommodationId?: string; organisationId?: string; year?: number }): Promise<{ declaredCents: number; paidCents: number; outstandingCents: number }> {
    if (!where.accommodationId && !where.organisationId) {
      const [row] = await this.db.client.$queryRaw<{ declared: bigint | null; paid: bigint | null }[]>`
        SELECT sum("declared_cents") AS declared, sum("paid_cents") AS paid FROM "tax_period_total"
        ${where.year ? Prisma.sql`WHERE "year" = ${where.year}::int` : Prisma.empty}`;
      const declaredCents = Number(row?.declared ?? 0);
      const paidCents = Number(row?.paid ?? 0);
      return { declaredCents, paidCents, outstandingCents: declaredCents - paidCents };
    }
    const declarationWhere: Prisma.TaxDeclarationWhereInput = { status: 'SUBMITTED', ...where };
    const paymentWhere: Prisma.TaxPaymentWhereInput = {
      ...(where.accommodationId ? { accommodationId: where.accommodationId } : {}),
      ...(where.organisationId ? { organisationId: where.organisationId } : {}),
      ...(where.year ? { declaration: { year: where.year } } : {}),
    };
    const [declared, paid] = await Promise.all([
      this.db.client.taxDeclaration.aggregate({ where: declarationWhere, _sum: { amountCents: true } }),
      this.db.client.taxPayment.aggregate({ where: paymentWhere, _sum: { amountCents: true } }),
    ]);
    const declaredCents = declared._sum.amountCents ?? 0;
    const paidCents = paid._sum.amountCents ?? 0;
    return { declaredCents, paidCents, outstandingCents: declaredCents - paidCents };
  }

  // Follow-up

  /**
   * Per period: accommodations expected to declare (one pass over the register for all the periods),
   * declarations received, amount and anomalies (the summary tax_period_total).
   */
  async periodStats(periods: TaxPeriod[]): Promise<{ year: number; quarter: number; expected: number; received: number; declaredCents: number; anomalies: number }[]> {
    if (periods.length === 0) return [];
    const [expected, totals] = await Promise.all([
      this.db.client.$queryRaw<Record<string, bigint>[]>`
        SELECT ${Prisma.join(periods.map((p, i) => Prisma.sql`count(*) FILTER (WHERE ${activeIn(p)}) AS ${Prisma.raw(`p${i}`)}`))} FROM "tax_accommodation" a`,
      this.db.client.$queryRaw<{ year: number; quarter: number; received: bigint; declared: bigint; anomalies: bigint }[]>`
        SELECT "year", "quarter", "received", "declared_cents" AS declared, "anomalies" FROM "tax_period_total"
        WHERE ("year", "quarter") IN (${Prisma.join(periods.map((p) => Prisma.sql`(${p.year}::int, ${p.quarter}::int)`))})`,
    ]);
    return periods
      .map((p, i) => {
        const t = totals.find((r) => r.year === p.year && r.quarter === p.quarter);
        return { year: p.year, quarter: p.quarter, expected: Number(expected[0]![`p${i}`] ?? 0), received: Number(t?.received ?? 0), declaredCents: Number(t?.declared ?? 0), anomalies: Number(t?.anomalies ?? 0) };
      })
      .sort((x, y) => x.year - y.year || x.quarter - y.quarter);
  }

  /**
   * Expected (active during the period) and no submitted declaration: a test on the account's own
   * row (`declared_periods`, kept by the trigger on tax_declaration), no anti-join against the
   * declarations (docs/architecture.md, « Dashboard »).
   */
  private lateFrom(periods: TaxPeriod[], organisationId: string | null): Prisma.Sql {
    return Prisma.sql`
      FROM "tax_accommodation" a
      JOIN (VALUES ${periodValues(periods)}) p(year, quarter, d_from, d_to)
        ON a."active_from" <= p.d_to AND (a."active_to" IS NULL OR a."active_to" >= p.d_from)
      WHERE p.year * 10 + p.quarter <> ALL(coalesce(a."declared_periods", ARRAY[]::int[]))
      ${organisationId ? Prisma.sql`AND a."organisation_id" = ${organisationId}::uuid` : Prisma.empty}`;
  }

  /**
   * How many accounts are late in each of `periods`, in one pass over the register; shared by the
   * fields of one request (the late page and the staff to-do's count).
   */
  private lateCounts(periods: TaxPeriod[], organisationId: string | null): Promise<Map<string, number>> {
    const key = `tax.lateCounts:${organisationId ?? 'all'}:${periods.map((p) => p.key).join(',')}`;
    return this.db.memo(key, async () => {
      // one pass, a count per period (cheaper than joining the periods and grouping)
      const [row] = await this.db.client.$queryRaw<Record<string, bigint>[]>`
        SELECT ${Prisma.join(periods.map((p, i) => Prisma.sql`count(*) FILTER (WHERE ${activeIn(p)} AND ${p.year * 10 + p.quarter}::int <> ALL(coalesce(a."declared_periods", ARRAY[]::int[]))) AS ${Prisma.raw(`p${i}`)}`))}
        FROM "tax_accommodation" a
        ${organisationId ? Prisma.sql`WHERE a."organisation_id" = ${organisationId}::uuid` : Prisma.empty}`;
      return new Map(periods.map((p, i) => [`${p.year}-${p.quarter}`, Number(row![`p${i}`] ?? 0)]));
    });
  }

  /**
   * Accommodations with no submitted declaration for one of `periods` (whose deadline has passed),
   * oldest period first, then by host and name. The counts per period say which periods the page
   * falls in; only those are read and sorted (one period, or two across a boundary).
   */
  async late(periods: TaxPeriod[], organisationId: string | null, page: Page): Promise<{ items: LateRow[]; total: number }> {
    if (periods.length === 0) return { items: [], total: 0 };
    const counts = await this.lateCounts(periods, organisationId);
    const ordered = [...periods].sort((x, y) => x.year - y.year || x.quarter - y.quarter);
    let before = 0;
    let skipped: number | null = null;
    const touched: TaxPeriod[] = [];
    for (const p of ordered) {
      const n = counts.get(`${p.year}-${p.quarter}`) ?? 0;
      if (n > 0 && before + n > page.offset && before < page.offset + page.limit) {
        touched.push(p);
        skipped ??= before;
      }
      before += n;
    }
    if (touched.length === 0 || page.limit === 0) return { items: [], total: before };
    const rows = await this.db.client.$queryRaw<{ accommodation_id: string; accommodation_name: string; organisation_id: string; organisation_name: string; commune_code: string; year: number; quarter: number; last_reminder_at: Date | null }[]>`
        WITH l AS MATERIALIZED (SELECT a."id", a."name", a."organisation_id", a."commune_code", p.year, p.quarter ${this.lateFrom(touched, organisationId)})
        SELECT l."id"::text AS accommodation_id, l."name" AS accommodation_name, l."organisation_id"::text AS organisation_id, o."name" AS organisation_name,
          l."commune_code", l.year, l.quarter,
          (SELECT max(r."sent_at") FROM "tax_reminder" r WHERE r."accommodation_id" = l."id" AND r."year" = l.year AND r."quarter" = l.quarter) AS last_reminder_at
        FROM l JOIN "organisation" o ON o."id" = l."organisation_id"
        ORDER BY l.year, l.quarter, o."name", l."name", l."id"
        LIMIT ${page.limit} OFFSET ${page.offset - skipped!}`;
    return {
      items: rows.map((r) => ({
        accommodationId: r.accommodation_id, accommodationName: r.accommodation_name, organisationId: r.organisation_id, organisationName: r.organisation_name,
        communeCode: r.commune_code, year: r.year, quarter: r.quarter, lastReminderAt: r.last_reminder_at,
      })),
      total: before,
    };
  }

  /** How many rows `late` lists for `periods`; shared with a `late` page of the same request. */
  async lateCount(periods: TaxPeriod[], organisationId: string | null): Promise<number> {
    if (periods.length === 0) return 0;
    const counts = await this.lateCounts(periods, organisationId);
    return periods.reduce((sum, p) => sum + (counts.get(`${p.year}-${p.quarter}`) ?? 0), 0);
  }

  /** Submitted declarations with anomalies, for staff (the summary tax_period_total). */
  async anomalyCount(): Promise<number> {
    const [row] = await this.db.client.$queryRaw<{ n: bigint | null }[]>`SELECT sum("anomalies") AS n FROM "tax_period_total"`;
    return Number(row?.n ?? 0);
  }

  // Reminders and e-mail

  /** Active owners of the organisation, to e-mail. */
  async ownersOf(organisationId: string): Promise<{ email: string; name: string }[]> {
    return this.db.client.user.findMany({
      where: { active: true, memberships: { some: { organisationId, role: 'OWNER' } } },
      select: { email: true, name: true },
      orderBy: { email: 'asc' },
    });
  }

  /** Records a reminder step; false when that step was already recorded (never twice). */
  async claimReminder(accommodationId: string, year: number, quarter: number, step: string, at: Date): Promise<boolean> {
    const count = await this.db.client.$executeRaw`
      INSERT INTO "tax_reminder" ("accommodation_id", "year", "quarter", "step", "sent_at")
      VALUES (${accommodationId}::uuid, ${year}, ${quarter}, ${step}, ${at}) ON CONFLICT DO NOTHING`;
    return count === 1;
  }

  /** An e-mail in the outbox, in the caller's transaction (MailService's way, with this feature's own text). */
  async queueMail(message: { recipient: string; template: string; subject: string; text: string; html: string }, at: Date): Promise<string> {
    const { id } = await this.db.client.outboxMessage.create({ data: { ...message, createdAt: at }, select: { id: true } });
    return id;
  }

  // Undeclared detection

  /**
   * What may escape the tax, each list capped at `limit` with its total: accommodation partners with
   * no tax account; accommodation listings with no account (neither linked nor of the same
   * organisation); accounts active in `year` with no declaration that year although a deadline has
   * passed; furnished lets without a registration number.
   */
  async undeclared(year: number, closedPeriods: TaxPeriod[], limit: number) {
    const accommodationCategories = Prisma.sql`('HOTEL', 'TOURIST_RESIDENCE', 'CAMPSITE', 'FURNISHED_LET')`;
    const accommodationListings = Prisma.sql`('HOTELLERIE', 'HEBERGEMENT_LOCATIF', 'HEBERGEMENT_COLLECTIF', 'HOTELLERIE_PLEIN_AIR')`;
    const partnersWhere = Prisma.sql`FROM "organisation" o WHERE o."category"::text IN ${accommodationCategories}
      AND NOT EXISTS (SELECT 1 FROM "tax_accommodation" a WHERE a."organisation_id" = o."id")`;
    const listingsWhere = Prisma.sql`FROM "listing" l JOIN "organisation" o ON o."id" = l."organisation_id"
      WHERE l."type"::text IN ${accommodationListings} AND o."category" <> 'TOURISM_OFFICE'
      AND NOT EXISTS (SELECT 1 FROM "tax_accommodation" a WHERE a."listing_id" = l."id" OR a."organisation_id" = l."organisation_id")`;
    const silentWhere = closedPeriods.length === 0 ? null : Prisma.sql`FROM "tax_accommodation" a JOIN "organisation" o ON o."id" = a."organisation_id"
      WHERE a."active_from" <= ${closedPeriods[closedPeriods.length - 1]!.to}::date AND (a."active_to" IS NULL OR a."active_to" >= ${`${year}-01-01`}::date)
      AND NOT EXISTS (SELECT 1 FROM "tax_declaration" d WHERE d."accommodation_id" = a."id" AND d."year" = ${year} AND d."status" = 'SUBMITTED')`;
    const unregisteredWhere = Prisma.sql`FROM "tax_accommodation" a JOIN "organisation" o ON o."id" = a."organisation_id"
      WHERE a."kind" = 'FURNISHED_LET' AND a."registration_number" IS NULL AND a."active_to" IS NULL`;
    type Row = { id: string; name: string; organisation_id: string; organisation_name: string; commune_code: string };
    const list = (where: Prisma.Sql, select: Prisma.Sql) =>
      Promise.all([
        this.db.client.$queryRaw<Row[]>`SELECT ${select} ${where} ORDER BY 2, 1 LIMIT ${limit}`,
        this.db.client.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total ${where}`,
      ]).then(([rows, [count]]) => ({
        total: Number(count!.total),
        items: rows.map((r) => ({ id: r.id, name: r.name, organisationId: r.organisation_id, organisationName: r.organisation_name, communeCode: r.commune_code })),
      }));
    const accountColumns = Prisma.sql`a."id"::text AS id, a."name", o."id"::text AS organisation_id, o."name" AS organisation_name, a."commune_code"`;
    const [partners, listings, silent, unregistered] = await Promise.all([
      list(partnersWhere, Prisma.sql`o."id"::text AS id, o."name", o."id"::text AS organisation_id, o."name" AS organisation_name, o."commune_code"`),
      list(listingsWhere, Prisma.sql`l."id"::text AS id, l."name", o."id"::text AS organisation_id, o."name" AS organisation_name, l."commune_code"`),
      silentWhere ? list(silentWhere, accountColumns) : Promise.resolve({ total: 0, items: [] }),
      list(unregisteredWhere, accountColumns),
    ]);
    return { partners, listings, silent, unregistered };
  }

  // Statistics

  /**
   * Adds (sign 1, and keeps it on the declaration) or subtracts (sign -1, when a correction
   * supersedes it) a submitted revision's figures in tax_statistic, in the caller's transaction.
   * Months are written in ascending order, so concurrent submissions lock rows in the same order.
   */
  async applyStatistic(declarationId: string, year: number, share: StatisticShare, sign: 1 | -1): Promise<void> {
    if (sign === 1) {
      await this.db.client.taxDeclaration.update({ where: { id: declarationId }, data: { statistic: share as unknown as Prisma.InputJsonValue }, select: { id: true } });
    }
    const months = [...share.months].sort((a, b) => a.month - b.month);
    const values = Prisma.join(months.map((m) => Prisma.sql`(${year}::int, ${m.month}::int, ${share.communeCode}, ${share.category},
      ${sign * m.nights}::bigint, ${sign * m.personNights}::bigint, ${sign * m.platformNights}::bigint, ${sign * m.amountCents}::bigint)`));
    await this.db.client.$executeRaw`
      INSERT INTO "tax_statistic" ("year", "month", "commune_code", "category", "nights", "person_nights", "platform_nights", "amount_cents")
      VALUES ${values}
      ON CONFLICT ("year", "month", "commune_code", "category") DO UPDATE SET
        "nights" = "tax_statistic"."nights" + EXCLUDED."nights",
        "person_nights" = "tax_statistic"."person_nights" + EXCLUDED."person_nights",
        "platform_nights" = "tax_statistic"."platform_nights" + EXCLUDED."platform_nights",
        "amount_cents" = "tax_statistic"."amount_cents" + EXCLUDED."amount_cents"`;
  }

  /** The summary of `years` summed by year and `key` (month, quarter, commune or category): a few thousand rows at most. */
  async totals(years: number[], key: 'month' | 'quarter' | 'commune' | 'category') {
    const column = key === 'month' ? Prisma.sql`s."month"::text`
      : key === 'quarter' ? Prisma.sql`((s."month" - 1) / 3 + 1)::text`
      : key === 'commune' ? Prisma.sql`s."commune_code"` : Prisma.sql`s."category"`;
    const rows = await this.db.client.$queryRaw<{ year: number; key: string; nights: bigint; person_nights: bigint; platform_nights: bigint; amount: bigint }[]>`
      SELECT s."year", ${column} AS key, sum(s."nights") AS nights, sum(s."person_nights") AS person_nights, sum(s."platform_nights") AS platform_nights,
        sum(s."amount_cents") AS amount
      FROM "tax_statistic" s
      WHERE s."year" = ANY(${years}::int[])
      GROUP BY s."year", 2`;
    return rows.map((r) => ({ year: r.year, key: r.key, nights: Number(r.nights), personNights: Number(r.person_nights), platformNights: Number(r.platform_nights), amountCents: Number(r.amount) }));
  }
}
