// Renewal reminders: owners of partners whose yearly pack ends on 31 December are e-mailed 30, 15
// and 7 days before, each once — however often the sweep runs and with two API instances on one
// database sweeping at the same moment — unless they already took next year's pack. The dates are
// far in the future (2031) and driven by the TestClock.
import { PackRemindersService } from '../src/packs/pack-reminders.service.js';
import { createPartner } from './utils/factories.js';
import { createCatalogueItem, currentTerms } from './utils/pack-factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';

const YEAR = 2031;
let t: TestApp;
let clock: TestClock;
let reminders: PackRemindersService;
beforeAll(async () => {
  t = await startTestApp();
  clock = TestClock.of(t.app);
  reminders = t.app.get(PackRemindersService);
});
afterAll(() => t.close());

/** A partner with a pack for `year` (status as given), straight in the database. */
async function partnerWithPack(year: number, status: 'PAID' | 'AWAITING_PAYMENT' | 'CANCELLED' = 'PAID') {
  const partner = await createPartner(t.prisma, { name: `Hôtel des rappels ${Math.random().toString(36).slice(2, 8)}` });
  const pack = await createCatalogueItem(t.prisma, { year });
  const terms = await currentTerms(t.prisma);
  await t.prisma.subscription.create({
    data: {
      organisationId: partner.organisation.id, year, status, paymentChoice: 'TRANSFER', termsId: terms.id, termsAcceptedAt: new Date(),
      totalExclCents: pack.priceExclCents, totalVatCents: 0, totalInclCents: pack.priceExclCents,
      lines: { create: [{ catalogueItemId: pack.id, kind: 'PACK', label: pack.name, unitPriceExclCents: pack.priceExclCents, vatRateBp: 0, position: 0 }] },
    },
  });
  return partner;
}

const mailsTo = (email: string) =>
  t.prisma.outboxMessage.findMany({ where: { recipient: email, template: 'pack-renewal-reminder' }, orderBy: { createdAt: 'asc' }, select: { subject: true, text: true } });

async function sweepOn(day: string) {
  clock.set(`${day}T08:00:00Z`);
  return reminders.sweep();
}

it('e-mails the owner 30, 15 and 7 days before the pack ends, once each, with a link to next year’s packs', async () => {
  const { owner, member, organisation } = await partnerWithPack(YEAR);
  await sweepOn(`${YEAR}-11-30`);
  expect(await mailsTo(owner.email)).toEqual([]);

  await sweepOn(`${YEAR}-12-01`);
  await sweepOn(`${YEAR}-12-02`);
  const [first] = await mailsTo(owner.email);
  expect(first).toMatchObject({ subject: `Votre pack ${YEAR} se termine dans 30 jours` });
  expect(first!.text).toContain(`http://portal.test/packs/organisation/${organisation.id}?annee=${YEAR + 1}`);
  expect(await mailsTo(owner.email)).toHaveLength(1);

  await sweepOn(`${YEAR}-12-16`);
  await sweepOn(`${YEAR}-12-24`);
  await sweepOn(`${YEAR}-12-30`);
  expect((await mailsTo(owner.email)).map((m) => m.subject)).toEqual([
    `Votre pack ${YEAR} se termine dans 30 jours`,
    `Votre pack ${YEAR} se termine dans 15 jours`,
    `Votre pack ${YEAR} se termine dans 7 jours`,
  ]);
  expect(await mailsTo(member.email)).toEqual([]);
  expect(await t.prisma.packRenewalReminder.count({ where: { organisationId: organisation.id } })).toBe(3);
});

it('reminds no one who took next year’s pack or whose pack was cancelled; a partner first seen late gets the current step only', async () => {
  const year = YEAR + 1;
  const renewed = await partnerWithPack(year);
  await partnerWithPackFor(renewed.organisation.id, year + 1);
  const cancelled = await partnerWithPack(year, 'CANCELLED');
  const unpaid = await partnerWithPack(year, 'AWAITING_PAYMENT');
  await sweepOn(`${year}-12-20`);
  expect(await mailsTo(renewed.owner.email)).toEqual([]);
  expect(await mailsTo(cancelled.owner.email)).toEqual([]);
  expect((await mailsTo(unpaid.owner.email)).map((m) => m.subject)).toEqual([`Votre pack ${year} se termine dans 11 jours`]);
});

async function partnerWithPackFor(organisationId: string, year: number) {
  const pack = await createCatalogueItem(t.prisma, { year });
  const terms = await currentTerms(t.prisma);
  await t.prisma.subscription.create({
    data: {
      organisationId, year, status: 'AWAITING_PAYMENT', paymentChoice: 'CHEQUE', termsId: terms.id, termsAcceptedAt: new Date(),
      totalExclCents: pack.priceExclCents, totalVatCents: 0, totalInclCents: pack.priceExclCents,
      lines: { create: [{ catalogueItemId: pack.id, kind: 'PACK', label: pack.name, unitPriceExclCents: pack.priceExclCents, vatRateBp: 0, position: 0 }] },
    },
  });
}

it('sends each reminder once when two API instances sweep at the same moment', async () => {
  const year = YEAR + 3;
  const second = await startTestApp({}, { databaseUrl: t.env.DATABASE_URL });
  try {
    const day = `${year}-12-01T08:00:00Z`;
    clock.set(day);
    TestClock.of(second.app).set(day);
    const partners = await Promise.all(Array.from({ length: 5 }, () => partnerWithPack(year)));
    const [a, b] = await Promise.all([reminders.sweep(), second.app.get(PackRemindersService).sweep()]);
    expect(a.organisations + b.organisations).toBe(5);
    for (const p of partners) expect(await mailsTo(p.owner.email)).toHaveLength(1);
    expect(await t.prisma.packRenewalReminder.count({ where: { year } })).toBe(5);
  } finally {
    await second.close();
  }
});
