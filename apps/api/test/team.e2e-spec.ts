// The team page's changes: cancelling and re-sending invitations, removing a colleague (never the
// last owner), and a user correcting their own name.
import { createHash, randomUUID } from 'node:crypto';
import { createInvitation, createMembership, createPartner, createStaff, createUser, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const CANCEL = 'mutation($id: ID!) { cancelInvitation(id: $id) }';
const RESEND = 'mutation($id: ID!) { resendInvitation(id: $id) { id email role status expiresAt } }';
const REMOVE = 'mutation($organisationId: ID!, $userId: ID!) { removeMember(organisationId: $organisationId, userId: $userId) }';
const INVITATIONS = 'query($id: ID!) { invitations(organisationId: $id) { id email status } }';
const PREVIEW = 'query($token: String!) { invitation(token: $token) { email } }';
const RENAME = 'mutation($input: UpdateMyNameInput!) { updateMyName(input: $input) { id name email memberships { role organisation { id } } } }';
const ME = '{ me { id name } }';

const LAST_OWNER = 'L’organisation doit garder au moins un responsable\u00a0: invitez-en un autre avant de retirer celui-ci.';
const ALREADY_ACCEPTED = 'Cette invitation a déjà été acceptée\u00a0: la personne fait partie de l’équipe.';

let t: TestApp;
let staff: GraphQLClient;
beforeAll(async () => {
  t = await startTestApp();
  const staffUser = await createStaff(t.prisma);
  staff = await signedInClient(t.baseUrl, staffUser.email, PASSWORD);
});
afterAll(() => t.close());

async function signedInPartner() {
  const partner = await createPartner(t.prisma);
  return {
    ...partner,
    asOwner: await signedInClient(t.baseUrl, partner.owner.email, PASSWORD),
    asMember: await signedInClient(t.baseUrl, partner.member.email, PASSWORD),
  };
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Everything these calls may write, to compare before and after a refused one. */
async function writes(organisationId: string) {
  return {
    invitations: await t.prisma.invitation.findMany({ where: { organisationId }, orderBy: { id: 'asc' } }),
    memberships: await t.prisma.membership.findMany({ where: { organisationId }, orderBy: { userId: 'asc' } }),
    outbox: await t.prisma.outboxMessage.count(),
  };
}

describe('cancelling an invitation', () => {
  it('lets the owner withdraw a pending invitation: its link stops working, and it is audited', async () => {
    const { organisation, owner, asOwner } = await signedInPartner();
    const token = `jeton-${randomUUID()}`;
    const invitation = await createInvitation(t.prisma, organisation.id, { token });

    expect((await asOwner.ok(CANCEL, { id: invitation.id })).cancelInvitation).toBe(true);

    expect(await t.prisma.invitation.findUnique({ where: { id: invitation.id } })).toBeNull();
    expect((await asOwner.ok(INVITATIONS, { id: organisation.id })).invitations).toEqual([]);
    expect(errorCode(await new GraphQLClient(t.baseUrl).request(PREVIEW, { token }))).toBe('BAD_USER_INPUT');
    const audit = await t.prisma.auditEvent.findMany({ where: { action: 'invitation.cancel', objectId: invitation.id } });
    expect(audit).toEqual([expect.objectContaining({ outcome: 'SUCCESS', actorUserId: owner.id, organisationId: organisation.id })]);
  });

  it('lets staff withdraw an expired invitation of any partner', async () => {
    const { organisation } = await signedInPartner();
    const invitation = await createInvitation(t.prisma, organisation.id, { role: 'OWNER', expiresAt: new Date(Date.now() - 1000) });
    expect((await staff.ok(CANCEL, { id: invitation.id })).cancelInvitation).toBe(true);
    expect(await t.prisma.invitation.count({ where: { id: invitation.id } })).toBe(0);
  });

  it('refuses an accepted invitation, a colleague who is not owner, another organisation’s and a malformed id, writing nothing', async () => {
    const { organisation, asOwner, asMember } = await signedInPartner();
    const other = await createPartner(t.prisma);
    const accepted = await createInvitation(t.prisma, organisation.id, { acceptedAt: new Date() });
    const pending = await createInvitation(t.prisma, organisation.id);
    const foreign = await createInvitation(t.prisma, other.organisation.id);
    const before = await writes(organisation.id);
    const foreignBefore = await writes(other.organisation.id);

    const onAccepted = await asOwner.request(CANCEL, { id: accepted.id });
    expect(errorCode(onAccepted)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(onAccepted)).toEqual({ id: ALREADY_ACCEPTED });
    expect(errorCode(await asMember.request(CANCEL, { id: pending.id }))).toBe('FORBIDDEN');
    expect(errorCode(await asOwner.request(CANCEL, { id: foreign.id }))).toBe('NOT_FOUND');
    expect(errorCode(await asOwner.request(CANCEL, { id: 'pas-un-identifiant' }))).toBe('NOT_FOUND');
    expect(errorCode(await asOwner.request(CANCEL, { id: randomUUID() }))).toBe('NOT_FOUND');
    expect(errorCode(await new GraphQLClient(t.baseUrl).request(CANCEL, { id: pending.id }))).toBe('UNAUTHENTICATED');

    expect(await writes(organisation.id)).toEqual(before);
    expect(await writes(other.organisation.id)).toEqual(foreignBefore);
  });
});

describe('re-sending an invitation', () => {
  it('sends a new link valid a week to the same address; the previous link stops working', async () => {
    const { organisation, owner, asOwner } = await signedInPartner();
    const oldToken = `jeton-${randomUUID()}`;
    const invitation = await createInvitation(t.prisma, organisation.id, { token: oldToken, expiresAt: new Date(Date.now() - 60_000) });

    const { resendInvitation } = await asOwner.ok(RESEND, { id: invitation.id });
    expect(resendInvitation).toMatchObject({ id: invitation.id, email: invitation.email, role: 'MEMBER', status: 'PENDING' });
    const expiresIn = new Date(resendInvitation.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(6.9 * 24 * 3600_000);

    const messages = await t.prisma.outboxMessage.findMany({ where: { recipient: invitation.email, template: 'invitation' } });
    expect(messages).toHaveLength(1);
    const newToken = messages[0]!.text.match(/invitation\?token=([\w-]+)/)?.[1];
    expect(newToken).toBeDefined();
    expect((await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).tokenHash).toBe(hash(newToken!));
    const anonymous = new GraphQLClient(t.baseUrl);
    expect((await anonymous.ok(PREVIEW, { token: newToken })).invitation.email).toBe(invitation.email);
    expect(errorCode(await anonymous.request(PREVIEW, { token: oldToken }))).toBe('BAD_USER_INPUT');
    const audit = await t.prisma.auditEvent.findMany({ where: { action: 'invitation.resend', objectId: invitation.id } });
    expect(audit).toEqual([expect.objectContaining({ outcome: 'SUCCESS', actorUserId: owner.id })]);
  });

  it('leaves an owner’s invitation to the office: an owner cannot re-send it, staff can', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const invitation = await createInvitation(t.prisma, organisation.id, { role: 'OWNER' });
    const before = await writes(organisation.id);
    expect(errorCode(await asOwner.request(RESEND, { id: invitation.id }))).toBe('FORBIDDEN');
    expect(await writes(organisation.id)).toEqual(before);

    expect((await staff.ok(RESEND, { id: invitation.id })).resendInvitation).toMatchObject({ role: 'OWNER', status: 'PENDING' });
  });

  it('refuses an accepted invitation, a colleague, and another organisation’s, writing nothing', async () => {
    const { organisation, asOwner, asMember } = await signedInPartner();
    const other = await createPartner(t.prisma);
    const accepted = await createInvitation(t.prisma, organisation.id, { acceptedAt: new Date() });
    const pending = await createInvitation(t.prisma, organisation.id);
    const foreign = await createInvitation(t.prisma, other.organisation.id);
    const before = await writes(organisation.id);
    const foreignBefore = await writes(other.organisation.id);

    expect(fieldErrors(await asOwner.request(RESEND, { id: accepted.id }))).toEqual({ id: ALREADY_ACCEPTED });
    expect(errorCode(await asMember.request(RESEND, { id: pending.id }))).toBe('FORBIDDEN');
    expect(errorCode(await asOwner.request(RESEND, { id: foreign.id }))).toBe('NOT_FOUND');
    expect(errorCode(await asOwner.request(RESEND, { id: '1; DROP TABLE invitation' }))).toBe('NOT_FOUND');

    expect(await writes(organisation.id)).toEqual(before);
    expect(await writes(other.organisation.id)).toEqual(foreignBefore);
  });
});

describe('removing a colleague', () => {
  it('lets the owner take a colleague off the team: their account stays, their access ends at once', async () => {
    const { organisation, owner, member, asOwner, asMember } = await signedInPartner();
    expect((await asMember.ok('query($id: ID!) { organisation(id: $id) { id } }', { id: organisation.id })).organisation.id).toBe(organisation.id);

    expect((await asOwner.ok(REMOVE, { organisationId: organisation.id, userId: member.id })).removeMember).toBe(true);

    expect(await t.prisma.membership.count({ where: { organisationId: organisation.id, userId: member.id } })).toBe(0);
    expect(await t.prisma.user.count({ where: { id: member.id, active: true } })).toBe(1);
    // The next request of the removed colleague is already refused (no membership left: FORBIDDEN before any read).
    expect(errorCode(await asMember.request('query($id: ID!) { organisation(id: $id) { id } }', { id: organisation.id }))).toBe('FORBIDDEN');
    const audit = await t.prisma.auditEvent.findMany({ where: { action: 'member.remove', objectId: member.id } });
    expect(audit).toEqual([expect.objectContaining({ outcome: 'SUCCESS', actorUserId: owner.id, organisationId: organisation.id })]);
  });

  it('never removes the last owner, even when staff ask, and names the rule', async () => {
    const { organisation, owner, asOwner } = await signedInPartner();
    const before = await writes(organisation.id);

    for (const client of [asOwner, staff]) {
      const refused = await client.request(REMOVE, { organisationId: organisation.id, userId: owner.id });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(refused)).toEqual({ userId: LAST_OWNER });
    }
    expect(await writes(organisation.id)).toEqual(before);
  });

  it('lets one of two owners leave', async () => {
    const { organisation, owner, asOwner } = await signedInPartner();
    const second = await createUser(t.prisma, { organisationId: organisation.id, role: 'OWNER' });
    expect((await asOwner.ok(REMOVE, { organisationId: organisation.id, userId: second.id })).removeMember).toBe(true);
    expect((await t.prisma.membership.findMany({ where: { organisationId: organisation.id, role: 'OWNER' } })).map((m) => m.userId)).toEqual([owner.id]);
  });

  it('keeps one owner when two owners remove each other at the same moment', async () => {
    const { organisation, owner, asOwner } = await signedInPartner();
    const second = await createUser(t.prisma, { organisationId: organisation.id, role: 'OWNER' });
    const asSecond = await signedInClient(t.baseUrl, second.email, PASSWORD);

    const answers = await Promise.all([
      asOwner.request(REMOVE, { organisationId: organisation.id, userId: second.id }),
      asSecond.request(REMOVE, { organisationId: organisation.id, userId: owner.id }),
    ]);

    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(await t.prisma.membership.count({ where: { organisationId: organisation.id, role: 'OWNER' } })).toBe(1);
  });

  it('refuses a colleague, someone of another organisation, another organisation and malformed ids, writing nothing', async () => {
    const { organisation, owner, member, asOwner, asMember } = await signedInPartner();
    const other = await createPartner(t.prisma);
    const before = await writes(organisation.id);
    const foreignBefore = await writes(other.organisation.id);

    expect(errorCode(await asMember.request(REMOVE, { organisationId: organisation.id, userId: owner.id }))).toBe('FORBIDDEN');
    expect(errorCode(await asOwner.request(REMOVE, { organisationId: organisation.id, userId: other.member.id }))).toBe('NOT_FOUND');
    expect(errorCode(await asOwner.request(REMOVE, { organisationId: other.organisation.id, userId: other.member.id }))).toBe('NOT_FOUND');
    expect(errorCode(await asOwner.request(REMOVE, { organisationId: other.organisation.id, userId: member.id }))).toBe('NOT_FOUND');
    expect(errorCode(await asOwner.request(REMOVE, { organisationId: organisation.id, userId: 'x' }))).toBe('NOT_FOUND');
    expect(errorCode(await new GraphQLClient(t.baseUrl).request(REMOVE, { organisationId: organisation.id, userId: member.id }))).toBe('UNAUTHENTICATED');

    expect(await writes(organisation.id)).toEqual(before);
    expect(await writes(other.organisation.id)).toEqual(foreignBefore);
  });

  it('lets a removed colleague be invited back', async () => {
    const { organisation, member, asOwner } = await signedInPartner();
    await asOwner.ok(REMOVE, { organisationId: organisation.id, userId: member.id });
    const { inviteMember } = await asOwner.ok('mutation($input: InviteMemberInput!) { inviteMember(input: $input) { status } }', {
      input: { organisationId: organisation.id, email: member.email, role: 'MEMBER' },
    });
    expect(inviteMember.status).toBe('PENDING');
  });
});

describe('correcting one’s own name', () => {
  it('saves the trimmed name, answers the updated user and audits the change', async () => {
    const user = await createUser(t.prisma, { name: 'Clare Martin' });
    const organisation = (await createPartner(t.prisma)).organisation;
    await createMembership(t.prisma, { userId: user.id, organisationId: organisation.id, role: 'MEMBER' });
    const client = await signedInClient(t.baseUrl, user.email, PASSWORD);

    const { updateMyName } = await client.ok(RENAME, { input: { name: '  Claire Martin ' } });

    expect(updateMyName).toMatchObject({ id: user.id, name: 'Claire Martin', email: user.email, memberships: [{ role: 'MEMBER', organisation: { id: organisation.id } }] });
    expect((await client.ok(ME)).me.name).toBe('Claire Martin');
    const audit = await t.prisma.auditEvent.findMany({ where: { action: 'user.rename', objectId: user.id } });
    expect(audit).toEqual([expect.objectContaining({ outcome: 'SUCCESS', detail: { before: 'Clare Martin', after: 'Claire Martin' } })]);
  });

  it.each<[string, string, string]>([
    ['empty', '   ', 'Saisissez votre nom et votre prénom.'],
    ['too long', 'é'.repeat(121), 'Le nom ne doit pas dépasser 120 caractères.'],
    ['on two lines', 'Claire\nVisitez https://piege.example', 'Ce nom doit tenir sur une seule ligne.'],
    ['with a bidirectional override', 'Claire \u202Enitram', 'Ce nom contient des caractères invisibles ou de contrôle\u00a0: retapez-le.'],
  ])('refuses a name %s, naming the field and saving nothing', async (_case, name, message) => {
    const user = await createUser(t.prisma, { name: 'Nom Inchangé' });
    const client = await signedInClient(t.baseUrl, user.email, PASSWORD);
    const refused = await client.request(RENAME, { input: { name } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(refused)).toEqual({ name: message });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe('Nom Inchangé');
  });

  it('refuses a visitor', async () => {
    expect(errorCode(await new GraphQLClient(t.baseUrl).request(RENAME, { input: { name: 'Pirate' } }))).toBe('UNAUTHENTICATED');
  });
});
