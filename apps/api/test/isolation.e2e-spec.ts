// Object- and function-level authorization (OWASP API1 and API5), table-driven and keyed by object.
// Partner B owns one object of every kind; partner A's people call every operation that takes an
// object's id with B's id, a missing id and a malformed one. Operations declared for the office
// are called by partners, everything private is called anonymously, and nothing may change.
//
// A new feature adds rows, not a test, in its own file under isolation/: its object kinds (how B
// gets one), its tenant and global operations. An operation left out fails the first test.
import { randomUUID } from 'node:crypto';
import { COMMITTEE_OBJECTS, COMMITTEE_OPERATIONS, FOREIGN_OBJECTS, GLOBAL_OPERATIONS, PUBLIC_OPERATIONS, SECRETS, SELF_OPERATIONS, TENANT_OPERATIONS } from './isolation/index.js';
import type { Partner } from './isolation/table.js';
import { createPartner, createStaff, createUser, PASSWORD } from './utils/factories.js';
import { errorCode, GraphQLClient, signedInClient, type GraphQLResponse } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const NOT_FOUND_MESSAGE = 'Élément introuvable.';

/** Tables whose rows legitimately change on a refused call: sessions roll, refusals are audited. */
const VOLATILE_TABLES = new Set(['session', 'audit_event', '_prisma_migrations']);

let t: TestApp;
let a: Partner;
let b: Partner;
let foreignIds: Record<string, string>;
/** The committee's objects (no organisation owns them), made by the office. */
let committeeIds: Record<string, string>;
let as: { owner: GraphQLClient; member: GraphQLClient; committee: GraphQLClient };

beforeAll(async () => {
  t = await startTestApp();
  a = await createPartner(t.prisma, { name: 'Partenaire A' });
  b = await createPartner(t.prisma, { name: 'Partenaire B secret', siret: '70000001100010', phone: '+33 4 50 99 99 99' });
  foreignIds = Object.fromEntries(
    await Promise.all(Object.entries(FOREIGN_OBJECTS).map(async ([kind, create]) => [kind, await create(t.prisma, b)])),
  );
  committeeIds = Object.fromEntries(
    await Promise.all(Object.entries(COMMITTEE_OBJECTS).map(async ([kind, create]) => [kind, await create(t.prisma)])),
  );
  const committee = await createUser(t.prisma, { globalRoles: ['COMMITTEE_MEMBER'] });
  as = {
    owner: await signedInClient(t.baseUrl, a.owner.email, PASSWORD),
    member: await signedInClient(t.baseUrl, a.member.email, PASSWORD),
    committee: await signedInClient(t.baseUrl, committee.email, PASSWORD),
  };
});
afterAll(() => t.close());

/** Every row of every table (but the volatile ones): a refused call must leave all of them as they were. */
async function databaseState(): Promise<Record<string, string[]>> {
  snapshotQuery ??= await buildSnapshotQuery();
  const rows = await t.prisma.$queryRawUnsafe<{ name: string; rows: string }[]>(snapshotQuery);
  return Object.fromEntries(rows.map(({ name, rows }) => [name, rows ? rows.split('\n') : []]));
}

/** One statement reading every table (hundreds of snapshots: one round trip each, not one per table). */
let snapshotQuery: string | undefined;
async function buildSnapshotQuery(): Promise<string> {
  const tables = await t.prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`;
  return tables
    .map(({ name }) => name)
    .filter((name) => !VOLATILE_TABLES.has(name) && !/throttle|rate_limit/.test(name))
    .map((name) => `SELECT '${name}' AS name, (SELECT string_agg(row_to_json(x)::text, E'\\n' ORDER BY row_to_json(x)::text) FROM "${name}" x) AS rows`)
    .join(' UNION ALL ');
}

/** Nothing of B in a response: not its name, people, contact details or objects. */
function expectNothingOfB(result: GraphQLResponse) {
  const body = JSON.stringify({ data: result.data, errors: result.errors });
  const secrets = [...SECRETS, b.organisation.name, b.owner.email, b.member.email, b.owner.id, b.member.id, '70000001100010', '99 99 99', ...Object.values(foreignIds)];
  for (const secret of secrets) expect(body).not.toContain(secret);
}

/** A committee operation's variables: with the id of an object of its kind, or a made-up one. */
function committeeVariables(op: (typeof COMMITTEE_OPERATIONS)[number], id?: string): Record<string, unknown> | undefined {
  return op.variables?.(id ?? committeeIds[op.object!]!);
}

it('notices a change in any table, so « changes nothing » below is not blind', async () => {
  const before = await databaseState();
  await t.prisma.commune.create({ data: { code: '99999', name: 'Commune de test', postalCode: '99999' } });
  const after = await databaseState();
  await t.prisma.commune.delete({ where: { code: '99999' } });
  expect(after).not.toEqual(before);
  expect(Object.keys(after).filter((table) => JSON.stringify(after[table]) !== JSON.stringify(before[table]))).toEqual(['commune']);
  expect(await databaseState()).toEqual(before);
});

it('knows how to make an object of every kind an operation takes', () => {
  for (const { name, object } of TENANT_OPERATIONS) expect({ name, object: FOREIGN_OBJECTS[object] ? object : 'no such kind' }).toEqual({ name, object });
  for (const { name, object } of COMMITTEE_OPERATIONS) {
    if (object !== undefined) expect({ name, object: COMMITTEE_OBJECTS[object] ? object : 'no such kind' }).toEqual({ name, object });
  }
});

it('classifies every operation of the schema, so a new one cannot skip this test', async () => {
  const { __schema } = await new GraphQLClient(t.baseUrl).ok('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
  const operations = [...__schema.queryType.fields, ...__schema.mutationType.fields].map((f: { name: string }) => f.name).sort();
  const classified = [
    ...new Set(TENANT_OPERATIONS.map(({ name }) => name)),
    ...GLOBAL_OPERATIONS.map(([name]) => name),
    ...SELF_OPERATIONS.map(([name]) => name),
    ...COMMITTEE_OPERATIONS.map(({ name }) => name),
    ...PUBLIC_OPERATIONS,
  ].sort();
  expect(operations).toEqual(classified);
});

describe.each(['owner', 'member'] as const)("as A's %s", (role) => {
  describe.each(TENANT_OPERATIONS)('$name on B’s $object', ({ object, query, variables }) => {
    it("answers B's id exactly like a missing id, returns nothing of B and changes nothing", async () => {
      const client = as[role];
      const before = await databaseState();
      const foreign = await client.request(query, variables(foreignIds[object]));
      const missing = await client.request(query, variables(randomUUID()));
      for (const result of [foreign, missing]) {
        expect(errorCode(result)).toBe('NOT_FOUND');
        expect(result.errors).toHaveLength(1);
        expect(result.errors?.[0]?.message).toBe(NOT_FOUND_MESSAGE);
        expect(result.data).toBeNull();
        expectNothingOfB(result);
      }
      expect(foreign.status).toBe(missing.status);
      expect(foreign.errors).toEqual(missing.errors);
      expect(await databaseState()).toEqual(before);
    });

    it('answers a malformed id with NOT_FOUND', async () => {
      const before = await databaseState();
      const result = await as[role].request(query, variables('abc'));
      expect(errorCode(result)).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.message).toBe(NOT_FOUND_MESSAGE);
      expect(result.data).toBeNull();
      expect(await databaseState()).toEqual(before);
    });
  });
});

describe('as a committee member without an organisation', () => {
  it.each(TENANT_OPERATIONS)('$name is FORBIDDEN before anything is loaded (NOT_FOUND where the committee may call it), and changes nothing', async ({ query, variables, committeeCalls }) => {
    const before = await databaseState();
    const result = await as.committee.request(query, variables(foreignIds.organisation));
    expect(errorCode(result)).toBe(committeeCalls ? 'NOT_FOUND' : 'FORBIDDEN');
    expect(result.data).toBeNull();
    expectNothingOfB(result);
    expect(await databaseState()).toEqual(before);
  });
});

it("audits A's attempt on B's organisation as DENIED under the action's name", async () => {
  const where = { actorUserId: a.owner.id, objectId: b.organisation.id, outcome: 'DENIED' as const };
  const before = await t.prisma.auditEvent.count({ where });
  await as.owner.request(TENANT_OPERATIONS[0]!.query, TENANT_OPERATIONS[0]!.variables(b.organisation.id));
  const rows = await t.prisma.auditEvent.findMany({ where, orderBy: { id: 'desc' } });
  expect(rows).toHaveLength(before + 1);
  expect(rows[0]).toMatchObject({ action: 'access.organisation.read', objectType: 'organisation', detail: { decision: 'not_found' } });
});

it("audits a refused write on B even though the write's transaction rolls back", async () => {
  const where = { actorUserId: a.owner.id, action: 'access.organisation.update', objectId: b.organisation.id };
  const before = await t.prisma.auditEvent.count({ where });
  const update = TENANT_OPERATIONS.find((op) => op.name === 'updateOrganisation')!;
  expect(errorCode(await as.owner.request(update.query, update.variables(b.organisation.id)))).toBe('NOT_FOUND');
  expect(await t.prisma.auditEvent.count({ where })).toBe(before + 1);
});

it("still lets A's owner use the same operations on A (the table would pass on a broken API otherwise)", async () => {
  const id = a.organisation.id;
  const byName = (name: string) => TENANT_OPERATIONS.find((op) => op.name === name)!;
  expect((await as.owner.ok(byName('organisation').query, { id })).organisation.id).toBe(id);
  expect((await as.owner.ok(byName('members').query, { id })).members).toHaveLength(2);
  expect((await as.owner.ok(byName('invitations').query, { id })).invitations).toEqual([]);
});

describe('committee operations (committee members and staff only)', () => {
  describe.each(['owner', 'member'] as const)("as A's %s, who is not on the committee", (role) => {
    it.each(COMMITTEE_OPERATIONS)('$name answers NOT_FOUND, as if nothing existed, and changes nothing', async (op) => {
      const before = await databaseState();
      const existing = await as[role].request(op.query, committeeVariables(op));
      const results = op.object ? [existing, await as[role].request(op.query, committeeVariables(op, randomUUID()))] : [existing];
      for (const result of results) {
        expect(errorCode(result)).toBe('NOT_FOUND');
        expect(result.errors?.[0]?.message).toBe(NOT_FOUND_MESSAGE);
        expect(result.data).toBeNull();
        expectNothingOfB(result);
      }
      if (op.object) expect(results[0]!.errors).toEqual(results[1]!.errors);
      expect(await databaseState()).toEqual(before);
      const [row] = await t.prisma.auditEvent.findMany({ where: { action: 'access.committee.read', actorUserId: role === 'owner' ? a.owner.id : a.member.id }, orderBy: { id: 'desc' }, take: 1 });
      expect(row).toMatchObject({ outcome: 'DENIED', detail: { decision: 'not_found' } });
    });
  });

  it.each(COMMITTEE_OPERATIONS)('$name works for a committee member', async (op) => {
    const result = await as.committee.request(op.query, committeeVariables(op));
    expect(result.errors).toBeUndefined();
    expect(result.data?.[op.name]).toBeDefined();
  });

  it.each(COMMITTEE_OPERATIONS)('$name answers UNAUTHENTICATED without a session, and changes nothing', async (op) => {
    const before = await databaseState();
    const result = await new GraphQLClient(t.baseUrl).request(op.query, committeeVariables(op));
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
    expectNothingOfB(result);
    expect(await databaseState()).toEqual(before);
  });
});

describe.each(GLOBAL_OPERATIONS)('office operation %s', (operation, action, query) => {
  it.each(['owner', 'member', 'committee'] as const)("is FORBIDDEN to A's %s, and the refusal is audited under its action", async (role) => {
    const before = await databaseState();
    const result = await as[role].request(query);
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    expectNothingOfB(result);
    expect(await databaseState()).toEqual(before);
    const [row] = await t.prisma.auditEvent.findMany({ where: { action: `access.${action}`, outcome: 'DENIED' }, orderBy: { id: 'desc' }, take: 1 });
    expect(row).toMatchObject({ detail: { decision: 'forbidden' } });
    expect(row!.requestId).toEqual(expect.any(String));
  });
});

it('refuses role assignment to staff who are not administrators', async () => {
  const staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
  const result = await staff.request(GLOBAL_OPERATIONS.find(([name]) => name === 'setGlobalRoles')![2]);
  expect(errorCode(result)).toBe('FORBIDDEN');
});

describe('without a session', () => {
  // Variables are built inside the test: B does not exist while Jest collects the table.
  const everyPrivateOperation: [string, string, () => Record<string, unknown> | undefined][] = [
    ...TENANT_OPERATIONS.flatMap(({ name, object, query, variables }): [string, string, () => Record<string, unknown>][] => [
      [`${name} on B`, query, () => variables(foreignIds[object])],
      [`${name} on a malformed id`, query, () => variables('abc')],
    ]),
    ...GLOBAL_OPERATIONS.map(([name, , query]): [string, string, () => undefined] => [name, query, () => undefined]),
    ...SELF_OPERATIONS.map(([name, query, variables]): [string, string, () => Record<string, unknown>] => [name, query, () => variables]),
  ];

  it.each(everyPrivateOperation)('%s answers UNAUTHENTICATED and changes nothing', async (_name, query, variables) => {
    const before = await databaseState();
    const result = await new GraphQLClient(t.baseUrl).request(query, variables());
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toBe('Veuillez vous connecter.');
    expect(result.data).toBeNull();
    expectNothingOfB(result);
    expect(await databaseState()).toEqual(before);
  });

  it('answers `me` with null rather than an error', async () => {
    expect(await new GraphQLClient(t.baseUrl).ok('{ me { id } }')).toEqual({ me: null });
  });
});
