// A user changes their sign-in address from « Mon compte »: the current password proves it is them,
// the change waits for the link sent to the new address, and the old address is told once it is done.
import { randomUUID } from 'node:crypto';
import { createUser, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const REQUEST = 'mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }';
const CONFIRM = 'mutation($token: String!) { confirmEmailChange(token: $token) }';
const ME = '{ me { id email } }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ PUBLIC_URL: 'http://portal.test' });
});
afterAll(() => t.close());

const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@exemple.fr`;

async function signedInUser() {
  const user = await createUser(t.prisma);
  return { user, client: await signedInClient(t.baseUrl, user.email, PASSWORD) };
}

/** The confirmation e-mail sent to that address, and the token in its link. */
async function confirmationTo(email: string) {
  const message = await t.prisma.outboxMessage.findFirst({ where: { recipient: email, template: 'email-change' }, orderBy: { createdAt: 'desc' } });
  const token = message?.text.match(/confirmer-adresse\?token=([\w-]+)/)?.[1];
  return { message, token: token! };
}

/** What a refused call could have written. */
async function writes(userId: string) {
  return {
    user: await t.prisma.user.findUnique({ where: { id: userId }, select: { email: true } }),
    changes: await t.prisma.emailChange.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
    outbox: await t.prisma.outboxMessage.count(),
  };
}

describe('changing the sign-in address', () => {
  it('changes nothing until the link sent to the new address is followed, then tells the old address', async () => {
    const { user, client } = await signedInUser();
    const newEmail = address('nouvelle');

    expect((await client.ok(REQUEST, { input: { newEmail: `  ${newEmail.toUpperCase()} `, currentPassword: PASSWORD } })).requestEmailChange).toBe(newEmail);

    // Still the old address: a typo or someone else's mailbox cannot take the account.
    expect((await client.ok(ME)).me.email).toBe(user.email);
    const { message, token } = await confirmationTo(newEmail);
    expect(message!.text).toContain('http://portal.test/confirmer-adresse?token=');
    expect(await t.prisma.outboxMessage.count({ where: { recipient: user.email } })).toBe(0);

    // Followed, even from a browser that is not signed in (the mailbox may be read elsewhere).
    expect((await new GraphQLClient(t.baseUrl).ok(CONFIRM, { token })).confirmEmailChange).toBe(newEmail);
    expect((await client.ok(ME)).me.email).toBe(newEmail);
    const notice = await t.prisma.outboxMessage.findFirst({ where: { recipient: user.email, template: 'email-changed' } });
    expect(notice?.text).toContain(newEmail);
    expect(await t.prisma.auditEvent.findFirst({ where: { action: 'auth.emailChange', actorUserId: user.id, outcome: 'SUCCESS' } })).toMatchObject({
      detail: { before: user.email, after: newEmail },
    });

    // The new address signs in; the old one no longer does.
    await signedInClient(t.baseUrl, newEmail, PASSWORD);
    const old = await new GraphQLClient(t.baseUrl).request('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: user.email, password: PASSWORD },
    });
    expect(errorCode(old)).toBe('UNAUTHENTICATED');
  });

  it('accepts a link once only', async () => {
    const { client } = await signedInUser();
    const newEmail = address('unique');
    await client.ok(REQUEST, { input: { newEmail, currentPassword: PASSWORD } });
    const { token } = await confirmationTo(newEmail);
    await new GraphQLClient(t.baseUrl).ok(CONFIRM, { token });

    const again = await new GraphQLClient(t.baseUrl).request(CONFIRM, { token });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(again)).toEqual({ token: 'Ce lien de confirmation n’est plus valable. Refaites la demande depuis «\u00a0Mon compte\u00a0».' });
  });

  it('keeps only the latest request: an earlier link stops working', async () => {
    const { user, client } = await signedInUser();
    const first = address('premiere');
    const second = address('seconde');
    await client.ok(REQUEST, { input: { newEmail: first, currentPassword: PASSWORD } });
    const { token: firstToken } = await confirmationTo(first);
    await client.ok(REQUEST, { input: { newEmail: second, currentPassword: PASSWORD } });

    expect(errorCode(await new GraphQLClient(t.baseUrl).request(CONFIRM, { token: firstToken }))).toBe('BAD_USER_INPUT');
    expect((await t.prisma.user.findUnique({ where: { id: user.id } }))?.email).toBe(user.email);
    const { token } = await confirmationTo(second);
    expect((await new GraphQLClient(t.baseUrl).ok(CONFIRM, { token })).confirmEmailChange).toBe(second);
  });

  it('refuses a link whose address another account took meanwhile, and changes nothing', async () => {
    const { user, client } = await signedInUser();
    const wanted = address('convoitee');
    await client.ok(REQUEST, { input: { newEmail: wanted, currentPassword: PASSWORD } });
    const { token } = await confirmationTo(wanted);
    await createUser(t.prisma, { email: wanted });

    const result = await new GraphQLClient(t.baseUrl).request(CONFIRM, { token });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldErrors(result))).toEqual(['token']);
    expect((await t.prisma.user.findUnique({ where: { id: user.id } }))?.email).toBe(user.email);
    expect(await t.prisma.outboxMessage.count({ where: { recipient: user.email, template: 'email-changed' } })).toBe(0);
  });

  it('refuses an expired link', async () => {
    const { user, client } = await signedInUser();
    const newEmail = address('tardive');
    await client.ok(REQUEST, { input: { newEmail, currentPassword: PASSWORD } });
    const { token } = await confirmationTo(newEmail);
    await t.prisma.emailChange.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(errorCode(await new GraphQLClient(t.baseUrl).request(CONFIRM, { token }))).toBe('BAD_USER_INPUT');
    expect((await t.prisma.user.findUnique({ where: { id: user.id } }))?.email).toBe(user.email);
  });

  it.each([
    ['an unknown token', 'jeton-inconnu'],
    ['an empty token', ''],
    ['an overlong token', 'x'.repeat(500)],
  ])('answers %s with a clear error', async (_case, token) => {
    const result = await new GraphQLClient(t.baseUrl).request(CONFIRM, { token });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.data).toBeNull();
  });
});

describe('bad requests change nothing', () => {
  it.each([
    ['a wrong current password', () => ({ newEmail: address('x'), currentPassword: 'pas le bon mot de passe' }), 'currentPassword', 'Le mot de passe actuel est incorrect.'],
    ['a malformed address', () => ({ newEmail: 'claire@exemple', currentPassword: PASSWORD }), 'newEmail', 'Saisissez une adresse e-mail valide.'],
    ['an address with a second recipient', () => ({ newEmail: `${address('a')},autre@pirate.example`, currentPassword: PASSWORD }), 'newEmail', 'Saisissez une adresse e-mail valide.'],
  ])('%s', async (_case, input, field, message) => {
    const { user, client } = await signedInUser();
    const before = await writes(user.id);
    const result = await client.request(REQUEST, { input: input() });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual({ [field]: message });
    expect(await writes(user.id)).toEqual(before);
  });

  it('refuses the current address and another account’s address', async () => {
    const { user, client } = await signedInUser();
    const other = await createUser(t.prisma);
    const before = await writes(user.id);

    const same = await client.request(REQUEST, { input: { newEmail: user.email, currentPassword: PASSWORD } });
    expect(fieldErrors(same)).toEqual({ newEmail: 'C’est déjà votre adresse de connexion.' });
    const taken = await client.request(REQUEST, { input: { newEmail: other.email, currentPassword: PASSWORD } });
    expect(fieldErrors(taken)).toEqual({ newEmail: 'Un autre compte utilise déjà cette adresse.' });
    expect(await writes(user.id)).toEqual(before);
  });
});
