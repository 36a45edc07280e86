// SQL statements per request must not grow with the size of a page: related rows are batched
// (per-request DataLoader, `IN (…)` lookups), never fetched one item at a time (N+1).
import pg from 'pg';
import { validListingContent } from '@extranet/domain';
import { createOrganisation, createPartner, createStaff, createUser, createInvitation, createMembership, PASSWORD } from './utils/factories.js';
import { GraphQLClient, signedInClient } from './utils/graphql.js';
import { createListing } from './utils/listing-factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

let t: TestApp;
let statements = 0;
/** The SQL of each statement counted since the last reset. */
let sqlTexts: string[] = [];
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  t = await startTestApp();
  // Every statement the app sends goes through a pg client of this process (Prisma's adapter,
  // the session store): count them.
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    statements += 1;
    const [first] = args;
    sqlTexts.push(typeof first === 'string' ? first : String((first as { text?: string } | undefined)?.text ?? ''));
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
});
afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await t.close();
});

/** The statements one request cost, after a warm-up request (the session is loaded the same way each time). */
async function statementsOf(client: GraphQLClient, query: string, variables?: Record<string, unknown>): Promise<number> {
  await client.ok(query, variables);
  statements = 0;
  sqlTexts = [];
  await client.ok(query, variables);
  return statements;
}

/** The session id inside a client's signed cookie (`s:<sid>.<signature>`). */
function sidOf(client: GraphQLClient): string {
  return decodeURIComponent(client.sessionCookie!.split('=')[1]!).slice(2).split('.')[0]!;
}

const WRITE = /^\s*(INSERT|UPDATE|DELETE)\b/i;

describe('per-request overhead of a signed-in request', () => {
  it.each([
    ['a partner with one membership', async () => (await createPartner(t.prisma)).owner],
    ['a staff member without membership', async () => createStaff(t.prisma)],
    ['a user with several memberships', async () => {
      const { owner } = await createPartner(t.prisma);
      for (let i = 0; i < 3; i++) await createMembership(t.prisma, { userId: owner.id, organisationId: (await createOrganisation(t.prisma)).id });
      return owner;
    }],
  ])('is at most 2 statements (session, actor with memberships) and no write while the session is fresh: %s', async (_who, makeUser) => {
    const client = await signedInClient(t.baseUrl, (await makeUser()).email, PASSWORD);
    expect(await statementsOf(client, '{ __typename }')).toBeLessThanOrEqual(2);
    expect(sqlTexts.filter((sql) => WRITE.test(sql))).toEqual([]);
  });

  it('pushes the expiry with one UPDATE (never an insert) once the recorded activity is over 5 minutes old', async () => {
    const client = await signedInClient(t.baseUrl, (await createPartner(t.prisma)).owner.email, PASSWORD);
    await client.ok('{ __typename }');
    const sid = sidOf(client);
    const sixMinutesAgo = Date.now() - 6 * 60 * 1000;
    await t.prisma.$executeRaw`
      UPDATE "session" SET "sess" = jsonb_set("sess"::jsonb, '{touchedAt}', to_jsonb(${sixMinutesAgo}::bigint))::json,
                           "expire" = now() + interval '54 minutes'
      WHERE "sid" = ${sid}`;
    statements = 0;
    sqlTexts = [];
    await client.ok('{ __typename }');
    expect(statements).toBeLessThanOrEqual(3);
    expect(sqlTexts.filter((sql) => WRITE.test(sql)).map((sql) => sql.trim().split(/\s+/)[0])).toEqual(['UPDATE']);
    const [{ minutes }] = await t.prisma.$queryRaw<[{ minutes: number }]>`
      SELECT extract(epoch FROM "expire" - now())::float / 60 AS "minutes" FROM "session" WHERE "sid" = ${sid}`;
    expect(minutes).toBeGreaterThan(59);
    // Recorded: the next request writes nothing again.
    expect(await statementsOf(client, '{ __typename }')).toBeLessThanOrEqual(2);
    expect(sqlTexts.filter((sql) => WRITE.test(sql))).toEqual([]);
  });
});

it('counts statements at all (the counter is wired to the app’s database client)', async () => {
  const staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
  expect(await statementsOf(staff, '{ organisations(page: { limit: 1 }) { total items { id } } }')).toBeGreaterThan(0);
});

it('pages the partner directory with the same statements for 5 and for 50 partners', async () => {
  const tag = `Nplusun${Date.now()}`;
  for (let i = 0; i < 50; i++) await createOrganisation(t.prisma, { name: `${tag} ${String(i).padStart(2, '0')}` });
  const staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
  const query = `query($limit: Int!) { organisations(filter: { search: "${tag}" }, page: { limit: $limit }) {
    total items { id name category address { street postalCode communeCode communeName } phone email website version } } }`;
  const small = await statementsOf(staff, query, { limit: 5 });
  const large = await statementsOf(staff, query, { limit: 50 });
  expect((await staff.ok(query, { limit: 50 })).organisations.items).toHaveLength(50);
  expect(large).toBe(small);
  expect(small).toBeLessThanOrEqual(3); // session, actor, then the page and its total in one statement
});

it("loads a partner's team page with the same statements for 2 and for 12 people and invitations", async () => {
  const query = `query($id: ID!) {
    organisation(id: $id) { id name }
    members(organisationId: $id) { userId name email role active }
    invitations(organisationId: $id) { id email role status expiresAt createdAt }
  }`;
  const small = await createPartner(t.prisma);
  const large = await createPartner(t.prisma);
  for (let i = 0; i < 10; i++) {
    await createUser(t.prisma, { organisationId: large.organisation.id, role: 'MEMBER' });
    await createInvitation(t.prisma, large.organisation.id);
  }
  const asSmall = await signedInClient(t.baseUrl, small.owner.email, PASSWORD);
  const asLarge = await signedInClient(t.baseUrl, large.owner.email, PASSWORD);
  const smallCount = await statementsOf(asSmall, query, { id: small.organisation.id });
  const largeCount = await statementsOf(asLarge, query, { id: large.organisation.id });
  expect((await asLarge.ok(query, { id: large.organisation.id })).members).toHaveLength(12);
  expect(largeCount).toBe(smallCount);
  // 2 (session, actor) + the organisation once, shared by the three fields' access checks
  // (PrismaService.memo) + members (membership and user: 2) + invitations (1)
  await statementsOf(asSmall, query, { id: small.organisation.id });
  expect(sqlTexts.filter((sql) => /FROM "organisation" o JOIN "commune"/.test(sql))).toHaveLength(1);
  expect(smallCount).toBeLessThanOrEqual(6);
});

it("loads the signed-in user's organisations in one batch, whatever their number", async () => {
  const query = '{ me { id memberships { role organisation { id name category address { communeName } } } } }';
  const one = await createPartner(t.prisma);
  const many = await createPartner(t.prisma);
  for (let i = 0; i < 6; i++) {
    await createMembership(t.prisma, { userId: many.owner.id, organisationId: (await createOrganisation(t.prisma)).id, role: 'OWNER' });
  }
  const asOne = await signedInClient(t.baseUrl, one.owner.email, PASSWORD);
  const asMany = await signedInClient(t.baseUrl, many.owner.email, PASSWORD);
  const oneCount = await statementsOf(asOne, query);
  const manyCount = await statementsOf(asMany, query);
  expect((await asMany.ok(query)).me.memberships).toHaveLength(7);
  expect(manyCount).toBe(oneCount);
});

/** A partner with `count` listings, each with an open change request from its owner. */
async function partnerWithRequests(count: number, type: 'HOTELLERIE' | 'RESTAURATION' = 'HOTELLERIE') {
  const partner = await createPartner(t.prisma);
  for (let i = 0; i < count; i++) {
    const listing = await createListing(t.prisma, partner.organisation.id, { type, content: validListingContent(type, { name: `Fiche ${String(i).padStart(2, '0')}` }) });
    await t.prisma.changeRequest.create({
      data: {
        listingId: listing.id, organisationId: partner.organisation.id, type, listingName: listing.name, communeCode: '01173', baseVersion: 1,
        changes: [{ path: 'name', before: listing.name, after: `${listing.name} (nouveau nom)` }], submittedById: partner.owner.id,
      },
    });
  }
  return partner;
}

it('pages the review queue with the same statements for 2 and for 20 requests', async () => {
  for (let i = 0; i < 4; i++) await partnerWithRequests(5, 'RESTAURATION');
  const staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
  const query = `query($limit: Int!) { reviewQueue(filter: { type: RESTAURATION }, page: { limit: $limit }) {
    total items { id listingId organisationName type listingName communeName status submittedAt submittedByName changes { path label } } } }`;
  const small = await statementsOf(staff, query, { limit: 2 });
  const large = await statementsOf(staff, query, { limit: 20 });
  expect((await staff.ok(query, { limit: 20 })).reviewQueue.items).toHaveLength(20);
  expect(large).toBe(small);
});

it("pages a partner's « Mes fiches », open requests included, with the same statements for 2 and for 12 listings", async () => {
  const partner = await partnerWithRequests(12);
  const owner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
  const query = `query($id: ID!, $limit: Int!) { listings(organisationId: $id, page: { limit: $limit }) {
    total items { id type version freshness dueAt content { name address { communeCode } } openRequest { id status submittedAt } } } }`;
  const small = await statementsOf(owner, query, { id: partner.organisation.id, limit: 2 });
  const large = await statementsOf(owner, query, { id: partner.organisation.id, limit: 12 });
  const page = (await owner.ok(query, { id: partner.organisation.id, limit: 12 })).listings;
  expect(page.items).toHaveLength(12);
  expect(page.items.every((l: { openRequest: unknown }) => l.openRequest !== null)).toBe(true);
  expect(large).toBe(small);
});
