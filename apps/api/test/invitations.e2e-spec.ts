import { createHash, randomUUID } from 'node:crypto';
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role status expiresAt createdAt } }';
const PREVIEW = 'query($token: String!) { invitation(token: $token) { email organisationName role expiresAt existingAccount } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id email name memberships { role organisation { id name } } } }';
const MEMBERS = 'query($id: ID!) { members(organisationId: $id) { userId name email role active } }';
const INVITATIONS = 'query($id: ID!) { invitations(organisationId: $id) { id email role status } }';
const ME = '{ me { id email memberships { role organisation { id } } } }';

const NEW_PASSWORD = 'une longue phrase de passe pour claire';
const INVALID_LINK = 'Ce lien d’invitation n’est plus valable : il a expiré ou a déjà servi. Demandez une nouvelle invitation.';

let t: TestApp;
let staff: GraphQLClient;
let staffUser: { id: string; email: string };
beforeAll(async () => {
  t = await startTestApp();
  staffUser = await createStaff(t.prisma);
  staff = await signedInClient(t.baseUrl, staffUser.email, PASSWORD);
});
afterAll(() => t.close());

const anonymous = () => new GraphQLClient(t.baseUrl);
const newAddress = (label = 'collegue') => `${label}-${randomUUID().slice(0, 8)}@example.fr`;

async function signedInPartner() {
  const partner = await createPartner(t.prisma);
  return {
    ...partner,
    asOwner: await signedInClient(t.baseUrl, partner.owner.email, PASSWORD),
    asMember: await signedInClient(t.baseUrl, partner.member.email, PASSWORD),
  };
}

/** The token of the latest invitation e-mail to `recipient`, read from the outbox like a mailbox. */
async function invitationToken(recipient: string): Promise<string> {
  const message = await t.prisma.outboxMessage.findFirst({ where: { recipient, template: 'invitation' }, orderBy: { createdAt: 'desc' } });
  const token = message?.text.match(/invitation\?token=([\w-]+)/)?.[1];
  if (!token) throw new Error(`no invitation e-mail to ${recipient}`);
  return token;
}

/** Everything an invitation call may write, to compare before and after a refused one. */
async function writes(organisationId: string) {
  return {
    invitations: await t.prisma.invitation.count({ where: { organisationId } }),
    outbox: await t.prisma.outboxMessage.count(),
    memberships: await t.prisma.membership.count({ where: { organisationId } }),
    users: await t.prisma.user.count(),
  };
}

async function invite(client: GraphQLClient, organisationId: string, email = newAddress(), role: 'MEMBER' | 'OWNER' = 'MEMBER') {
  const { inviteMember } = await client.ok(INVITE, { input: { organisationId, email, role } });
  return { invitation: inviteMember, email: email.trim().toLowerCase(), token: await invitationToken(email.trim().toLowerCase()) };
}

describe('inviting and joining', () => {
  it('lets an owner invite a colleague: a pending invitation and its e-mail in the outbox', async () => {
    const { organisation, owner, asOwner } = await signedInPartner();
    const typed = `  Claire.Dupont-${randomUUID().slice(0, 6)}@Example.FR `;
    const email = typed.trim().toLowerCase();
    const { inviteMember } = await asOwner.ok(INVITE, { input: { organisationId: organisation.id, email: typed, role: 'MEMBER' } });
    expect(inviteMember).toMatchObject({ email, role: 'MEMBER', status: 'PENDING' });
    const expiresIn = new Date(inviteMember.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(6.9 * 24 * 3600_000);
    expect(expiresIn).toBeLessThanOrEqual(7 * 24 * 3600_000);

    const messages = await t.prisma.outboxMessage.findMany({ where: { recipient: email } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ template: 'invitation', status: 'PENDING', attempts: 0 });
    expect(messages[0]!.text).toContain('http://portal.test/invitation?token=');
    expect(messages[0]!.text).toContain(organisation.name);

    // Only the token's SHA-256 is stored.
    const token = await invitationToken(email);
    const stored = await t.prisma.invitation.findUniqueOrThrow({ where: { id: inviteMember.id } });
    expect(stored).toMatchObject({ organisationId: organisation.id, email, role: 'MEMBER', invitedById: owner.id, acceptedAt: null });
    expect(stored.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));

    const audit = await t.prisma.auditEvent.findMany({ where: { action: 'invitation.create', objectId: inviteMember.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: 'SUCCESS', actorUserId: owner.id, organisationId: organisation.id, objectType: 'invitation' });
    expect(audit[0]!.detail).toEqual({ email, role: 'MEMBER' });
  });

  it('shows a preview of the invitation without a session', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const { email, token } = await invite(asOwner, organisation.id);
    const { invitation } = await anonymous().ok(PREVIEW, { token });
    expect(invitation).toMatchObject({ email, organisationName: organisation.name, role: 'MEMBER', existingAccount: false });
  });

  it('activates the account, signs it in, adds the membership and sends a welcome e-mail', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const { invitation, email, token } = await invite(asOwner, organisation.id);
    const browser = anonymous();
    const { acceptInvitation: user } = await browser.ok(ACCEPT, { input: { token, name: '  Claire Dupont ', password: NEW_PASSWORD } });
    expect(user).toMatchObject({ email, name: 'Claire Dupont', memberships: [{ role: 'MEMBER', organisation: { id: organisation.id } }] });

    // The same browser is now signed in.
    expect(browser.cookie).toBeDefined();
    expect((await browser.ok(ME)).me).toMatchObject({ id: user.id, email });
    expect((await browser.ok(MEMBERS, { id: organisation.id })).members.map((m: { email: string }) => m.email)).toContain(email);
    // And the new password works for a later sign-in.
    expect((await anonymous().signIn(email, NEW_PASSWORD)).errors).toBeUndefined();

    expect(await t.prisma.membership.findMany({ where: { userId: user.id } })).toEqual([
      expect.objectContaining({ organisationId: organisation.id, role: 'MEMBER' }),
    ]);
    const stored = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const welcome = await t.prisma.outboxMessage.findMany({ where: { recipient: email, template: 'welcome' } });
    expect(welcome).toHaveLength(1);
    expect(welcome[0]!.text).toContain(organisation.name);

    expect((await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeInstanceOf(Date);
    // Accepted: the person is in the team, so the invitation leaves the list of those awaiting an answer.
    expect((await asOwner.ok(INVITATIONS, { id: organisation.id })).invitations).toEqual([]);
    const audit = await t.prisma.auditEvent.findMany({ where: { action: 'invitation.accept', objectId: invitation.id } });
    expect(audit).toEqual([expect.objectContaining({ outcome: 'SUCCESS', actorUserId: user.id, organisationId: organisation.id })]);
  });

  it('refuses a second use of the link and creates no second account', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const { email, token } = await invite(asOwner, organisation.id);
    await anonymous().ok(ACCEPT, { input: { token, name: 'Claire Dupont', password: NEW_PASSWORD } });
    const before = await writes(organisation.id);

    const again = anonymous();
    const reused = await again.request(ACCEPT, { input: { token, name: 'Quelqu’un d’autre', password: 'une autre phrase de passe' } });
    expect(errorCode(reused)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(reused)).toEqual({ token: INVALID_LINK });
    expect(reused.data).toBeNull();
    expect(again.cookie).toBeUndefined();
    expect(await writes(organisation.id)).toEqual(before);
    expect(await t.prisma.user.count({ where: { email } })).toBe(1);
    expect(errorCode(await anonymous().request(PREVIEW, { token }))).toBe('BAD_USER_INPUT');
  });

  it('refuses an expired link exactly like an unknown one', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const { invitation, email, token } = await invite(asOwner, organisation.id);
    await t.prisma.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await writes(organisation.id);

    const expiredPreview = await anonymous().request(PREVIEW, { token });
    const expiredAccept = await anonymous().request(ACCEPT, { input: { token, name: 'Claire Dupont', password: NEW_PASSWORD } });
    const unknownToken = 'x'.repeat(43);
    const unknownPreview = await anonymous().request(PREVIEW, { token: unknownToken });
    const unknownAccept = await anonymous().request(ACCEPT, { input: { token: unknownToken, name: 'Claire Dupont', password: NEW_PASSWORD } });

    for (const result of [expiredPreview, expiredAccept, unknownPreview, unknownAccept]) {
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toBe(expiredAccept.errors?.[0]?.message);
      expect(fieldErrors(result)).toEqual({ token: INVALID_LINK });
      expect(result.data).toBeNull();
    }
    expect(await writes(organisation.id)).toEqual(before);
    expect(await t.prisma.user.count({ where: { email } })).toBe(0);
    expect((await asOwner.ok(INVITATIONS, { id: organisation.id })).invitations).toEqual([
      expect.objectContaining({ id: invitation.id, status: 'EXPIRED' }),
    ]);
  });

  it.each([
    ['a common password', { name: 'Claire Dupont', password: 'azertyuiop123' }, 'password'],
    ['a short password', { name: 'Claire Dupont', password: 'court' }, 'password'],
    ['the address as password', { name: 'Claire Dupont', password: '<email>' }, 'password'],
    ['a missing name', { name: ' ', password: NEW_PASSWORD }, 'name'],
  ])('refuses %s and keeps the invitation usable', async (_case, input, field) => {
    const { organisation, asOwner } = await signedInPartner();
    const { invitation, email, token } = await invite(asOwner, organisation.id);
    const before = await writes(organisation.id);
    const password = input.password === '<email>' ? email : input.password;
    const result = await anonymous().request(ACCEPT, { input: { token, name: input.name, password } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldErrors(result))).toEqual([field]);
    expect(await writes(organisation.id)).toEqual(before);
    expect((await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull();
    // Fixing the form is enough: the link still works.
    expect((await anonymous().ok(ACCEPT, { input: { token, name: 'Claire Dupont', password: NEW_PASSWORD } })).acceptInvitation.email).toBe(email);
  });

  it('asks an existing account for its current password before joining a second organisation', async () => {
    const first = await createPartner(t.prisma);
    const second = await signedInPartner();
    const existing = first.owner;
    const before = await t.prisma.user.findUniqueOrThrow({ where: { id: existing.id } });
    const { token } = await invite(second.asOwner, second.organisation.id, existing.email.toUpperCase());
    expect((await anonymous().ok(PREVIEW, { token })).invitation).toMatchObject({ email: existing.email, existingAccount: true });

    // A new password instead of the current one: refused, nothing changes, the link stays usable.
    const takeover = await anonymous().request(ACCEPT, { input: { token, name: 'Pirate', password: 'un mot de passe choisi par un autre' } });
    expect(errorCode(takeover)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldErrors(takeover))).toEqual(['password']);
    expect(await t.prisma.membership.count({ where: { userId: existing.id, organisationId: second.organisation.id } })).toBe(0);
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(before);

    const browser = anonymous();
    const { acceptInvitation } = await browser.ok(ACCEPT, { input: { token, name: 'Nom ignoré', password: PASSWORD } });
    expect(acceptInvitation.id).toBe(existing.id);
    expect(acceptInvitation.name).toBe(before.name);
    const memberships = (await browser.ok(ME)).me.memberships.map((m: { role: string; organisation: { id: string } }) => [m.organisation.id, m.role]);
    expect(memberships).toEqual(expect.arrayContaining([[first.organisation.id, 'OWNER'], [second.organisation.id, 'MEMBER']]));
    expect(memberships).toHaveLength(2);
    // Password and name untouched, and no second account.
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ passwordHash: before.passwordHash, name: before.name });
    expect(await t.prisma.user.count({ where: { email: existing.email } })).toBe(1);
  });
});

describe('who may invite whom', () => {
  it('refuses an invitation by a member and writes nothing', async () => {
    const { organisation, asMember } = await signedInPartner();
    const before = await writes(organisation.id);
    const result = await asMember.request(INVITE, { input: { organisationId: organisation.id, email: newAddress(), role: 'MEMBER' } });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    expect(await writes(organisation.id)).toEqual(before);
  });

  it('refuses an owner inviting another owner and writes nothing', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const before = await writes(organisation.id);
    const result = await asOwner.request(INVITE, { input: { organisationId: organisation.id, email: newAddress(), role: 'OWNER' } });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(await writes(organisation.id)).toEqual(before);
  });

  it('lets staff invite the owner of any partner', async () => {
    const { organisation } = await createPartner(t.prisma);
    const { invitation, email, token } = await invite(staff, organisation.id, newAddress('gerant'), 'OWNER');
    expect(invitation).toMatchObject({ role: 'OWNER', status: 'PENDING' });
    expect((await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).invitedById).toBe(staffUser.id);
    const { acceptInvitation } = await anonymous().ok(ACCEPT, { input: { token, name: 'Nouveau Gérant', password: NEW_PASSWORD } });
    expect(acceptInvitation).toMatchObject({ email, memberships: [{ role: 'OWNER', organisation: { id: organisation.id } }] });
  });

  it('refuses to invite someone who is already a member', async () => {
    const { organisation, member, asOwner } = await signedInPartner();
    const before = await writes(organisation.id);
    const result = await asOwner.request(INVITE, { input: { organisationId: organisation.id, email: ` ${member.email.toUpperCase()} `, role: 'MEMBER' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual({ email: 'Cette personne fait déjà partie de l’organisation.' });
    expect(await writes(organisation.id)).toEqual(before);
  });

  it.each([
    ['no @', 'claire.example.fr'],
    ['no domain dot', 'claire@example'],
    ['a space inside', 'claire dupont@example.fr'],
    ['an empty address', '   '],
    ['a second recipient after a comma', 'claire@example.fr,autre@pirate.example'],
    ['a display name', 'Claire <claire@example.fr>'],
  ])('refuses an address with %s and writes nothing', async (_case, email) => {
    const { organisation, asOwner } = await signedInPartner();
    const before = await writes(organisation.id);
    const result = await asOwner.request(INVITE, { input: { organisationId: organisation.id, email, role: 'MEMBER' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldErrors(result))).toEqual(['email']);
    expect(await writes(organisation.id)).toEqual(before);
    expect(await t.prisma.auditEvent.count({ where: { action: 'invitation.create', organisationId: organisation.id } })).toBe(0);
  });

  it('refuses the sixth invitation within a minute by the same account', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push(errorCode(await asOwner.request(INVITE, { input: { organisationId: organisation.id, email: newAddress(`invite${i}`), role: 'MEMBER' } })));
    }
    expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, 'TOO_MANY_REQUESTS']);
    expect(await t.prisma.invitation.count({ where: { organisationId: organisation.id } })).toBe(5);
  });
});

describe('members and invitations lists', () => {
  it('lists the members for every member, and the invitations only for the owner and staff', async () => {
    const { organisation, owner, member, asOwner, asMember } = await signedInPartner();
    const { invitation } = await invite(asOwner, organisation.id);

    const expectedMembers = [
      { userId: owner.id, email: owner.email, name: owner.name, role: 'OWNER', active: true },
      { userId: member.id, email: member.email, name: member.name, role: 'MEMBER', active: true },
    ];
    expect((await asOwner.ok(MEMBERS, { id: organisation.id })).members).toEqual(expectedMembers);
    expect((await asMember.ok(MEMBERS, { id: organisation.id })).members).toEqual(expectedMembers);
    expect((await staff.ok(MEMBERS, { id: organisation.id })).members).toEqual(expectedMembers);

    const expectedInvitations = [{ id: invitation.id, email: invitation.email, role: 'MEMBER', status: 'PENDING' }];
    expect((await asOwner.ok(INVITATIONS, { id: organisation.id })).invitations).toEqual(expectedInvitations);
    expect((await staff.ok(INVITATIONS, { id: organisation.id })).invitations).toEqual(expectedInvitations);

    const refused = await asMember.request(INVITATIONS, { id: organisation.id });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    expect(JSON.stringify(refused)).not.toContain(invitation.email);
  });
});
