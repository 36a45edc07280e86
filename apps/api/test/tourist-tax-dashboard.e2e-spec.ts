// The staff dashboard's late list, counts and per-period figures, made cheap (a summary kept by
// triggers: tax_period_total and tax_accommodation.declared_periods, migration
// …_tax_dashboard_summary): they must answer exactly what the previous definitions, read from the
// declarations and payments themselves, answered. The previous SQL is kept here, verbatim, and run
// beside the repository on data each test creates (whatever else the database holds, both see the
// same); after each write path through the API, the summary is compared with the base tables.
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { taxPeriod, type TaxPeriod } from '@extranet/domain';
import { repoPath } from '../src/config/paths.js';
import { TaxRepository } from '../src/tourist-tax/tax.repository.js';
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { signedInClient, type GraphQLClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';
import { createTaxAccommodation, createTaxDeclaration, taxDashboardSummary } from './utils/tourist-tax-factories.js';

let t: TestApp;
let repo: TaxRepository;
/** Statements the app sent since the last reset, with their parameters. */
let sent: { text: string; values: unknown[] }[] = [];
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  t = await startTestApp();
  TestClock.of(t.app).set('2026-05-10T10:00:00Z');
  repo = t.app.get(TaxRepository);
  pg.Client.prototype.query = function recordedQuery(this: pg.Client, ...args: unknown[]) {
    const [first, second] = args as [string | { text?: string; values?: unknown[] }, unknown];
    sent.push(typeof first === 'string' ? { text: first, values: Array.isArray(second) ? second : [] } : { text: first?.text ?? '', values: first?.values ?? [] });
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
});
afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await t.close();
});

// ---- The definitions before this change, verbatim (tax.repository.ts at a3e456d).

const values = (periods: TaxPeriod[]) => periods.map((p) => `(${p.year}::int, ${p.quarter}::int, '${p.from}'::date, '${p.to}'::date)`).join(', ');

function oldLateWhere(periods: TaxPeriod[], organisationId: string | null) {
  return `
      FROM "tax_accommodation" a
      JOIN "organisation" o ON o."id" = a."organisation_id"
      JOIN (VALUES ${values(periods)}) p(year, quarter, d_from, d_to)
        ON a."active_from" <= p.d_to AND (a."active_to" IS NULL OR a."active_to" >= p.d_from)
      WHERE NOT EXISTS (SELECT 1 FROM "tax_declaration" d WHERE d."accommodation_id" = a."id" AND d."year" = p.year AND d."quarter" = p.quarter AND d."status" = 'SUBMITTED')
      ${organisationId ? `AND a."organisation_id" = '${organisationId}'::uuid` : ''}`;
}

async function oldLate(periods: TaxPeriod[], organisationId: string | null, page: { offset: number; limit: number }) {
  const where = oldLateWhere(periods, organisationId);
  const rows = await t.prisma.$queryRawUnsafe<{ accommodation_id: string; accommodation_name: string; organisation_id: string; organisation_name: string; commune_code: string; year: number; quarter: number; last_reminder_at: Date | null }[]>(`
    SELECT a."id"::text AS accommodation_id, a."name" AS accommodation_name, a."organisation_id"::text AS organisation_id, o."name" AS organisation_name,
      a."commune_code", p.year, p.quarter,
      (SELECT max(r."sent_at") FROM "tax_reminder" r WHERE r."accommodation_id" = a."id" AND r."year" = p.year AND r."quarter" = p.quarter) AS last_reminder_at
    ${where}
    ORDER BY p.year, p.quarter, o."name", a."name", a."id"
    LIMIT ${page.limit} OFFSET ${page.offset}`);
  const [count] = await t.prisma.$queryRawUnsafe<{ total: bigint }[]>(`SELECT count(*) AS total ${where}`);
  return {
    items: rows.map((r) => ({
      accommodationId: r.accommodation_id, accommodationName: r.accommodation_name, organisationId: r.organisation_id, organisationName: r.organisation_name,
      communeCode: r.commune_code, year: r.year, quarter: r.quarter, lastReminderAt: r.last_reminder_at,
    })),
    total: Number(count!.total),
  };
}

async function oldPeriodStats(periods: TaxPeriod[]) {
  const rows = await t.prisma.$queryRawUnsafe<{ year: number; quarter: number; expected: bigint; received: bigint; declared: bigint | null; anomalies: bigint }[]>(`
    WITH p(year, quarter, d_from, d_to) AS (VALUES ${values(periods)})
    SELECT p.year, p.quarter,
      (SELECT count(*) FROM "tax_accommodation" a
        WHERE a."active_from" <= p.d_to AND (a."active_to" IS NULL OR a."active_to" >= p.d_from)) AS expected,
      count(d."id") AS received,
      sum(d."amount_cents") AS declared,
      count(d."id") FILTER (WHERE jsonb_array_length(d."anomalies") > 0) AS anomalies
    FROM p LEFT JOIN "tax_declaration" d ON d."year" = p.year AND d."quarter" = p.quarter AND d."status" = 'SUBMITTED'
    GROUP BY p.year, p.quarter, p.d_from, p.d_to ORDER BY p.year, p.quarter`);
  return rows.map((r) => ({ year: r.year, quarter: r.quarter, expected: Number(r.expected), received: Number(r.received), declaredCents: Number(r.declared ?? 0), anomalies: Number(r.anomalies) }));
}

// ---- Data: accounts active, opened or closed across the periods, with submitted, draft,
// superseded and out-of-period declarations, reminders and anomalies.

const CHASED = [taxPeriod(2025, 1), taxPeriod(2025, 2), taxPeriod(2025, 3), taxPeriod(2025, 4), taxPeriod(2026, 1)];

async function register() {
  const a = await createPartner(t.prisma, { name: `Hébergeur A ${Date.now()}` });
  const b = await createPartner(t.prisma, { name: `Hébergeur B ${Date.now()}` });
  const hotel = await createTaxAccommodation(t.prisma, a.organisation.id, { name: 'Hôtel du Col' });
  const opened = await createTaxAccommodation(t.prisma, a.organisation.id, { name: 'Annexe', activeFrom: '2025-05-01' });
  const closed = await createTaxAccommodation(t.prisma, b.organisation.id, { name: 'Gîte fermé', kind: 'FURNISHED_LET', stars: null, capacity: 4, activeTo: '2025-06-30' });
  const other = await createTaxAccommodation(t.prisma, b.organisation.id, { name: 'Hôtel du Col' });
  // hotel: 2025 Q1 submitted, Q2 draft only, Q3 superseded then submitted again, Q4 superseded only
  await createTaxDeclaration(t.prisma, hotel, { year: 2025, quarter: 1, amountCents: 1200 });
  await createTaxDeclaration(t.prisma, hotel, { year: 2025, quarter: 2, status: 'DRAFT' });
  const q3 = await createTaxDeclaration(t.prisma, hotel, { year: 2025, quarter: 3, amountCents: 500 });
  await t.prisma.taxDeclaration.update({ where: { id: q3.id }, data: { status: 'SUPERSEDED' } });
  await t.prisma.taxDeclaration.create({ data: { accommodationId: hotel.id, organisationId: hotel.organisationId, year: 2025, quarter: 3, revision: 2, status: 'SUBMITTED', noRental: true, lines: [], totals: {}, category: 'STARS_3', amountCents: 700, anomalies: [{ code: 'HIGH_OCCUPANCY', message: 'test' }], submittedAt: new Date() } });
  const q4 = await createTaxDeclaration(t.prisma, hotel, { year: 2025, quarter: 4, amountCents: 300 });
  await t.prisma.taxDeclaration.update({ where: { id: q4.id }, data: { status: 'SUPERSEDED' } });
  // the closed let declared a period after its closing (received, but it is not expected then)
  await createTaxDeclaration(t.prisma, closed, { year: 2025, quarter: 4, amountCents: 90 });
  // the other hotel declared everything but 2026 Q1, and was reminded about it
  for (const p of CHASED.slice(0, 4)) await createTaxDeclaration(t.prisma, other, { year: p.year, quarter: p.quarter, amountCents: 100 * p.quarter });
  await t.prisma.taxReminder.create({ data: { accommodationId: other.id, year: 2026, quarter: 1, step: 'AFTER_1', sentAt: new Date('2026-04-22T07:00:00Z') } });
  // a declaration of an older year, outside the chased ones
  await createTaxDeclaration(t.prisma, opened, { year: 2024, quarter: 2, amountCents: 10 });
  return { a, b, hotel, opened, closed, other };
}

describe('late list', () => {
  it('lists the same rows in the same order, with the same total, page by page and per organisation', async () => {
    const { a, b } = await register();
    const all = await oldLate(CHASED, null, { offset: 0, limit: 10_000 });
    expect(all.total).toBeGreaterThanOrEqual(8);
    expect(await repo.late(CHASED, null, { offset: 0, limit: 10_000 })).toEqual(all);
    for (const offset of [0, 3, 6, all.total - 1]) {
      expect(await repo.late(CHASED, null, { offset, limit: 3 })).toEqual(await oldLate(CHASED, null, { offset, limit: 3 }));
    }
    // past the end: no row, the total still counted
    expect(await repo.late(CHASED, null, { offset: all.total + 5, limit: 3 })).toEqual({ items: [], total: all.total });
    for (const organisationId of [a.organisation.id, b.organisation.id]) {
      const old = await oldLate(CHASED, organisationId, { offset: 0, limit: 100 });
      expect(old.total).toBeGreaterThan(0);
      expect(await repo.late(CHASED, organisationId, { offset: 0, limit: 100 })).toEqual(old);
      expect(await repo.lateCount(CHASED, organisationId)).toBe(old.total);
    }
    for (const periods of [CHASED.slice(1, 2), CHASED.slice(3), [taxPeriod(2024, 2)]]) {
      expect(await repo.late(periods, null, { offset: 0, limit: 10_000 })).toEqual(await oldLate(periods, null, { offset: 0, limit: 10_000 }));
      expect(await repo.lateCount(periods, null)).toBe((await oldLate(periods, null, { offset: 0, limit: 1 })).total);
    }
    expect(await repo.late([], null, { offset: 0, limit: 10 })).toEqual({ items: [], total: 0 });
  });

  it('gives the same expected, received, amount and anomalies per period, and the same anomaly count', async () => {
    await register();
    for (const periods of [CHASED.slice(0, 4), [taxPeriod(2026, 1), taxPeriod(2026, 2)], [taxPeriod(2024, 2)]]) {
      expect(await repo.periodStats(periods)).toEqual(await oldPeriodStats(periods));
    }
    const [{ n }] = await t.prisma.$queryRaw<[{ n: bigint }]>`SELECT count(*) AS n FROM "tax_declaration" WHERE "status" = 'SUBMITTED' AND jsonb_array_length("anomalies") > 0`;
    expect(await repo.anomalyCount()).toBe(Number(n));
  });

  it('reads no declaration for the late list and its counts: a test on the account’s own row', async () => {
    await register();
    sent = [];
    await repo.late(CHASED, null, { offset: 0, limit: 20 });
    await repo.late(CHASED, null, { offset: 7, limit: 3 });
    expect(sent.length).toBeGreaterThanOrEqual(2);
    for (const statement of sent) {
      expect(statement.text).toContain('"declared_periods"');
      expect(statement.text).not.toContain('"tax_declaration"');
    }
  });
});

describe('staff dashboard through the API', () => {
  const DASHBOARD = `query($year: Int!, $page: PageInput) {
    taxFollowUp(year: $year) { periods { quarter expected received late } }
    taxLateDeclarations(page: $page) { total items { accommodationId year quarter } }
    taxStaffTodo { lateDeclarations anomalies outstandingCents } }`;

  it('computes the late list once for the page and the to-do, and both show the same total', async () => {
    await register();
    const staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
    await staff.ok(DASHBOARD, { year: 2026, page: { limit: 5 } });
    sent = [];
    const answer = await staff.ok(DASHBOARD, { year: 2026, page: { limit: 5 } });
    const statements = sent;
    // the late counts per period once (the page's total and the to-do's count), the page once
    expect(statements.filter((s) => s.text.includes('"declared_periods"') && s.text.includes('count(*) FILTER'))).toHaveLength(1);
    expect(statements.filter((s) => s.text.includes('"declared_periods"') && s.text.includes('LIMIT'))).toHaveLength(1);
    // no figure of the dashboard reads the declarations or the payments
    expect(statements.filter((s) => /"tax_declaration"|"tax_payment"/.test(s.text))).toEqual([]);
    // the tariff years, which both late lists need, are read once too
    expect(statements.filter((s) => s.text.includes('"tax_tariff_year"'))).toHaveLength(1);
    expect(answer.taxStaffTodo.lateDeclarations).toBe(answer.taxLateDeclarations.total);
    expect(answer.taxLateDeclarations.total).toBe((await oldLate(CHASED, null, { offset: 0, limit: 1 })).total);
  });

  it('counts again in the next request: a declaration submitted in between is seen', async () => {
    const { hotel } = await register();
    const staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
    const before = (await staff.ok('{ taxStaffTodo { lateDeclarations } }')).taxStaffTodo.lateDeclarations;
    await createTaxDeclaration(t.prisma, hotel, { year: 2026, quarter: 1 });
    const after = (await staff.ok('{ taxStaffTodo { lateDeclarations } }')).taxStaffTodo.lateDeclarations;
    expect(after).toBe(before - 1);
  });
});

// ---- The summary after each write path: equal to what the base tables hold.

/** The balances as read before the summary (Prisma aggregates over the declarations and payments). */
async function oldBalance(year: number | null) {
  const [declared, paid] = await Promise.all([
    t.prisma.taxDeclaration.aggregate({ where: { status: 'SUBMITTED', ...(year ? { year } : {}) }, _sum: { amountCents: true } }),
    t.prisma.taxPayment.aggregate({ where: year ? { declaration: { year } } : {}, _sum: { amountCents: true } }),
  ]);
  const declaredCents = declared._sum.amountCents ?? 0;
  const paidCents = paid._sum.amountCents ?? 0;
  return { declaredCents, paidCents, outstandingCents: declaredCents - paidCents };
}

/**
 * Every period total and every account's declared periods against the declarations and payments,
 * then each dashboard figure the repository reads from the summary against its previous SQL.
 */
async function expectSummaryExact(step: string) {
  const { summary, fromBase, wrongAccounts } = await taxDashboardSummary(t.prisma);
  expect({ step, totals: summary }).toEqual({ step, totals: fromBase });
  expect({ step, wrongAccounts }).toEqual({ step, wrongAccounts: [] });
  expect({ step, late: await repo.late(CHASED, null, { offset: 0, limit: 10_000 }) }).toEqual({ step, late: await oldLate(CHASED, null, { offset: 0, limit: 10_000 }) });
  for (const periods of [CHASED.slice(0, 4), [taxPeriod(2026, 1), taxPeriod(2026, 2)]]) {
    expect({ step, stats: await repo.periodStats(periods) }).toEqual({ step, stats: await oldPeriodStats(periods) });
  }
  const [{ n }] = await t.prisma.$queryRaw<[{ n: bigint }]>`SELECT count(*) AS n FROM "tax_declaration" WHERE "status" = 'SUBMITTED' AND jsonb_array_length("anomalies") > 0`;
  expect({ step, anomalies: await repo.anomalyCount() }).toEqual({ step, anomalies: Number(n) });
  for (const year of [null, 2025, 2026]) {
    expect({ step, year, balance: await repo.balance(year ? { year } : {}) }).toEqual({ step, year, balance: await oldBalance(year) });
  }
}

describe('the summary after each write path', () => {
  const SUBMIT = 'mutation($input: TaxDeclarationInput!) { submitTaxDeclaration(input: $input) { id amountCents anomalies { code } } }';
  const DRAFT = 'mutation($input: TaxDeclarationInput!) { saveTaxDeclarationDraft(input: $input) { id } }';
  const CORRECT = 'mutation($input: CorrectTaxDeclarationInput!) { correctTaxDeclaration(input: $input) { id amountCents } }';
  const PAY = 'mutation($input: RecordTaxPaymentInput!) { recordTaxPayment(input: $input) { id } }';
  const MERGE = 'mutation($input: MergeTaxAccommodationsInput!) { mergeTaxAccommodations(input: $input) { id } }';
  const CREATE = 'mutation($input: CreateTaxAccommodationInput!) { createTaxAccommodation(input: $input) { id version } }';
  const UPDATE = 'mutation($input: UpdateTaxAccommodationInput!) { updateTaxAccommodation(input: $input) { id version } }';
  const declaration = (accommodationId: string, year: number, quarter: number, lines: object[]) =>
    ({ input: { accommodationId, year, quarter, noRental: lines.length === 0, lines } });
  const line = (stays: number, extra: object = {}) => ({ stays, nights: 2, persons: 2, ...extra });

  it('submit, « no rental », draft, correction, payments, account created, closed and reopened, merge: the summary equals the base tables after each', async () => {
    const { a } = await register();
    const staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
    const owner: GraphQLClient = await signedInClient(t.baseUrl, a.owner.email, PASSWORD);
    await expectSummaryExact('fixture (direct inserts and updates)');

    const hotel = await createTaxAccommodation(t.prisma, a.organisation.id, { name: 'Hôtel des Écrins', capacity: 4 });
    const submitted = (await owner.ok(SUBMIT, declaration(hotel.id, 2025, 1, [line(3)]))).submitTaxDeclaration;
    expect(submitted.amountCents).toBeGreaterThan(0);
    await expectSummaryExact('submit');
    // more person-nights than the capacity allows: an anomaly
    const anomalous = (await owner.ok(SUBMIT, declaration(hotel.id, 2025, 2, [line(200, { persons: 4, nights: 7 })]))).submitTaxDeclaration;
    expect(anomalous.anomalies.length).toBeGreaterThan(0);
    await expectSummaryExact('submit with anomalies');
    await owner.ok(SUBMIT, declaration(hotel.id, 2025, 3, []));
    await expectSummaryExact('« no rental »');
    const draft = (await owner.ok(DRAFT, declaration(hotel.id, 2025, 4, [line(1)]))).saveTaxDeclarationDraft;
    await expectSummaryExact('draft saved');
    await owner.ok(SUBMIT, declaration(hotel.id, 2025, 4, [line(2)]));
    expect((await t.prisma.taxDeclaration.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('SUBMITTED');
    await expectSummaryExact('draft submitted');
    const corrected = (await owner.ok(CORRECT, { input: { ...declaration(hotel.id, 2025, 2, [line(5)]).input, note: 'Erreur de saisie' } })).correctTaxDeclaration;
    expect(corrected.amountCents).not.toBe(anomalous.amountCents);
    await expectSummaryExact('correction (anomaly gone, amount changed)');

    await staff.ok(PAY, { input: { accommodationId: hotel.id, declarationId: submitted.id, method: 'TRANSFER', paidOn: '2025-05-02', amountCents: 250, reference: 'VIR-1' } });
    await staff.ok(PAY, { input: { accommodationId: hotel.id, declarationId: anomalous.id, method: 'CHEQUE', paidOn: '2025-08-02', amountCents: 99, reference: 'CHQ-1' } });
    await staff.ok(PAY, { input: { accommodationId: hotel.id, declarationId: null, method: 'CASH', paidOn: '2026-01-05', amountCents: 40, reference: '' } });
    await expectSummaryExact('payments (with and without a declaration, one against a superseded revision)');

    const base = { organisationId: a.organisation.id, name: 'Hôtel des Écrins (doublon)', street: '', communeCode: '01173', kind: 'HOTEL', stars: 3, capacity: 4, activeFrom: '2025-01-01' };
    const duplicate = (await staff.ok(CREATE, { input: base })).createTaxAccommodation;
    await expectSummaryExact('account created');
    const { organisationId: _, ...fields } = base;
    const closed = (await staff.ok(UPDATE, { input: { ...fields, id: duplicate.id, version: duplicate.version, activeTo: '2025-06-30' } })).updateTaxAccommodation;
    await expectSummaryExact('account closed');
    const reopened = (await staff.ok(UPDATE, { input: { ...fields, id: duplicate.id, version: closed.version, activeTo: null } })).updateTaxAccommodation;
    await expectSummaryExact('account reopened');
    const onDuplicate = (await owner.ok(SUBMIT, declaration(duplicate.id, 2026, 1, [line(1)]))).submitTaxDeclaration;
    await staff.ok(PAY, { input: { accommodationId: duplicate.id, declarationId: onDuplicate.id, method: 'CARD', paidOn: '2026-04-30', amountCents: 10, reference: '' } });
    await expectSummaryExact('declaration and payment on the duplicate');
    const lateBefore = await repo.lateCount(CHASED, a.organisation.id);
    const keptVersion = (await t.prisma.taxAccommodation.findUniqueOrThrow({ where: { id: hotel.id } })).version;
    await staff.ok(MERGE, { input: { keptId: hotel.id, keptVersion, mergedId: duplicate.id, mergedVersion: reopened.version } });
    await expectSummaryExact('merge');
    // the duplicate's late periods went with it, and the kept account declared 2026 Q1 through it
    expect(await repo.lateCount(CHASED, a.organisation.id)).toBeLessThan(lateBefore);
    expect((await t.prisma.taxAccommodation.findUniqueOrThrow({ where: { id: hotel.id } })).declaredPeriods).toEqual([20251, 20252, 20253, 20254, 20261]);
  });

  it('stays exact under concurrent submissions, corrections and payments of the same quarter (rows locked in one order, no lost update)', async () => {
    const partner = await createPartner(t.prisma, { name: `Hébergeur concurrent ${Date.now()}` });
    const staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
    const owner: GraphQLClient = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
    const accounts: Awaited<ReturnType<typeof createTaxAccommodation>>[] = [];
    for (let i = 0; i < 6; i++) accounts.push(await createTaxAccommodation(t.prisma, partner.organisation.id, { name: `Gîte ${i}`, capacity: 6 }));
    const first = await Promise.all(accounts.map((a, i) => owner.ok(SUBMIT, declaration(a.id, 2025, 3, [line(i + 1)]))));
    await Promise.all([
      ...accounts.slice(0, 3).map((a, i) => owner.ok(CORRECT, { input: { ...declaration(a.id, 2025, 3, [line(i + 5)]).input, note: 'Oubli' } })),
      ...accounts.slice(3).map((a, i) => owner.ok(SUBMIT, declaration(a.id, 2025, 4, [line(i + 2)]))),
      ...first.map((d, i) => staff.ok(PAY, { input: { accommodationId: accounts[i]!.id, declarationId: d.submitTaxDeclaration.id, method: 'TRANSFER', paidOn: '2025-11-02', amountCents: 100 + i, reference: '' } })),
    ]);
    await expectSummaryExact('concurrent writes');
    expect((await t.prisma.taxPeriodTotal.findUniqueOrThrow({ where: { year_quarter: { year: 2025, quarter: 3 } } })).paidCents).toBeGreaterThanOrEqual(615n);
  });

  it('rebuild_tax_dashboard_summary() (the seed’s, and a repair) gives back the summary the base tables hold', async () => {
    await register();
    const expected = await taxDashboardSummary(t.prisma);
    expect(expected.summary).toEqual(expected.fromBase);
    expect(expected.summary).not.toEqual([]);
    await t.prisma.$transaction(async (tx) => {
      // a summary gone wrong: one account forgets its periods, one total is off, one is missing
      await tx.$executeRawUnsafe(`UPDATE "tax_accommodation" SET "declared_periods" = ARRAY[]::int[] WHERE "id" = (SELECT min("accommodation_id"::text)::uuid FROM "tax_declaration" WHERE "status" = 'SUBMITTED')`);
      await tx.$executeRawUnsafe(`UPDATE "tax_period_total" SET "received" = "received" + 7 WHERE ("year", "quarter") = (SELECT "year", "quarter" FROM "tax_period_total" WHERE "received" > 0 LIMIT 1)`);
      await tx.$executeRawUnsafe(`DELETE FROM "tax_period_total" WHERE ("year", "quarter") = (SELECT "year", "quarter" FROM "tax_period_total" WHERE "received" > 0 ORDER BY "year" DESC, "quarter" DESC LIMIT 1)`);
    });
    const broken = await taxDashboardSummary(t.prisma);
    expect(broken.summary).not.toEqual(broken.fromBase);
    expect(broken.wrongAccounts).not.toEqual([]);
    await t.prisma.$executeRawUnsafe(`CALL rebuild_tax_dashboard_summary()`);
    const after = await taxDashboardSummary(t.prisma);
    expect(after.summary).toEqual(expected.fromBase);
    expect(after.wrongAccounts).toEqual([]);
  });

  it('the migration’s backfill gives an existing database the same summary (run on this data after emptying it)', async () => {
    await register();
    const folder = readdirSync(repoPath('prisma/migrations')).find((name) => name.endsWith('_tax_dashboard_summary'))!;
    const sql = readFileSync(repoPath('prisma/migrations', folder, 'migration.sql'), 'utf8');
    const backfill = sql.slice(sql.indexOf('-- What an existing database holds')).split(/;\s*\n/).map((x) => x.trim()).filter((x) => x && !/^(--[^\n]*\n?)*$/.test(x));
    expect(backfill).toHaveLength(2);
    const expected = await taxDashboardSummary(t.prisma);
    expect(expected.wrongAccounts).toEqual([]);
    await t.prisma.$transaction(async (tx) => {
      // as before the migration: no summary
      await tx.$executeRawUnsafe(`UPDATE "tax_accommodation" SET "declared_periods" = ARRAY[]::int[]`);
      await tx.$executeRawUnsafe(`DELETE FROM "tax_period_total"`);
      for (const statement of backfill) await tx.$executeRawUnsafe(statement);
    });
    const after = await taxDashboardSummary(t.prisma);
    expect(after.summary).toEqual(expected.fromBase);
    expect(after.wrongAccounts).toEqual([]);
  });
});
