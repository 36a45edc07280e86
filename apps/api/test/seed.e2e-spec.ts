// The demo seed's listings: valid for their type, a realistic mix, change requests that are real
// diffs of the published listings, a demo partner whose home has something to do, reminders
// already sent but for the demo partner's — and a second run that changes nothing.
import {
  diffListing,
  freshnessOf,
  LISTING_TYPES,
  proposedContent,
  updateFrequencyDays,
  validateListing,
  type FieldChange,
  type ListingContent,
  type ListingType,
} from '@extranet/domain';
import { DEMO_LOGINS, seedDemoData } from '../../../prisma/seed/seed.js';
import { LISTINGS_PER_TYPE } from '../../../prisma/seed/listings.js';
import { FreshnessRemindersService } from '../src/listings/freshness-reminders.service.js';
import { signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';

const NOW = new Date('2026-11-29T09:00:00.000Z');
const OWNER = DEMO_LOGINS.accounts[0].email;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoData(t.prisma, { scale: 1, now: NOW });
}, 120_000);
afterAll(() => t.close());

const counts = async () => ({
  listings: await t.prisma.listing.count(),
  requests: await t.prisma.changeRequest.count(),
  reminders: await t.prisma.listingReminder.count(),
  organisations: await t.prisma.organisation.count(),
});

it('seeds 1,700 listings in the Pays de Gex mix, valid for their type, with stored dates from freshnessOf', async () => {
  const listings = await t.prisma.listing.findMany({ select: { type: true, name: true, communeCode: true, content: true, lastConfirmedAt: true, dueAt: true, staleAt: true } });
  expect(listings).toHaveLength(1_700);
  const byType = Object.fromEntries(LISTING_TYPES.map((type) => [type, listings.filter((l) => l.type === type).length]));
  expect(byType).toEqual(LISTINGS_PER_TYPE);
  for (const listing of listings) {
    const content = listing.content as unknown as ListingContent;
    const checked = validateListing(listing.type, content);
    expect(checked.ok && checked.value).toEqual(content);
    expect([listing.name, listing.communeCode]).toEqual([content.name, content.address.communeCode]);
    const { dueAt, staleAt } = freshnessOf(listing.lastConfirmedAt, updateFrequencyDays(listing.type), NOW);
    expect([listing.dueAt, listing.staleAt]).toEqual([dueAt, staleAt]);
  }
  const share = (test: (l: (typeof listings)[number]) => boolean) => listings.filter(test).length / listings.length;
  expect(share((l) => l.staleAt <= NOW)).toBeGreaterThan(0.1);
  expect(share((l) => l.dueAt <= NOW && l.staleAt > NOW)).toBeGreaterThan(0.05);
  expect(share((l) => !(l.content as unknown as ListingContent).shortDescription.en)).toBeGreaterThan(0.2);
  expect(share((l) => !(l.content as unknown as ListingContent).shortDescription.de)).toBeGreaterThan(0.4);
  expect(new Set(listings.map((l) => l.communeCode)).size).toBe(27);
});

it('opens about a hundred change requests, each the domain diff between the published listing and its proposal', async () => {
  const requests = await t.prisma.changeRequest.findMany({ include: { listing: { select: { type: true, content: true, version: true } } } });
  const open = requests.filter((r) => r.status === 'OPEN');
  expect(open.length).toBeGreaterThanOrEqual(100);
  expect(requests.filter((r) => r.status === 'SENT_BACK').length).toBeGreaterThanOrEqual(20);
  for (const request of open) {
    const changes = request.changes as unknown as FieldChange[];
    expect(changes.length).toBeGreaterThan(0);
    if (!request.listing) continue; // a proposed new listing
    const current = request.listing.content as unknown as ListingContent;
    const proposed = proposedContent(current, changes);
    expect(validateListing(request.type as ListingType, proposed).ok).toBe(true);
    expect(diffListing(request.type as ListingType, current, proposed)).toEqual(changes);
    expect(request.baseVersion).toBe(request.listing.version);
  }
});

it("gives the demo partner's home something to do: a stale and a due listing, a request sent back", async () => {
  const owner = await signedInClient(t.baseUrl, OWNER, DEMO_LOGINS.password);
  TestClock.of(t.app).set(NOW);
  const { me } = await owner.ok('{ me { memberships { organisation { id name } } } }');
  const organisation = me.memberships[0].organisation;
  expect(organisation.name).toBe('Hôtel du Jura');
  const { listingTodo } = await owner.ok('query($id: ID!) { listingTodo(organisationId: $id) { listings { freshness content { name } } sentBack { listingName comment } } }', { id: organisation.id });
  expect(listingTodo.listings).toEqual([
    { freshness: 'STALE', content: { name: 'Hôtel du Jura' } },
    { freshness: 'DUE_SOON', content: { name: 'Appartements de l’Hôtel du Jura' } },
  ]);
  expect(listingTodo.sentBack).toEqual([{ listingName: 'Restaurant de l’Hôtel du Jura', comment: expect.stringContaining('dimanche') }]);
});

it("counts the other reminders as sent: the first sweep e-mails only the demo partner's two", async () => {
  TestClock.of(t.app).set(NOW);
  const result = await t.app.get(FreshnessRemindersService).sweep();
  expect(result).toEqual({ dueSoon: 1, stale: 1, emails: 2 });
  const mails = await t.prisma.outboxMessage.findMany({ where: { template: 'listing-reminder' }, select: { recipient: true, subject: true }, orderBy: { subject: 'asc' } });
  expect(mails).toEqual([
    { recipient: OWNER, subject: 'Votre fiche «\u00a0Appartements de l’Hôtel du Jura\u00a0» est à confirmer' },
    { recipient: OWNER, subject: 'Votre fiche «\u00a0Hôtel du Jura\u00a0» n’est plus à jour' },
  ]);
});

it('changes nothing when it runs again', async () => {
  const before = await counts();
  await seedDemoData(t.prisma, { scale: 1, now: new Date(NOW.getTime() + 3_600_000) });
  expect(await counts()).toEqual(before);
}, 120_000);
