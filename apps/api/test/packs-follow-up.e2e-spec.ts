// The office's follow-up: who renewed and who did not, who has not paid after 30 days, a reminder in
// one click, and the revenue per pack, option and month (paid versus awaiting) with its XLSX export.
import ExcelJS from 'exceljs';
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { createCatalogueItem, currentTerms } from './utils/pack-factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';

let t: TestApp;
let staff: GraphQLClient;
let clock: TestClock;
beforeAll(async () => {
  t = await startTestApp();
  clock = TestClock.of(t.app);
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
});
afterAll(() => t.close());

const SUBSCRIBE = `mutation($input: SubscribeInput!) { subscribeToPack(input: $input) { subscription { id totalInclCents } } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPackPayment(input: $input) { id status } }`;
const FOLLOW_UP = `query($year: Int!) { packFollowUp(year: $year) { year renewals { organisationId organisationName previousStatus status renewed } overdue { id organisationName remainingCents } } }`;
const REMIND = `mutation($id: ID!, $year: Int!) { sendPackReminder(organisationId: $id, year: $year) }`;
const REVENUE = `query($year: Int!) { packRevenue(year: $year) { itemName kind paidByMonth awaitingByMonth paidCents awaitingCents } }`;

async function subscribe(year: number, day: string, options: { packName?: string; pay?: string } = {}) {
  clock.set(`${day}T10:00:00Z`);
  const pack = await createCatalogueItem(t.prisma, { year, name: options.packName ?? `Pack ${year}`, priceExclCents: 10_000, categories: ['HOTEL'] });
  const option = await createCatalogueItem(t.prisma, { year, kind: 'OPTION', name: `Option ${year}`, priceExclCents: 2_000, categories: ['HOTEL'] });
  const partner = await createPartner(t.prisma, { category: 'HOTEL', name: `Hôtel suivi ${Math.random().toString(36).slice(2, 8)}` });
  const asOwner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
  const terms = await currentTerms(t.prisma);
  const s = (await asOwner.ok(SUBSCRIBE, { input: { organisationId: partner.organisation.id, packId: pack.id, optionIds: [option.id], termsId: terms.id, acceptTerms: true, paymentChoice: 'TRANSFER' } })).subscribeToPack.subscription;
  if (options.pay) {
    clock.set(`${options.pay}T10:00:00Z`);
    await staff.ok(PAY, { input: { subscriptionId: s.id, method: 'TRANSFER', amountCents: s.totalInclCents, receivedOn: options.pay, reference: '' } });
  }
  return { ...partner, asOwner, subscription: s, pack, option };
}

it('shows who renewed, who did not, and who has not paid after 30 days', async () => {
  const year = 2037;
  const renewing = await subscribe(year - 1, `${year - 1}-03-01`, { pay: `${year - 1}-03-05` });
  const lapsing = await subscribe(year - 1, `${year - 1}-03-01`, { pay: `${year - 1}-03-05` });
  // The renewing partner takes its pack for `year`, and has not paid 40 days later.
  clock.set(`${year}-01-10T10:00:00Z`);
  const pack = await createCatalogueItem(t.prisma, { year, categories: ['HOTEL'] });
  const terms = await currentTerms(t.prisma);
  const renewal = (await renewing.asOwner.ok(SUBSCRIBE, { input: { organisationId: renewing.organisation.id, packId: pack.id, optionIds: [], termsId: terms.id, acceptTerms: true, paymentChoice: 'CHEQUE' } })).subscribeToPack.subscription;
  const fresh = await subscribe(year, `${year}-02-15`);

  clock.set(`${year}-02-20T10:00:00Z`);
  const { packFollowUp } = await staff.ok(FOLLOW_UP, { year });
  const byId = Object.fromEntries(packFollowUp.renewals.map((r: { organisationId: string }) => [r.organisationId, r]));
  expect(byId[renewing.organisation.id]).toMatchObject({ previousStatus: 'PAID', status: 'AWAITING_PAYMENT', renewed: true });
  expect(byId[lapsing.organisation.id]).toMatchObject({ previousStatus: 'PAID', status: null, renewed: false });
  expect(byId[fresh.organisation.id]).toBeUndefined();
  const overdue = packFollowUp.overdue.map((s: { id: string }) => s.id);
  expect(overdue).toContain(renewal.id);
  expect(overdue).not.toContain(fresh.subscription.id);
});

it('sends a reminder in one click: a payment reminder when one is awaited, an invitation otherwise; never to a paid pack', async () => {
  const year = 2038;
  const unpaid = await subscribe(year, `${year}-01-05`);
  const paid = await subscribe(year, `${year}-01-05`, { pay: `${year}-01-06` });
  const none = await createPartner(t.prisma, { category: 'HOTEL' });

  expect((await staff.ok(REMIND, { id: unpaid.organisation.id, year })).sendPackReminder).toBe(1);
  const [payment] = await t.prisma.outboxMessage.findMany({ where: { recipient: unpaid.owner.email, template: 'pack-staff-reminder' } });
  expect(payment).toMatchObject({ subject: `Votre pack ${year}\u00a0: paiement en attente` });
  expect(payment!.text).toContain('144,00 €');
  expect(payment!.text).toContain(`/packs/organisation/${unpaid.organisation.id}?annee=${year}`);

  expect((await staff.ok(REMIND, { id: none.organisation.id, year })).sendPackReminder).toBe(1);
  expect((await t.prisma.outboxMessage.findFirstOrThrow({ where: { recipient: none.owner.email, template: 'pack-staff-reminder' } })).subject).toBe(`Votre pack ${year} vous attend`);

  const refused = await staff.request(REMIND, { id: paid.organisation.id, year });
  expect(fieldErrors(refused)).toEqual({ organisationId: `Le pack ${year} de ce partenaire est déjà payé : rien à relancer.` });
  expect(await t.prisma.outboxMessage.count({ where: { recipient: paid.owner.email, template: 'pack-staff-reminder' } })).toBe(0);
  expect(await t.prisma.auditEvent.count({ where: { action: 'subscription.remind', organisationId: unpaid.organisation.id } })).toBe(1);

  // Office work only.
  expect(errorCode(await unpaid.asOwner.request(REMIND, { id: unpaid.organisation.id, year }))).toBe('FORBIDDEN');
  expect(errorCode(await unpaid.asOwner.request(FOLLOW_UP, { year }))).toBe('FORBIDDEN');
});

it('reports revenue excl. VAT per pack, option and month, paid versus awaiting, and exports it as XLSX', async () => {
  const year = 2039;
  await subscribe(year, `${year}-03-01`, { packName: 'Pack Revenu', pay: `${year}-04-02` });
  await subscribe(year, `${year}-05-03`, { packName: 'Pack Revenu' });
  const { packRevenue } = await staff.ok(REVENUE, { year });
  const packs = packRevenue.filter((r: { itemName: string }) => r.itemName === 'Pack Revenu');
  expect(packs).toHaveLength(1);
  expect(packs[0]).toMatchObject({ kind: 'PACK', paidCents: 10_000, awaitingCents: 10_000 });
  expect(packs[0].paidByMonth[3]).toBe(10_000);
  expect(packs[0].awaitingByMonth[4]).toBe(10_000);
  const options = packRevenue.filter((r: { kind: string }) => r.kind === 'OPTION');
  expect(options.reduce((sum: number, r: { paidCents: number; awaitingCents: number }) => sum + r.paidCents + r.awaitingCents, 0)).toBe(4_000);

  const response = await fetch(`${t.baseUrl}/api/packs/revenue/${year}`, { headers: { cookie: staff.cookie! } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="chiffre-affaires-packs-${year}.xlsx"`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.getWorksheet(`Packs ${year}`)!;
  const rows = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
  expect(rows[0]).toEqual(['Type', 'Pack ou option', 'État', 'janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.', 'Total HT (€)']);
  expect(rows).toContainEqual(['Pack', 'Pack Revenu', 'Payé', 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 100]);
  expect(rows).toContainEqual(['Pack', 'Pack Revenu', 'En attente', 0, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 100]);

  const partner = await createPartner(t.prisma);
  const asPartner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
  expect((await fetch(`${t.baseUrl}/api/packs/revenue/${year}`, { headers: { cookie: asPartner.cookie! } })).status).toBe(403);
  expect((await fetch(`${t.baseUrl}/api/packs/revenue/20x9`, { headers: { cookie: staff.cookie! } })).status).toBe(400);
});
