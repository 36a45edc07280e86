// Without SMTP_URL the worker does not start: e-mails stay in the outbox, where staff read them.
// (A file of its own: passport is a process-wide singleton, so two API instances in one Jest module
// registry would share — and break — each other's session deserialisers.)
import { randomUUID } from 'node:crypto';
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }';
const OUTBOX = `query($page: PageInput) {
  outbox(page: $page) { total smtpConfigured items { recipient template status attempts lastError sentAt text } }
}`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('keeps messages PENDING, lists them newest first and says SMTP is not configured', async () => {
  const staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
  const { organisation } = await createPartner(t.prisma);
  const first = `hors-ligne-1-${randomUUID().slice(0, 6)}@example.fr`;
  const second = `hors-ligne-2-${randomUUID().slice(0, 6)}@example.fr`;
  for (const email of [first, second]) {
    await staff.ok(INVITE, { input: { organisationId: organisation.id, email, role: 'MEMBER' } });
    await new Promise((resolve) => setTimeout(resolve, 20)); // distinct createdAt
  }
  // Long enough for a worker, were one running, to have picked them up.
  await new Promise((resolve) => setTimeout(resolve, 3000));

  const { outbox } = await staff.ok(OUTBOX);
  expect(outbox.smtpConfigured).toBe(false);
  expect(outbox.total).toBe(2);
  expect(outbox.items.map((m: { recipient: string }) => m.recipient)).toEqual([second, first]);
  for (const item of outbox.items) {
    expect(item).toMatchObject({ template: 'invitation', status: 'PENDING', attempts: 0, lastError: null, sentAt: null });
    expect(item.text).toContain('http://portal.test/invitation?token=');
  }
  // No pg-boss schema either: the worker never started.
  const schemas = await t.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM information_schema.schemata WHERE schema_name = 'pgboss'`);
  expect(Number(schemas[0]!.n)).toBe(0);
});
