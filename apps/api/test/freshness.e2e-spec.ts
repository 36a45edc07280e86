// Staff set how often each listing type must be confirmed, and see where listings stand by type
// and by commune. Partners' refusals are in the isolation table (GLOBAL_OPERATIONS).
import { freshnessOf, validListingContent } from '@extranet/domain';
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { createListing } from './utils/listing-factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';

const SET = 'mutation($type: ListingType!, $days: Int!) { setListingFrequency(type: $type, days: $days) { type label days defaultDays } }';
const FREQUENCIES = '{ listingFrequencies { type label days defaultDays } }';
const STATS = `{ listingFreshnessStats { total { fresh dueSoon stale total }
  byType { type label fresh dueSoon stale total } byCommune { communeCode communeName fresh dueSoon stale total } } }`;
const NOW = new Date('2030-06-01T10:00:00.000Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

let t: TestApp;
let staff: GraphQLClient;
let staffId: string;
beforeAll(async () => {
  t = await startTestApp();
  TestClock.of(t.app).set(NOW);
  const user = await createStaff(t.prisma);
  staffId = user.id;
  staff = await signedInClient(t.baseUrl, user.email, PASSWORD);
});
afterAll(() => t.close());

it('lists every type with its frequency, the default where the office set nothing', async () => {
  const { listingFrequencies } = await staff.ok(FREQUENCIES);
  expect(listingFrequencies).toHaveLength(11);
  expect(listingFrequencies).toContainEqual({ type: 'FETE_ET_MANIFESTATION', label: 'Fête et manifestation', days: 7, defaultDays: 7 });
  expect(listingFrequencies).toContainEqual({ type: 'HOTELLERIE', label: 'Hôtel', days: 365, defaultDays: 365 });
});

it("moves the due and stale dates of every listing of the type at once, and audits the change", async () => {
  const { organisation } = await createPartner(t.prisma);
  const confirmedAt = daysAgo(20);
  const activity = await createListing(t.prisma, organisation.id, { type: 'ACTIVITE', content: validListingContent('ACTIVITE'), lastConfirmedAt: confirmedAt });
  const hotel = await createListing(t.prisma, organisation.id, { type: 'HOTELLERIE', lastConfirmedAt: confirmedAt });
  const hotelBefore = await t.prisma.listing.findUniqueOrThrow({ where: { id: hotel.id } });

  const { setListingFrequency } = await staff.ok(SET, { type: 'ACTIVITE', days: 14 });
  expect(setListingFrequency).toEqual({ type: 'ACTIVITE', label: 'Activité', days: 14, defaultDays: 30 });

  const expected = freshnessOf(confirmedAt, 14, NOW);
  const row = await t.prisma.listing.findUniqueOrThrow({ where: { id: activity.id } });
  expect({ dueAt: row.dueAt, staleAt: row.staleAt }).toEqual({ dueAt: expected.dueAt, staleAt: expected.staleAt });
  expect(await t.prisma.listing.findUniqueOrThrow({ where: { id: hotel.id } })).toEqual(hotelBefore);
  // The listing's own freshness and the partner's filters agree with the stored dates.
  const { listing } = await staff.ok('query($id: ID!) { listing(id: $id) { freshness dueAt staleAt } }', { id: activity.id });
  expect(listing).toEqual({ freshness: 'STALE', dueAt: expected.dueAt.toISOString(), staleAt: expected.staleAt.toISOString() });

  const [audit] = await t.prisma.auditEvent.findMany({ where: { action: 'listing.manageFrequencies', actorUserId: staffId }, orderBy: { id: 'desc' }, take: 1 });
  expect(audit).toMatchObject({ outcome: 'SUCCESS', objectId: 'ACTIVITE', detail: { type: 'ACTIVITE', previous: 30, days: 14, listings: 1 } });
  expect((await staff.ok(FREQUENCIES)).listingFrequencies).toContainEqual({ type: 'ACTIVITE', label: 'Activité', days: 14, defaultDays: 30 });

  // Back to the default: the office's row goes, the dates follow again.
  await staff.ok(SET, { type: 'ACTIVITE', days: 30 });
  expect(await t.prisma.listingFrequency.count({ where: { type: 'ACTIVITE' } })).toBe(0);
  expect((await t.prisma.listing.findUniqueOrThrow({ where: { id: activity.id } })).staleAt).toEqual(freshnessOf(confirmedAt, 30, NOW).staleAt);
});

it.each([0, -3, 731])('refuses %i days with the bounds in French, and changes nothing', async (days) => {
  const before = await t.prisma.listingFrequency.findMany();
  const result = await staff.request(SET, { type: 'RESTAURATION', days });
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(fieldErrors(result)).toEqual({ days: 'La fréquence de mise à jour va de 1 à 730 jours.' });
  expect(await t.prisma.listingFrequency.findMany()).toEqual(before);
});

it('counts fresh, due-soon and stale listings by type and by commune, every commune and type listed', async () => {
  const before = (await staff.ok(STATS)).listingFreshnessStats;
  const { organisation } = await createPartner(t.prisma);
  const restaurant = (communeCode: string) => validListingContent('RESTAURATION', { address: { street: '1 place du Marché', postalCode: '', communeCode } });
  // Restaurants: monthly, due soon over the last 6 days.
  await createListing(t.prisma, organisation.id, { type: 'RESTAURATION', content: restaurant('01419'), lastConfirmedAt: daysAgo(2) });
  await createListing(t.prisma, organisation.id, { type: 'RESTAURATION', content: restaurant('01419'), lastConfirmedAt: daysAgo(26) });
  await createListing(t.prisma, organisation.id, { type: 'RESTAURATION', content: restaurant('01143'), lastConfirmedAt: daysAgo(45) });

  const { listingFreshnessStats: stats } = await staff.ok(STATS);
  expect(stats.byType).toHaveLength(11);
  expect(stats.byCommune).toHaveLength(27);
  const diff = (now: Record<string, number>, then: Record<string, number>) => ({ fresh: now.fresh! - then.fresh!, dueSoon: now.dueSoon! - then.dueSoon!, stale: now.stale! - then.stale!, total: now.total! - then.total! });
  const typeOf = (s: typeof stats, type: string) => s.byType.find((r: { type: string }) => r.type === type);
  const communeOf = (s: typeof stats, code: string) => s.byCommune.find((r: { communeCode: string }) => r.communeCode === code);
  expect(diff(typeOf(stats, 'RESTAURATION'), typeOf(before, 'RESTAURATION'))).toEqual({ fresh: 1, dueSoon: 1, stale: 1, total: 3 });
  expect(diff(communeOf(stats, '01419'), communeOf(before, '01419'))).toEqual({ fresh: 1, dueSoon: 1, stale: 0, total: 2 });
  expect(communeOf(stats, '01419').communeName).toBe('Thoiry');
  expect(diff(communeOf(stats, '01143'), communeOf(before, '01143'))).toEqual({ fresh: 0, dueSoon: 0, stale: 1, total: 1 });
  expect(diff(stats.total, before.total)).toEqual({ fresh: 1, dueSoon: 1, stale: 1, total: 3 });
  expect(stats.total.total).toBe(await t.prisma.listing.count());
});
