import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { errorCode, GraphQLClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const SET_ROLES = 'mutation($input: SetGlobalRolesInput!) { setGlobalRoles(input: $input) { id globalRoles } }';

let t: TestApp;
let admin: { id: string; email: string };
let adminClient: GraphQLClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await createStaff(t.prisma, ['STAFF', 'ADMIN']);
  adminClient = new GraphQLClient(t.baseUrl);
  await adminClient.signIn(admin.email, PASSWORD);
});
afterAll(() => t.close());

const rolesOf = async (id: string) => (await t.prisma.user.findUnique({ where: { id } }))!.globalRoles.sort();

it('lets an administrator make a partner user a committee member, effective on their next request, and audits it', async () => {
  const { owner } = await createPartner(t.prisma);
  const ownerClient = new GraphQLClient(t.baseUrl);
  await ownerClient.signIn(owner.email, PASSWORD);

  const { setGlobalRoles } = await adminClient.ok(SET_ROLES, { input: { userId: owner.id, roles: ['COMMITTEE_MEMBER', 'COMMITTEE_MEMBER'] } });
  expect(setGlobalRoles).toEqual({ id: owner.id, globalRoles: ['COMMITTEE_MEMBER'] });
  expect((await ownerClient.ok('{ me { globalRoles } }')).me.globalRoles).toEqual(['COMMITTEE_MEMBER']);

  const audit = await t.prisma.auditEvent.findFirst({ where: { action: 'user.roles', objectId: owner.id } });
  expect(audit).toMatchObject({ outcome: 'SUCCESS', actorUserId: admin.id, detail: { before: [], after: ['COMMITTEE_MEMBER'] } });
});

it('refuses staff who are not administrators, audits the refusal and changes nothing', async () => {
  const staff = await createStaff(t.prisma);
  const { owner } = await createPartner(t.prisma);
  const staffClient = new GraphQLClient(t.baseUrl);
  await staffClient.signIn(staff.email, PASSWORD);
  const result = await staffClient.request(SET_ROLES, { input: { userId: owner.id, roles: ['ADMIN'] } });
  expect(errorCode(result)).toBe('FORBIDDEN');
  expect(await rolesOf(owner.id)).toEqual([]);
  expect(await t.prisma.auditEvent.count({ where: { action: 'access.role.assign', outcome: 'DENIED', actorUserId: staff.id } })).toBe(1);
});

it('keeps an administrator from removing their own administrator role', async () => {
  const result = await adminClient.request(SET_ROLES, { input: { userId: admin.id, roles: ['STAFF'] } });
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('roles');
  expect(await rolesOf(admin.id)).toEqual(['ADMIN', 'STAFF']);
});

it('answers NOT_FOUND for an unknown or malformed user id', async () => {
  for (const userId of ['00000000-0000-4000-8000-000000000000', 'abc']) {
    expect(errorCode(await adminClient.request(SET_ROLES, { input: { userId, roles: [] } }))).toBe('NOT_FOUND');
  }
});
