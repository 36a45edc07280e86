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

  /** Declared (current submitted revisions) and paid, for an accommodation, an organisation or a year. */
  async balance(where: { accommodationId?: string; organisationId?: string; year?: number }): Promise<{ declaredCents: number; paidCents: number; outstandingCents: number }> {
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
   * Per period: accommodations expected to declare, declarations received, amount and anomalies.
   * Received and amount come from the partial index on submitted declarations alone, the anomalies
   * from the partial index of submitted declarations with anomalies (…_tax_dashboard_indexes).
   */
  async periodStats(periods: TaxPeriod[]): Promise<{ year: number; quarter: number; expected: number; received: number; declaredCents: number; anomalies: number }[]> {
    const rows = await this.db.client.$queryRaw<{ year: number; quarter: number; expected: bigint; received: bigint; declared: bigint | null; anomalies: bigint }[]>`
      WITH p(year, quarter, d_from, d_to) AS (VALUES ${periodValues(periods)})
      SELECT p.year, p.quarter,
        (SELECT count(*) FROM "tax_accommodation" a
          WHERE a."active_from" <= p.d_to AND (a."active_to" IS NULL OR a."active_to" >= p.d_from)) AS expected,
        (SELECT count(*) FROM "tax_declaration" d WHERE d."year" = p.year AND d."quarter" = p.quarter AND d."status" = 'SUBMITTED') AS received,
        (SELECT sum(d."amount_cents") FROM "tax_declaration" d WHERE d."year" = p.year AND d."quarter" = p.quarter AND d."status" = 'SUBMITTED') AS declared,
        (SELECT count(*) FROM "tax_declaration" d
          WHERE d."year" = p.year AND d."quarter" = p.quarter AND d."status" = 'SUBMITTED' AND jsonb_array_length(d."anomalies") > 0) AS anomalies
      FROM p ORDER BY p.year, p.quarter`;
    return rows.map((r) => ({ year: r.year, quarter: r.quarter, expected: Number(r.expected), received: Number(r.received), declaredCents: Number(r.declared ?? 0), anomalies: Number(r.anomalies) }));
  }

  /**
   * Expected (active during the period) and no submitted declaration. The constant year range
   * changes no answer (the subquery already matches the period's year): it lets PostgreSQL read
   * only the chased years of the partial index `tax_declaration_submitted_idx`, from the index alone,
   * for one hash anti-join instead of every declaration's row (docs/architecture.md, « Bench »).
   */
  private lateWhere(periods: TaxPeriod[], organisationId: string | null): Prisma.Sql {
    const years = periods.map((p) => p.year);
    return Prisma.sql`
      FROM "tax_accommodation" a
      JOIN "organisation" o ON o."id" = a."organisation_id"
      JOIN (VALUES ${periodValues(periods)}) p(year, quarter, d_from, d_to)
        ON a."active_from" <= p.d_to AND (a."active_to" IS NULL OR a."active_to" >= p.d_from)
      WHERE NOT EXISTS (SELECT 1 FROM "tax_declaration" d
        WHERE d."accommodation_id" = a."id" AND d."year" = p.year AND d."quarter" = p.quarter AND d."status" = 'SUBMITTED'
          AND d."year" BETWEEN ${Math.min(...years)}::int AND ${Math.max(...years)}::int)
      ${organisationId ? Prisma.sql`AND a."organisation_id" = ${organisationId}::uuid` : Prisma.empty}`;
  }

  private lateKey(periods: TaxPeriod[], organisationId: string | null): string {
    return `tax.lateCount:${organisationId ?? 'all'}:${periods.map((p) => p.key).join(',')}`;
  }

  /**
   * Accommodations with no submitted declaration for one of `periods` (whose deadline has passed), oldest first.
   * One statement: the page and, by a window count, the total — which the rest of the request
   * (the staff to-do, `lateCount`) reuses instead of computing the late list again.
   */
  async late(periods: TaxPeriod[], organisationId: string | null, page: Page): Promise<{ items: LateRow[]; total: number }> {
    if (periods.length === 0) return { items: [], total: 0 };
    const rowsRead = this.db.client.$queryRaw<{ accommodation_id: string; accommodation_name: string; organisation_id: string; organisation_name: string; commune_code: string; year: number; quarter: number; last_reminder_at: Date | null; total: bigint }[]>`
        SELECT a."id"::text AS accommodation_id, a."name" AS accommodation_name, a."organisation_id"::text AS organisation_id, o."name" AS organisation_name,
          a."commune_code", p.year, p.quarter,
          (SELECT max(r."sent_at") FROM "tax_reminder" r WHERE r."accommodation_id" = a."id" AND r."year" = p.year AND r."quarter" = p.quarter) AS last_reminder_at,
          count(*) OVER () AS total
        ${this.lateWhere(periods, organisationId)}
        ORDER BY p.year, p.quarter, o."name", a."name", a."id"
        LIMIT ${page.limit} OFFSET ${page.offset}`;
    // A page past the end has no row to carry the total: only then is it counted on its own.
    const total = this.db.memo(this.lateKey(periods, organisationId), async () => {
      const rows = await rowsRead;
      return rows[0] ? Number(rows[0].total) : page.offset === 0 ? 0 : this.countLate(periods, organisationId);
    });
    const [rows, count] = await Promise.all([rowsRead, total]);
    return {
      items: rows.map((r) => ({
        accommodationId: r.accommodation_id, accommodationName: r.accommodation_name, organisationId: r.organisation_id, organisationName: r.organisation_name,
        communeCode: r.commune_code, year: r.year, quarter: r.quarter, lastReminderAt: r.last_reminder_at,
      })),
      total: count,
    };
  }

  /** How many rows `late` lists for `periods`; shared with a `late` page of the same request. */
  lateCount(periods: TaxPeriod[], organisationId: string | null): Promise<number> {
    if (periods.length === 0) return Promise.resolve(0);
    return this.db.memo(this.lateKey(periods, organisationId), () => this.countLate(periods, organisationId));
  }

  private async countLate(periods: TaxPeriod[], organisationId: string | null): Promise<number> {
    const [count] = await this.db.client.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total ${this.lateWhere(periods, organisationId)}`;
    return Number(count!.total);
  }

  /** Submitted declarations with anomalies, for staff. */
  async anomalyCount(): Promise<number> {
    const [row] = await this.db.client.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "tax_declaration" WHERE "status" = 'SUBMITTED' AND jsonb_array_length("anomalies") > 0`;
    return Number(row!.n);
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
