// Object- and function-level authorization (OWASP API1 and API5), table-driven: partner A's people
// call every operation that takes an organisation id with partner B's id, a missing id and a
// malformed one; staff operations are called by partners; everything private is called anonymously.
import { randomUUID } from 'node:crypto';
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { errorCode, GraphQLClient, signedInClient, type GraphQLResponse } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

type Variables = (organisationId: string) => Record<string, unknown>;

const PROFILE = {
  name: 'Repris par A',
  category: 'HOTEL',
  legalForm: 'SARL',
  siret: '',
  address: { street: '1 rue du Piratage', postalCode: '01170', communeCode: '01173' },
  phone: '04 50 00 00 00',
  email: 'pirate@example.fr',
  website: 'https://pirate.example.fr',
};

/** Every operation that takes an organisation id. */
const TENANT_OPERATIONS: [string, string, Variables][] = [
  ['organisation', 'query($id: ID!) { organisation(id: $id) { id name siret phone email } }', (id) => ({ id })],
  [
    'updateOrganisation',
    'mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id name version } }',
    (id) => ({ id, input: PROFILE }),
  ],
  ['members', 'query($id: ID!) { members(organisationId: $id) { userId name email role } }', (id) => ({ id })],
  ['invitations', 'query($id: ID!) { invitations(organisationId: $id) { id email role status } }', (id) => ({ id })],
  [
    'inviteMember',
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email } }',
    (id) => ({ input: { organisationId: id, email: 'complice@example.fr', role: 'MEMBER' } }),
  ],
];

/** Staff-only operations (route-level role decorator). */
const STAFF_OPERATIONS: [string, string][] = [
  ['organisations', '{ organisations { total items { id name } } }'],
  ['outbox', '{ outbox { total smtpConfigured items { recipient text } } }'],
  ['setGlobalRoles', 'mutation { setGlobalRoles(input: { userId: "00000000-0000-4000-8000-000000000000", roles: [ADMIN, STAFF] }) { id globalRoles } }'],
];

/** Operations that need a session but no organisation id. */
const SELF_OPERATIONS: [string, string, Record<string, unknown>][] = [
  [
    'changePassword',
    'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
    { input: { currentPassword: PASSWORD, newPassword: 'une nouvelle phrase de passe' } },
  ],
];

/** Operations meant to work without a session (checked elsewhere: auth and invitation tests). */
const PUBLIC_OPERATIONS = ['me', 'signIn', 'signOut', 'requestPasswordReset', 'resetPassword', 'invitation', 'acceptInvitation'];

const NOT_FOUND_MESSAGE = 'Élément introuvable.';

let t: TestApp;
let a: Awaited<ReturnType<typeof createPartner>>;
let b: Awaited<ReturnType<typeof createPartner>>;
let bInvitationEmail: string;
let as: { owner: GraphQLClient; member: GraphQLClient };

beforeAll(async () => {
  t = await startTestApp();
  a = await createPartner(t.prisma, { name: 'Partenaire A' });
  b = await createPartner(t.prisma, { name: 'Partenaire B secret' });
  // B has data of every kind: a SIRET, contact details, an invitation and its e-mail.
  await t.prisma.organisation.update({ where: { id: b.organisation.id }, data: { siret: '70000001100010', phone: '+33 4 50 99 99 99' } });
  const staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
  bInvitationEmail = `invite-de-b-${randomUUID().slice(0, 6)}@example.fr`;
  await staff.ok('mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }', {
    input: { organisationId: b.organisation.id, email: bInvitationEmail, role: 'MEMBER' },
  });
  as = {
    owner: await signedInClient(t.baseUrl, a.owner.email, PASSWORD),
    member: await signedInClient(t.baseUrl, a.member.email, PASSWORD),
  };
});
afterAll(() => t.close());

/** Every row of B that an operation could touch. */
async function bState() {
  const organisationId = b.organisation.id;
  return {
    organisation: await t.prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } }),
    memberships: await t.prisma.membership.findMany({ where: { organisationId }, orderBy: { userId: 'asc' } }),
    invitations: await t.prisma.invitation.findMany({ where: { organisationId }, orderBy: { id: 'asc' } }),
    users: await t.prisma.user.findMany({ where: { id: { in: [b.owner.id, b.member.id] } }, orderBy: { id: 'asc' } }),
    outbox: await t.prisma.outboxMessage.count(),
    invitationsAnywhere: await t.prisma.invitation.count(),
  };
}

/** Nothing of B in a response: not its name, people, contact details or invitations. */
function expectNothingOfB(result: GraphQLResponse) {
  const body = JSON.stringify({ data: result.data, errors: result.errors });
  for (const secret of [b.organisation.name, b.owner.email, b.member.email, b.owner.id, b.member.id, bInvitationEmail, '70000001100010', '99 99 99']) {
    expect(body).not.toContain(secret);
  }
}

it('classifies every operation of the schema, so a new one cannot skip this test', async () => {
  const { __schema } = await new GraphQLClient(t.baseUrl).ok('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
  const operations = [...__schema.queryType.fields, ...__schema.mutationType.fields].map((f: { name: string }) => f.name).sort();
  const classified = [
    ...TENANT_OPERATIONS.map(([name]) => name),
    ...STAFF_OPERATIONS.map(([name]) => name),
    ...SELF_OPERATIONS.map(([name]) => name),
    ...PUBLIC_OPERATIONS,
  ].sort();
  expect(operations).toEqual(classified);
});

describe.each(['owner', 'member'] as const)("as A's %s", (role) => {
  describe.each(TENANT_OPERATIONS)('%s', (operation, query, variables) => {
    it("answers B's id exactly like a missing id, returns nothing of B and changes nothing", async () => {
      const client = as[role];
      const before = await bState();
      const foreign = await client.request(query, variables(b.organisation.id));
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
      expect(await bState()).toEqual(before);
    });

    it('answers a malformed id with NOT_FOUND', async () => {
      const before = await bState();
      const result = await as[role].request(query, variables('abc'));
      expect(errorCode(result)).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.message).toBe(NOT_FOUND_MESSAGE);
      expect(result.data).toBeNull();
      expect(await bState()).toEqual(before);
    });
  });
});

it("audits A's attempts on B's organisation as DENIED", async () => {
  const before = await t.prisma.auditEvent.count({ where: { actorUserId: a.owner.id, organisationId: b.organisation.id, outcome: 'DENIED' } });
  await as.owner.request(TENANT_OPERATIONS[0]![1], TENANT_OPERATIONS[0]![2](b.organisation.id));
  const rows = await t.prisma.auditEvent.findMany({
    where: { actorUserId: a.owner.id, organisationId: b.organisation.id, outcome: 'DENIED' },
    orderBy: { id: 'desc' },
  });
  expect(rows).toHaveLength(before + 1);
  expect(rows[0]).toMatchObject({ action: 'access.organisation.read', detail: { decision: 'not_found' } });
});

it("still lets A's owner use the same operations on A (the table would pass on a broken API otherwise)", async () => {
  const id = a.organisation.id;
  expect((await as.owner.ok(TENANT_OPERATIONS[0]![1], { id })).organisation.id).toBe(id);
  expect((await as.owner.ok(TENANT_OPERATIONS[2]![1], { id })).members).toHaveLength(2);
  expect((await as.owner.ok(TENANT_OPERATIONS[3]![1], { id })).invitations).toEqual([]);
});

describe.each(STAFF_OPERATIONS)('staff-only %s', (operation, query) => {
  it.each(['owner', 'member'] as const)("is FORBIDDEN to A's %s, and the refusal is audited", async (role) => {
    const actor = role === 'owner' ? a.owner : a.member;
    const where = { actorUserId: actor.id, action: `access.${operation}`, outcome: 'DENIED' as const };
    const before = await t.prisma.auditEvent.count({ where });
    const result = await as[role].request(query);
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    expectNothingOfB(result);
    const rows = await t.prisma.auditEvent.findMany({ where, orderBy: { id: 'desc' } });
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]).toMatchObject({ actorEmail: actor.email, detail: { decision: 'forbidden', rule: 'staff-only' } });
    expect(rows[0]!.requestId).toEqual(expect.any(String));
  });
});

describe('without a session', () => {
  // Variables are built inside the test: B does not exist while Jest collects the table.
  const everyPrivateOperation: [string, string, () => Record<string, unknown> | undefined][] = [
    ...TENANT_OPERATIONS.flatMap(([name, query, variables]): [string, string, () => Record<string, unknown>][] => [
      [`${name} on B`, query, () => variables(b.organisation.id)],
      [`${name} on a malformed id`, query, () => variables('abc')],
    ]),
    ...STAFF_OPERATIONS.map(([name, query]): [string, string, () => undefined] => [name, query, () => undefined]),
    ...SELF_OPERATIONS.map(([name, query, variables]): [string, string, () => Record<string, unknown>] => [name, query, () => variables]),
  ];

  it.each(everyPrivateOperation)('%s answers UNAUTHENTICATED and changes nothing', async (_name, query, variables) => {
    const before = await bState();
    const result = await new GraphQLClient(t.baseUrl).request(query, variables());
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toBe('Veuillez vous connecter.');
    expect(result.data).toBeNull();
    expectNothingOfB(result);
    expect(await bState()).toEqual(before);
  });

  it('answers `me` with null rather than an error', async () => {
    expect(await new GraphQLClient(t.baseUrl).ok('{ me { id } }')).toEqual({ me: null });
  });
});
