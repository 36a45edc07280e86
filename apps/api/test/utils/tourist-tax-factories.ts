// Test-data builders for the tourist tax, written straight to the database, valid by default.
import { validateAccommodation, type AccommodationInput } from '@extranet/domain';
import type { PrismaClient } from '../../src/generated/prisma/client.js';

let counter = 0;

/** A valid accommodation input: a 3-star hotel in Gex, active since 2018. */
export function validAccommodationInput(overrides: Partial<AccommodationInput> = {}): AccommodationInput {
  return {
    name: `Hôtel de test ${++counter}`, street: '1 rue de Genève', communeCode: '01173', kind: 'HOTEL', stars: 3, capacity: 20,
    registrationNumber: null, basis: 'PER_NIGHT', activeFrom: '2018-01-01', activeTo: null, ...overrides,
  };
}

export async function createTaxAccommodation(prisma: PrismaClient, organisationId: string, overrides: Partial<AccommodationInput> = {}) {
  const checked = validateAccommodation(validAccommodationInput(overrides));
  if (!checked.ok) throw new Error(`createTaxAccommodation: invalid ${JSON.stringify(checked.errors)}`);
  const a = checked.value;
  return prisma.taxAccommodation.create({
    data: { ...a, organisationId, activeFrom: new Date(`${a.activeFrom}T00:00:00Z`), activeTo: a.activeTo ? new Date(`${a.activeTo}T00:00:00Z`) : null, openingPeriods: (a.openingPeriods ?? []) as object[] },
  });
}

/** A submitted « no rental » declaration, straight to the database. */
export function createTaxDeclaration(prisma: PrismaClient, accommodation: { id: string; organisationId: string }, fields: { year: number; quarter: number; amountCents?: number; status?: 'DRAFT' | 'SUBMITTED' }) {
  return prisma.taxDeclaration.create({
    data: {
      accommodationId: accommodation.id, organisationId: accommodation.organisationId, year: fields.year, quarter: fields.quarter,
      status: fields.status ?? 'SUBMITTED', noRental: true, lines: [], totals: {}, category: 'STARS_3', amountCents: fields.amountCents ?? 0,
      submittedAt: fields.status === 'DRAFT' ? null : new Date(),
    },
  });
}

/**
 * The staff dashboard's summary (migration …_tax_dashboard_summary) beside what the base tables
 * hold: the period totals (non-zero rows) both ways, and the accounts whose declared periods differ
 * from their submitted declarations (none when the summary is exact).
 */
export async function taxDashboardSummary(prisma: PrismaClient) {
  const summary = await prisma.$queryRawUnsafe<object[]>(`
    SELECT "year", "quarter", "received"::bigint AS received, "declared_cents"::bigint AS declared, "anomalies"::bigint AS anomalies, "paid_cents"::bigint AS paid
    FROM "tax_period_total" WHERE "received" <> 0 OR "declared_cents" <> 0 OR "anomalies" <> 0 OR "paid_cents" <> 0 ORDER BY 1, 2`);
  const fromBase = await prisma.$queryRawUnsafe<object[]>(`
    SELECT x."year", x."quarter", sum(x.received)::bigint AS received, sum(x.declared)::bigint AS declared, sum(x.anomalies)::bigint AS anomalies, sum(x.paid)::bigint AS paid FROM (
      SELECT d."year", d."quarter", count(*) AS received, sum(d."amount_cents") AS declared, count(*) FILTER (WHERE jsonb_array_length(d."anomalies") > 0) AS anomalies, 0 AS paid
      FROM "tax_declaration" d WHERE d."status" = 'SUBMITTED' GROUP BY 1, 2
      UNION ALL
      SELECT coalesce(d."year", 0), coalesce(d."quarter", 0), 0, 0, 0, sum(p."amount_cents")
      FROM "tax_payment" p LEFT JOIN "tax_declaration" d ON d."id" = p."declaration_id" GROUP BY 1, 2
    ) x GROUP BY 1, 2 HAVING sum(x.received) <> 0 OR sum(x.declared) <> 0 OR sum(x.anomalies) <> 0 OR sum(x.paid) <> 0 ORDER BY 1, 2`);
  const wrongAccounts = await prisma.$queryRawUnsafe<object[]>(`
    SELECT a."id", a."declared_periods" FROM "tax_accommodation" a
    WHERE a."declared_periods" IS DISTINCT FROM coalesce((SELECT array_agg(DISTINCT d."year" * 10 + d."quarter" ORDER BY d."year" * 10 + d."quarter")
      FROM "tax_declaration" d WHERE d."accommodation_id" = a."id" AND d."status" = 'SUBMITTED'), ARRAY[]::int[])`);
  return { summary, fromBase, wrongAccounts };
}
