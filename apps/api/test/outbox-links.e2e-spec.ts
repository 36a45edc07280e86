// Who may read the single-use links of the outbox when no SMTP server is configured.
import { createPartner, createStaff, createUser, PASSWORD } from './utils/factories.js';
import { signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { waitFor } from './utils/wait-for.js';

const OUTBOX = '{ outbox(page: { limit: 100 }) { smtpConfigured items { recipient template text } } }';
const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }';
const REQUEST_RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('shows staff invitation links but not password-reset links, which only administrators see', async () => {
  const staffUser = await createStaff(t.prisma);
  const adminUser = await createStaff(t.prisma, ['STAFF', 'ADMIN']);
  const target = await createUser(t.prisma, { globalRoles: ['STAFF', 'ADMIN'] });
  const { organisation, owner } = await createPartner(t.prisma);
  const staff = await signedInClient(t.baseUrl, staffUser.email, PASSWORD);
  const admin = await signedInClient(t.baseUrl, adminUser.email, PASSWORD);
  const asOwner = await signedInClient(t.baseUrl, owner.email, PASSWORD);

  await asOwner.ok(INVITE, { input: { organisationId: organisation.id, email: 'nouvelle@example.fr', role: 'MEMBER' } });
  await staff.ok(REQUEST_RESET, { email: target.email });
  await waitFor('the reset e-mail (sent after the answer)', () => t.prisma.outboxMessage.findFirst({ where: { recipient: target.email } }));

  const seenBy = async (client: typeof staff) => {
    const { outbox } = await client.ok(OUTBOX);
    expect(outbox.smtpConfigured).toBe(false);
    const byTemplate = (template: string) => outbox.items.find((m: { template: string }) => m.template === template).text as string;
    return { invitation: byTemplate('invitation'), reset: byTemplate('password-reset') };
  };
  const asStaff = await seenBy(staff);
  expect(asStaff.invitation).toMatch(/\/invitation\?token=[\w-]{20,}/);
  expect(asStaff.reset).toContain('[lien personnel masqué]');
  expect(asStaff.reset).not.toMatch(/token=[\w-]{20,}/);

  const asAdmin = await seenBy(admin);
  expect(asAdmin.reset).toMatch(/\/reinitialiser\?token=[\w-]{20,}/);
  // The stored message is intact: only the view is masked.
  const stored = await t.prisma.outboxMessage.findFirst({ where: { template: 'password-reset', recipient: target.email } });
  expect(stored!.text).toMatch(/token=[\w-]{20,}/);
});
