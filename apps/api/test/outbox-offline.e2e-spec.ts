// Without SMTP_URL the worker does not start: e-mails stay in the outbox, where staff read them.
// (A file of its own: passport is a process-wide singleton, so two API instances in one Jest module
// registry would share — and break — each other's session deserialisers.)
import { randomUUID } from 'node:crypto';
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { signedInClient } from './utils/graphql.js';
import { TestClock } from './utils/test-clock.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }';
const OUTBOX = `query($page: PageInput) {
  outbox(page: $page) { total smtpConfigured items { recipient template status attempts lastError createdAt sentAt text } }
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
  const clock = TestClock.of(t.app);
  clock.set('2026-03-02T08:00:00.000Z');
  await staff.ok(INVITE, { input: { organisationId: organisation.id, email: first, role: 'MEMBER' } });
  clock.advance(5 * 60_000);
  await staff.ok(INVITE, { input: { organisationId: organisation.id, email: second, role: 'MEMBER' } });

  const { outbox } = await staff.ok(OUTBOX);
  expect(outbox.smtpConfigured).toBe(false);
  expect(outbox.total).toBe(2);
  expect(outbox.items.map((m: { recipient: string; createdAt: string }) => [m.recipient, m.createdAt])).toEqual([
    [second, '2026-03-02T08:05:00.000Z'],
    [first, '2026-03-02T08:00:00.000Z'],
  ]);
  for (const item of outbox.items) {
    expect(item).toMatchObject({ template: 'invitation', status: 'PENDING', attempts: 0, lastError: null, sentAt: null });
    expect(item.text).toContain('http://portal.test/invitation?token=');
  }
  // No pg-boss schema either: the worker never started, so nothing will ever pick them up.
  const schemas = await t.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM information_schema.schemata WHERE schema_name = 'pgboss'`);
  expect(Number(schemas[0]!.n)).toBe(0);
});
