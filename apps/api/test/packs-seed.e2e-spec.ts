// The demo seed's packs: a 2026 catalogue covering every partner category, terms of sale v1, 2025
// subscriptions for part of the 153 partners (paid online, by transfer or cheque, some unpaid)
// whose totals follow the domain's rules, invoices numbered without a gap — and a second run that
// changes nothing.
import { computeTotals, PARTNER_CATEGORIES, type IssuedInvoice } from '@extranet/domain';
import { DEMO_LOGINS, seedDemoData } from '../../../prisma/seed/seed.js';
import { facturX } from '../src/packs/invoice-document.js';
import { signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';

const NOW = new Date('2026-11-29T09:00:00.000Z');

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  TestClock.of(t.app).set(NOW);
  await seedDemoData(t.prisma, { scale: 1, now: NOW });
}, 180_000);
afterAll(() => t.close());

const counts = async () => ({
  items: await t.prisma.catalogueItem.count(),
  terms: await t.prisma.termsOfSale.count(),
  subscriptions: await t.prisma.subscription.count(),
  lines: await t.prisma.subscriptionLine.count(),
  payments: await t.prisma.payment.count(),
  invoices: await t.prisma.invoice.count(),
});

it('offers every partner category a 2026 pack, and publishes terms of sale v1', async () => {
  const packs = await t.prisma.catalogueItem.findMany({ where: { year: 2026, kind: 'PACK' } });
  for (const category of PARTNER_CATEGORIES) expect(packs.some((p) => p.categories.includes(category))).toBe(true);
  expect(await t.prisma.termsOfSale.findMany({ select: { version: true } })).toEqual([{ version: 1 }]);
});

it('subscribes part of the partners for 2025, with every way of paying and some unpaid, totals per the domain', async () => {
  const subscriptions = await t.prisma.subscription.findMany({ where: { year: 2025 }, include: { lines: true, payments: true, invoices: true } });
  expect(subscriptions.length).toBeGreaterThan(40);
  expect(subscriptions.length).toBeLessThan(153);
  const methods = new Set(subscriptions.flatMap((s) => s.payments.map((p) => p.method)));
  expect([...methods].sort()).toEqual(['CARD', 'CHEQUE', 'TRANSFER']);
  expect(subscriptions.some((s) => s.status === 'AWAITING_PAYMENT' && s.paidCents === 0)).toBe(true);
  expect(subscriptions.some((s) => s.status === 'AWAITING_PAYMENT' && s.paidCents > 0)).toBe(true);
  for (const s of subscriptions) {
    const totals = computeTotals(s.lines.map((l) => ({ label: l.label, quantity: 1, unitPriceExclCents: l.unitPriceExclCents, vatRateBp: l.vatRateBp })));
    expect([s.totalExclCents, s.totalVatCents, s.totalInclCents]).toEqual([totals.totalExclCents, totals.totalVatCents, totals.totalInclCents]);
    expect(s.paidCents).toBe(s.payments.reduce((sum, p) => sum + p.amountCents, 0));
    expect(s.invoices.length).toBe(s.status === 'PAID' ? 1 : 0);
    if (s.status === 'PAID') expect(s.invoices[0]!.totalInclCents).toBe(s.totalInclCents);
  }
  // Of the order of the 2018 report (12,712 € of packs sold).
  const sold = subscriptions.reduce((sum, s) => sum + s.totalInclCents, 0);
  expect(sold).toBeGreaterThan(800_000);
  expect(sold).toBeLessThan(2_500_000);
});

it('numbers the invoices of each year from 1 without a gap, and the counter continues from there', async () => {
  const invoices = await t.prisma.invoice.findMany({ select: { year: true, sequence: true, number: true } });
  const years = [...new Set(invoices.map((i) => i.year))];
  for (const year of years) {
    const sequences = invoices.filter((i) => i.year === year).map((i) => i.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(sequences.map((_, k) => k + 1));
    expect((await t.prisma.invoiceCounter.findUniqueOrThrow({ where: { kind_year: { kind: 'INVOICE', year } } })).last).toBe(sequences.length);
  }
  const one = await t.prisma.invoice.findFirstOrThrow({ where: { year: 2025 } });
  const pdf = await facturX(one.content as unknown as IssuedInvoice);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

it('shows the demo partner its pack « à renouveler » for 2026', async () => {
  const owner = await signedInClient(t.baseUrl, DEMO_LOGINS.accounts[0].email, DEMO_LOGINS.password);
  const { me } = await owner.ok('{ me { memberships { organisation { id } } } }');
  const organisationId = me.memberships[0].organisation.id;
  const { packStatus } = await owner.ok('query($id: ID!) { packStatus(organisationId: $id, year: 2026) { status } }', { id: organisationId });
  expect(packStatus.status).toBe('TO_RENEW');
});

it('changes nothing when run again', async () => {
  const before = await counts();
  await seedDemoData(t.prisma, { scale: 1, now: NOW });
  expect(await counts()).toEqual(before);
}, 180_000);
