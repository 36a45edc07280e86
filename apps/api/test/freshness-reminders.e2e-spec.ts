// Freshness reminders: a listing's owners are e-mailed when it becomes due soon and again when it
// turns stale, once per listing, step and freshness period — however often the sweep runs, and
// from however many API instances at once. Times are far in the future (2030) and driven by the
// TestClock, so that nothing here depends on today's date.
import { validListingContent } from '@extranet/domain';
import { FreshnessRemindersService } from '../src/listings/freshness-reminders.service.js';
import { ListingRemindersRepository } from '../src/listings/listing-reminders.repository.js';
import { ListingsService } from '../src/listings/listings.service.js';
import { PrismaService } from '../src/prisma/prisma.service.js';
import { createOrganisation, createPartner } from './utils/factories.js';
import { createListing } from './utils/listing-factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';
import { waitFor } from './utils/wait-for.js';

const DAY = 86_400_000;
/** Hotels are confirmed yearly: due soon 292 days after a confirmation, stale after 365. */
const CONFIRMED = new Date('2030-01-01T08:00:00.000Z');
const at = (days: number) => new Date(CONFIRMED.getTime() + days * DAY);

let t: TestApp;
let clock: TestClock;
let reminders: FreshnessRemindersService;
beforeAll(async () => {
  t = await startTestApp();
  clock = TestClock.of(t.app);
  reminders = t.app.get(FreshnessRemindersService);
});
afterAll(() => t.close());

async function partnerWithHotel(name = `Hôtel des rappels ${Math.random().toString(36).slice(2, 8)}`) {
  const partner = await createPartner(t.prisma);
  const listing = await createListing(t.prisma, partner.organisation.id, { content: validListingContent('HOTELLERIE', { name }), lastConfirmedAt: CONFIRMED });
  return { ...partner, listing, name };
}

const mailsTo = (email: string) =>
  t.prisma.outboxMessage.findMany({ where: { recipient: email, template: 'listing-reminder' }, orderBy: { createdAt: 'asc' }, select: { subject: true, text: true, createdAt: true } });
const remindersOf = (listingId: string) =>
  t.prisma.listingReminder.findMany({ where: { listingId }, orderBy: { sentAt: 'asc' }, select: { step: true, periodStart: true, sentAt: true } });

async function sweepAt(date: Date) {
  clock.set(date);
  return reminders.sweep();
}

it('e-mails the owners once when the listing becomes due soon, and once more when it turns stale', async () => {
  const { owner, member, listing, name } = await partnerWithHotel();

  await sweepAt(at(291));
  expect(await mailsTo(owner.email)).toEqual([]);

  await sweepAt(at(292));
  const [due] = await mailsTo(owner.email);
  expect(due).toMatchObject({ subject: `Votre fiche «\u00a0${name}\u00a0» est à confirmer`, createdAt: at(292) });
  expect(due!.text).toContain(`http://portal.test/fiches/${listing.id}`);
  expect(await remindersOf(listing.id)).toEqual([{ step: 'DUE_SOON', periodStart: CONFIRMED, sentAt: at(292) }]);

  await sweepAt(at(300));
  expect(await mailsTo(owner.email)).toHaveLength(1);

  await sweepAt(at(366));
  expect((await mailsTo(owner.email)).map((m) => m.subject)).toEqual([`Votre fiche «\u00a0${name}\u00a0» est à confirmer`, `Votre fiche «\u00a0${name}\u00a0» n’est plus à jour`]);
  expect((await remindersOf(listing.id)).map((r) => r.step)).toEqual(['DUE_SOON', 'STALE']);
  // Owners decide for the organisation; members are not e-mailed.
  expect(await mailsTo(member.email)).toEqual([]);
});

it('sends each reminder once however often the sweep runs', async () => {
  const { owner, listing } = await partnerWithHotel();
  clock.set(at(400));
  const runs = [await reminders.sweep(), await reminders.sweep(), await reminders.sweep()];
  expect(runs[1]).toEqual({ dueSoon: 0, stale: 0, emails: 0 });
  expect(runs[2]).toEqual({ dueSoon: 0, stale: 0, emails: 0 });
  // Already stale when first seen: only the stale reminder, not a late « due soon » as well.
  expect(await remindersOf(listing.id)).toEqual([{ step: 'STALE', periodStart: CONFIRMED, sentAt: at(400) }]);
  expect(await mailsTo(owner.email)).toHaveLength(1);
});

it('sends each reminder exactly once when two API instances sweep the same database at the same moment', async () => {
  const second = await startTestApp({}, { databaseUrl: t.env.DATABASE_URL });
  try {
    TestClock.of(second.app).set(at(293));
    clock.set(at(293));
    // Enough listings for several batches, so that the two sweeps overlap for a while.
    const partners = await Promise.all(Array.from({ length: 5 }, () => createPartner(t.prisma)));
    const listings = [];
    for (let i = 0; i < 250; i++) {
      const partner = partners[i % partners.length]!;
      listings.push(await createListing(t.prisma, partner.organisation.id, { content: validListingContent('HOTELLERIE', { name: `Hôtel concurrent ${i}` }), lastConfirmedAt: CONFIRMED }));
    }
    const ids = listings.map((l) => l.id);

    // Both sweeps run to their end (settled) before anything is checked, whatever happens to either.
    const [a, b] = (await Promise.allSettled([reminders.sweep(), second.app.get(FreshnessRemindersService).sweep()])).map((outcome) => {
      if (outcome.status === 'rejected') throw outcome.reason;
      return outcome.value;
    });

    expect(await t.prisma.listingReminder.count({ where: { listingId: { in: ids } } })).toBe(250);
    const mails = await t.prisma.outboxMessage.groupBy({ by: ['recipient'], where: { recipient: { in: partners.map((p) => p.owner.email) } }, _count: { _all: true } });
    expect(mails.map((m) => m._count._all).sort()).toEqual([50, 50, 50, 50, 50]);
    // Between them the two instances claimed each listing once (other tests' listings may be due too).
    expect(a.dueSoon + b.dueSoon).toBeGreaterThanOrEqual(250);
    expect(await t.prisma.listingReminder.count({ where: { listingId: { in: ids }, step: 'DUE_SOON' } })).toBe(250);
  } finally {
    await second.close();
  }
});

it("makes a sweep that meets another instance's uncommitted reminders wait for it, then record nothing", async () => {
  const second = await startTestApp({}, { databaseUrl: t.env.DATABASE_URL });
  try {
    const { listing } = await partnerWithHotel();
    const now = at(296);
    let holding!: () => void;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const first = t.app.get(PrismaService).transaction(async () => {
      const claimed = await t.app.get(ListingRemindersRepository).claimDue(now, 1000);
      holding();
      await released;
      return claimed;
    });
    await held;
    const other = second.app
      .get(PrismaService)
      .transaction(() => second.app.get(ListingRemindersRepository).claimDue(now, 1000))
      .then((claimed) => ({ claimed }), (error: unknown) => ({ error }));
    try {
      await waitFor('the second claim to wait on the first one’s rows', async () => {
        const [row] = await t.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        return Number(row!.n) > 0;
      });
    } finally {
      release(); // never leave the first transaction open, even when the wait was not seen
    }
    expect((await first).map((c) => c.listingId)).toContain(listing.id);
    const outcome = await other;
    expect(outcome).not.toHaveProperty('error');
    expect(('claimed' in outcome ? outcome.claimed : []).map((c) => c.listingId)).not.toContain(listing.id);
    expect(await remindersOf(listing.id)).toHaveLength(1);
  } finally {
    await second.close();
  }
});

it('starts a new period when the partner confirms the listing: the next due date reminds again', async () => {
  const { owner, listing, name } = await partnerWithHotel();
  await sweepAt(at(370));
  expect(await mailsTo(owner.email)).toHaveLength(1);

  // « Rien n'a changé », through the service: signing in over HTTP is not reliable here once a
  // second app of this process has closed (passport's strategy is process-global).
  clock.set(at(371));
  const user = { ...owner, globalRoles: [], memberships: [{ organisationId: listing.organisationId, role: 'OWNER' as const }] };
  const confirmed = await t.app.get(ListingsService).confirmUnchanged(user, listing.id);
  expect(confirmed).toMatchObject({ freshness: 'FRESH', lastConfirmedAt: at(371) });

  await sweepAt(at(371 + 291));
  expect(await mailsTo(owner.email)).toHaveLength(1);
  await sweepAt(at(371 + 292));
  expect((await mailsTo(owner.email)).map((m) => m.subject)).toEqual([`Votre fiche «\u00a0${name}\u00a0» n’est plus à jour`, `Votre fiche «\u00a0${name}\u00a0» est à confirmer`]);
  expect((await remindersOf(listing.id)).map((r) => [r.step, r.periodStart])).toEqual([
    ['STALE', CONFIRMED],
    ['DUE_SOON', at(371)],
  ]);
});

it("leaves alone the office's own listings and a listing whose change request awaits review, until it is decided", async () => {
  const office = await createOrganisation(t.prisma, { category: 'TOURISM_OFFICE', legalForm: 'EPIC' });
  const officeListing = await createListing(t.prisma, office.id, { lastConfirmedAt: CONFIRMED });
  const { owner, listing } = await partnerWithHotel();
  const request = await t.prisma.changeRequest.create({
    data: { listingId: listing.id, organisationId: listing.organisationId, type: 'HOTELLERIE', listingName: 'x', communeCode: '01173', changes: [], baseVersion: 1, submittedById: owner.id },
  });

  await sweepAt(at(294));
  expect(await remindersOf(officeListing.id)).toEqual([]);
  expect(await remindersOf(listing.id)).toEqual([]);

  await t.prisma.changeRequest.update({ where: { id: request.id }, data: { status: 'REJECTED' } });
  await sweepAt(at(295));
  expect((await remindersOf(listing.id)).map((r) => r.step)).toEqual(['DUE_SOON']);
  expect(await mailsTo(owner.email)).toHaveLength(1);
});

it('runs on a pg-boss schedule when a cron is configured', async () => {
  const scheduled = await startTestApp({ SCHEDULED_JOBS: 'on', FRESHNESS_REMINDERS_CRON: '0 3 1 1 *' }, { databaseUrl: t.env.DATABASE_URL });
  try {
    const rows = await t.prisma.$queryRawUnsafe<{ name: string; cron: string }[]>(`SELECT name, cron FROM pgboss.schedule WHERE name = 'listing-freshness-reminders'`);
    expect(rows).toEqual([{ name: 'listing-freshness-reminders', cron: '0 3 1 1 *' }]);
  } finally {
    await scheduled.close();
  }
});
