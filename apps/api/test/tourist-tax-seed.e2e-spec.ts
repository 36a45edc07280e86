// The demo seed's tourist-tax register: 282 accommodations and 3,973 persons of capacity owned by
// accommodation partners, declarations computed with the engine, some late and some missing, the
// demo partner with something to do — and a second run that changes nothing.
import { computeDeclaration, PAYS_DE_GEX_TARIFFS, taxCategoryOf, validateAccommodation, type AccommodationOpening, type DeclarationLine, type TaxCategory } from '@extranet/domain';
import { DEMO_LOGINS, seedDemoData } from '../../../prisma/seed/seed.js';
import { TAX_ACCOMMODATIONS_PER_UNIT, TAX_CAPACITY_PER_UNIT } from '../../../prisma/seed/tourist-tax.js';
import { signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';
import { taxDashboardSummary } from './utils/tourist-tax-factories.js';

const NOW = new Date('2026-11-29T09:00:00.000Z');

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  TestClock.of(t.app).set(NOW);
  await seedDemoData(t.prisma, { scale: 1, now: NOW });
}, 180_000);
afterAll(() => t.close());

const counts = async () => ({
  accommodations: await t.prisma.taxAccommodation.count(),
  declarations: await t.prisma.taxDeclaration.count(),
  payments: await t.prisma.taxPayment.count(),
});

it('seeds 282 accommodations, 3,973 persons of capacity, valid, owned by accommodation partners, over the communes', async () => {
  const rows = await t.prisma.taxAccommodation.findMany({ include: { organisation: { select: { category: true } } } });
  expect(rows).toHaveLength(TAX_ACCOMMODATIONS_PER_UNIT);
  expect(rows.reduce((s, a) => s + (a.kind === 'CAMPSITE' ? 3 * a.capacity : a.capacity), 0)).toBe(TAX_CAPACITY_PER_UNIT);
  expect(new Set(rows.map((r) => r.organisation.category))).toEqual(new Set(['HOTEL', 'TOURIST_RESIDENCE', 'CAMPSITE', 'FURNISHED_LET']));
  expect(new Set(rows.map((r) => r.communeCode)).size).toBeGreaterThan(20);
  for (const a of rows) {
    const checked = validateAccommodation({ ...a, activeFrom: a.activeFrom.toISOString().slice(0, 10), activeTo: a.activeTo?.toISOString().slice(0, 10) ?? null, openingPeriods: a.openingPeriods as unknown as AccommodationOpening[] });
    expect(checked.ok ? 'valid' : checked.errors).toBe('valid');
  }
  expect(rows.filter((a) => taxCategoryOf(a.kind, a.stars) === 'UNCLASSIFIED').length).toBeGreaterThan(50);
});

it('declares 2023 to 2026 with the engine’s amounts; some late, some missing, most paid', async () => {
  const declarations = await t.prisma.taxDeclaration.findMany({ include: { accommodation: true } });
  expect(new Set(declarations.map((d) => d.year))).toEqual(new Set([2023, 2024, 2025, 2026]));
  for (const d of declarations.filter((_, i) => i % 10 === 0)) {
    // 2023 and 2024 are history computed with the 2025 tariffs
    const tariffs = PAYS_DE_GEX_TARIFFS.find((x) => x.year === Math.max(2025, d.year))!;
    const category = taxCategoryOf(d.accommodation.kind, d.accommodation.stars) as TaxCategory;
    expect(computeDeclaration({ noRental: d.noRental, lines: d.lines as unknown as DeclarationLine[] }, category, tariffs).dueCents).toBe(d.amountCents);
  }
  const submitted = declarations.filter((d) => d.status === 'SUBMITTED');
  const late = submitted.filter((d) => d.submittedAt!.toISOString().slice(0, 10) > `${d.quarter === 4 ? d.year + 1 : d.year}-${String(d.quarter === 4 ? 1 : d.quarter * 3 + 1).padStart(2, '0')}-20`);
  expect(late.length / submitted.length).toBeGreaterThan(0.03);
  expect(submitted.filter((d) => d.noRental).length).toBeGreaterThan(10);
  expect(await t.prisma.taxPayment.count()).toBeGreaterThan(submitted.length / 2);
  // missing: fewer declarations than accommodation-periods past their deadline
  const staff = await signedInClient(t.baseUrl, DEMO_LOGINS.accounts[1].email, DEMO_LOGINS.password);
  const { taxFollowUp } = await staff.ok('{ taxFollowUp(year: 2025) { periods { expected received late } balance { declaredCents outstandingCents } } }');
  for (const p of taxFollowUp.periods) {
    expect(p.late).toBeGreaterThan(0);
    expect(p.received).toBeGreaterThan(p.expected * 0.8);
  }
  expect(taxFollowUp.balance.outstandingCents).toBeGreaterThan(0);
});

it('fills the statistics summary with exactly the submitted declarations, year by year', async () => {
  const declared = await t.prisma.taxDeclaration.groupBy({ by: ['year'], where: { status: 'SUBMITTED' }, _sum: { amountCents: true, nights: true, personNights: true } });
  const summary = await t.prisma.taxStatistic.groupBy({ by: ['year'], _sum: { amountCents: true, nights: true, personNights: true } });
  expect(declared.length).toBe(4);
  for (const d of declared) {
    const s = summary.find((x) => x.year === d.year)!;
    expect([Number(s._sum.amountCents), Number(s._sum.nights), Number(s._sum.personNights)]).toEqual([d._sum.amountCents, d._sum.nights, d._sum.personNights]);
  }
});

it('fills the dashboard summary (period totals, each account’s declared periods) with exactly what the declarations and payments hold', async () => {
  const { summary, fromBase, wrongAccounts } = await taxDashboardSummary(t.prisma);
  expect(fromBase.length).toBeGreaterThanOrEqual(12);
  expect(summary).toEqual(fromBase);
  expect(wrongAccounts).toEqual([]);
  expect(await t.prisma.taxAccommodation.count({ where: { declaredPeriods: { isEmpty: false } } })).toBeGreaterThan(200);
});

it("gives the demo partner's home a late declaration and the next one due", async () => {
  const owner = await signedInClient(t.baseUrl, DEMO_LOGINS.accounts[0].email, DEMO_LOGINS.password);
  const { me } = await owner.ok('{ me { memberships { organisation { id } } } }');
  const { taxTodo } = await owner.ok('query($id: ID!) { taxTodo(organisationId: $id) { due { accommodationName year quarter } late { accommodationName year quarter } } }', { id: me.memberships[0].organisation.id });
  expect(taxTodo.late).toEqual([{ accommodationName: 'Hôtel du Jura', year: 2026, quarter: 3 }]);
  expect(taxTodo.due).toEqual(expect.arrayContaining([{ accommodationName: 'Hôtel du Jura', year: 2026, quarter: 4 }]));
});

it('changes nothing on a second run', async () => {
  const before = await counts();
  await seedDemoData(t.prisma, { scale: 1, now: NOW });
  expect(await counts()).toEqual(before);
  const { summary, fromBase, wrongAccounts } = await taxDashboardSummary(t.prisma);
  expect(summary).toEqual(fromBase);
  expect(wrongAccounts).toEqual([]);
}, 180_000);

it('gives staff hosts to write to on the undeclared list (accounts silent all year, a holiday-let partner without an account), never the office itself', async () => {
  const staff = await signedInClient(t.baseUrl, DEMO_LOGINS.accounts[1].email, DEMO_LOGINS.password);
  const { taxUndeclared } = await staff.ok('{ taxUndeclared(year: 2026) { silent { total } partners { items { organisationId } } listings { items { organisationId } } } }');
  expect(taxUndeclared.silent.total).toBeGreaterThan(0);
  const withoutAccount = await t.prisma.organisation.findMany({ where: { category: 'FURNISHED_LET', taxAccommodations: { none: {} } }, select: { id: true } });
  expect(withoutAccount).toHaveLength(1);
  expect(taxUndeclared.partners.items.map((i: { organisationId: string }) => i.organisationId)).toEqual([withoutAccount[0]!.id]);
  const offices = await t.prisma.organisation.findMany({ where: { category: 'TOURISM_OFFICE' }, select: { id: true } });
  const listed = new Set(taxUndeclared.listings.items.map((i: { organisationId: string }) => i.organisationId));
  expect(offices.filter((o) => listed.has(o.id))).toEqual([]);
});
