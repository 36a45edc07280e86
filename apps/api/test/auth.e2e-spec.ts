import { createStaff, createPartner, createUser, PASSWORD } from './utils/factories.js';
import { errorCode, GraphQLClient } from './utils/graphql.js';
import { TestClock } from './utils/test-clock.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { waitFor } from './utils/wait-for.js';

const ME = '{ me { id email globalRoles memberships { role organisation { id name } } } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
const REQUEST_RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';

let t: TestApp;
let clock: TestClock;
beforeAll(async () => {
  t = await startTestApp();
  clock = TestClock.of(t.app);
});
afterAll(() => t.close());

const client = () => new GraphQLClient(t.baseUrl);
/** The link of the newest reset e-mail to `recipient` other than `seen`: the link is sent after the answer. */
const tokenFromOutbox = (recipient: string, seen?: string) =>
  waitFor(`a new reset link for ${recipient}`, async () => {
    const message = await t.prisma.outboxMessage.findFirst({ where: { recipient }, orderBy: { createdAt: 'desc' } });
    const token = message?.text.match(/token=([\w-]+)/)?.[1];
    return token !== seen ? token : undefined;
  });

describe('sign-in', () => {
  it('signs in with any case of the address, sets a hardened session cookie and reports the memberships', async () => {
    const { organisation, owner } = await createPartner(t.prisma);
    const c = client();
    const result = await c.signIn(owner.email.toUpperCase(), PASSWORD);
    expect(result.errors).toBeUndefined();
    const cookie = result.setCookie.find((value) => value.startsWith('extranet.sid='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // PUBLIC_URL is http in tests; https turns it on
    const { me } = await c.ok(ME);
    expect(me).toMatchObject({ id: owner.id, memberships: [{ role: 'OWNER', organisation: { id: organisation.id } }] });
  });

  it('answers a wrong password and an unknown address the same way, and audits both', async () => {
    const { owner } = await createPartner(t.prisma);
    const wrongPassword = await client().signIn(owner.email, 'pas le bon mot de passe');
    const unknown = await client().signIn('personne@example.fr', 'pas le bon mot de passe');
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
    expect(wrongPassword.errors?.[0]?.message).toBe('Adresse e-mail ou mot de passe incorrect.');
    const audit = await t.prisma.auditEvent.findMany({ where: { action: 'auth.signIn', outcome: 'FAILURE', actorEmail: { in: [owner.email, 'personne@example.fr'] } } });
    expect(audit).toHaveLength(2);
    expect(audit.every((row) => row.requestId)).toBe(true);
  });

  it('refuses an inactive account', async () => {
    const user = await createUser(t.prisma, { active: false });
    expect(errorCode(await client().signIn(user.email, PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it('issues a new session id at every sign-in', async () => {
    const { owner } = await createPartner(t.prisma);
    const c = client();
    await c.signIn(owner.email, PASSWORD);
    const first = c.sessionCookie;
    await c.signIn(owner.email, PASSWORD);
    expect(c.sessionCookie).toBeDefined();
    expect(c.sessionCookie).not.toBe(first);
  });

  it('refuses the sixth attempt in a minute for one address', async () => {
    const { owner } = await createPartner(t.prisma);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push(errorCode(await client().signIn(owner.email, `mauvais ${i}`)));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes[5]).toBe('TOO_MANY_REQUESTS');
    // Even the right password is refused until the minute is over.
    expect(errorCode(await client().signIn(owner.email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
  });

  it('stores argon2id hashes with the OWASP parameters', async () => {
    const user = await createUser(t.prisma);
    const { passwordHash } = (await t.prisma.user.findUnique({ where: { id: user.id } }))!;
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('sessions', () => {
  it('makes a cookie worthless after sign-out', async () => {
    const { owner } = await createPartner(t.prisma);
    const c = client();
    await c.signIn(owner.email, PASSWORD);
    const stolen = c.sessionCookie;
    expect(await c.ok('mutation { signOut }')).toEqual({ signOut: true });
    const replay = client();
    replay.cookie = stolen;
    expect((await replay.ok(ME)).me).toBeNull();
    expect(errorCode(await replay.request('{ organisation(id: "00000000-0000-4000-8000-000000000000") { id } }'))).toBe('UNAUTHENTICATED');
  });

  describe('idle timeout (the stored expiry moves at most every 5 minutes, not on every request)', () => {
    const sidOf = (c: GraphQLClient) => decodeURIComponent(c.sessionCookie!.split('=')[1]!).slice(2).split('.')[0]!;
    const storedExpiry = async (sid: string) => (await t.prisma.session.findUnique({ where: { sid } }))?.expire.getTime();
    /** As if the last recorded activity, and the expiry it set, were `minutes` older. */
    const backdate = async (sid: string, minutes: number) => {
      const updated = await t.prisma.$executeRaw`
        UPDATE "session" SET
          "expire" = "expire" - make_interval(mins => ${minutes}::int),
          "sess" = jsonb_set("sess"::jsonb, '{touchedAt}', to_jsonb(("sess"->>'touchedAt')::bigint - ${minutes}::bigint * 60000))::json
        WHERE "sid" = ${sid}`;
      expect(updated).toBe(1);
    };

    it('writes nothing on requests within 5 minutes of the last recorded activity', async () => {
      const { owner } = await createPartner(t.prisma);
      const c = client();
      await c.signIn(owner.email, PASSWORD);
      const sid = sidOf(c);
      const afterSignIn = await storedExpiry(sid);
      expect(afterSignIn).toBeGreaterThan(Date.now() + 59 * 60 * 1000);
      for (let i = 0; i < 3; i++) expect((await c.ok(ME)).me.id).toBe(owner.id);
      expect(await storedExpiry(sid)).toBe(afterSignIn);
    });

    it('keeps a session that is used every few minutes alive past 60 minutes', async () => {
      const { owner } = await createPartner(t.prisma);
      const c = client();
      await c.signIn(owner.email, PASSWORD);
      const sid = sidOf(c);
      await backdate(sid, 58); // last written 58 minutes ago: 2 minutes left
      expect((await c.ok(ME)).me.id).toBe(owner.id);
      expect(await storedExpiry(sid)).toBeGreaterThan(Date.now() + 59 * 60 * 1000);
    });

    it('ends a session after 60 minutes without a request', async () => {
      const { owner } = await createPartner(t.prisma);
      const c = client();
      await c.signIn(owner.email, PASSWORD);
      expect((await c.ok(ME)).me.id).toBe(owner.id);
      const sid = sidOf(c);
      await backdate(sid, 61);
      expect((await c.ok(ME)).me).toBeNull();
      expect(errorCode(await c.request('{ organisation(id: "00000000-0000-4000-8000-000000000000") { id } }'))).toBe('UNAUTHENTICATED');
    });
  });

  it('ends a session 24 hours after sign-in, however active it was', async () => {
    const { owner } = await createPartner(t.prisma);
    const age = async (c: GraphQLClient) => {
      const sid = decodeURIComponent(c.sessionCookie!.split('=')[1]!).slice(2).split('.')[0]!;
      const dayAgo = Date.now() - 24 * 60 * 60 * 1000 - 1000;
      const updated = await t.prisma.$executeRaw`
        UPDATE "session" SET "sess" = jsonb_set("sess"::jsonb, '{signedInAt}', to_jsonb(${dayAgo}::bigint))::json WHERE "sid" = ${sid}`;
      expect(updated).toBe(1);
      return sid;
    };
    const idle = client();
    await idle.signIn(owner.email, PASSWORD);
    const sid = await age(idle);
    expect((await idle.ok(ME)).me).toBeNull();
    expect(await t.prisma.session.count({ where: { sid } })).toBe(0);

    // A request that arrives with an expired session may itself sign in again.
    const returning = client();
    await returning.signIn(owner.email, PASSWORD);
    await age(returning);
    expect((await returning.signIn(owner.email, PASSWORD)).errors).toBeUndefined();
    expect((await returning.ok(ME)).me.id).toBe(owner.id);
  });

  it('signs out the other sessions when the password changes, and keeps the current one', async () => {
    const { owner } = await createPartner(t.prisma);
    const laptop = client();
    const phone = client();
    await laptop.signIn(owner.email, PASSWORD);
    await phone.signIn(owner.email, PASSWORD);
    await laptop.ok(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'une toute nouvelle phrase secrète' } });
    expect((await laptop.ok(ME)).me.id).toBe(owner.id);
    expect((await phone.ok(ME)).me).toBeNull();
    expect(errorCode(await client().signIn(owner.email, PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a wrong current password', { currentPassword: 'pas le bon', newPassword: 'une toute nouvelle phrase secrète' }, 'currentPassword'],
    ['a common password', { currentPassword: PASSWORD, newPassword: 'azertyuiop123' }, 'newPassword'],
    ['a short password', { currentPassword: PASSWORD, newPassword: 'court' }, 'newPassword'],
  ])('refuses %s and changes nothing', async (_case, input, field) => {
    const user = await createUser(t.prisma);
    const before = (await t.prisma.user.findUnique({ where: { id: user.id } }))!.passwordHash;
    const c = client();
    await c.signIn(user.email, PASSWORD);
    const result = await c.request(CHANGE_PASSWORD, { input });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.[0]?.field).toBe(field);
    expect((await t.prisma.user.findUnique({ where: { id: user.id } }))!.passwordHash).toBe(before);
  });
});

describe('password reset', () => {
  it('sends a single-use link that sets a new password and revokes sessions', async () => {
    const { owner } = await createPartner(t.prisma);
    const other = client();
    await other.signIn(owner.email, PASSWORD);
    expect(await client().ok(REQUEST_RESET, { email: owner.email })).toEqual({ requestPasswordReset: true });
    const token = await tokenFromOutbox(owner.email);
    expect(token).toBeDefined();
    const message = await t.prisma.outboxMessage.findFirst({ where: { recipient: owner.email } });
    expect(message).toMatchObject({ status: 'PENDING', subject: 'Réinitialisation de votre mot de passe' });
    expect(message!.text).toContain('http://portal.test/reinitialiser?token=');

    await client().ok(RESET, { input: { token, password: 'ma nouvelle phrase de passe' } });
    expect((await other.ok(ME)).me).toBeNull();
    expect((await client().signIn(owner.email, 'ma nouvelle phrase de passe')).errors).toBeUndefined();

    const reused = await client().request(RESET, { input: { token, password: 'encore une autre phrase' } });
    expect(errorCode(reused)).toBe('BAD_USER_INPUT');
    expect(reused.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('token');
  });

  it('kills the other outstanding links of the account once one has been used', async () => {
    const user = await createUser(t.prisma);
    await client().ok(REQUEST_RESET, { email: user.email });
    const older = await tokenFromOutbox(user.email);
    clock.advance(1_000); // the newer e-mail is the newest in the outbox
    await client().ok(REQUEST_RESET, { email: user.email });
    const newer = await tokenFromOutbox(user.email, older);
    expect(newer).not.toBe(older);
    await client().ok(RESET, { input: { token: newer, password: 'ma nouvelle phrase de passe' } });
    const stale = await client().request(RESET, { input: { token: older, password: 'une autre phrase de passe' } });
    expect(errorCode(stale)).toBe('BAD_USER_INPUT');
    expect(await t.prisma.auditEvent.count({ where: { action: 'auth.passwordReset', outcome: 'FAILURE', actorUserId: user.id } })).toBe(1);
  });

  it('gives an unknown address the same answer and sends nothing', async () => {
    const known = await createUser(t.prisma);
    const unknown = `inconnu-${known.id.slice(0, 8)}@example.fr`;
    const answers = [await client().request(REQUEST_RESET, { email: unknown }), await client().request(REQUEST_RESET, { email: known.email })];
    expect(answers.map(({ data, errors, status }) => ({ data, errors, status }))).toEqual([
      { data: { requestPasswordReset: true }, errors: undefined, status: 200 },
      { data: { requestPasswordReset: true }, errors: undefined, status: 200 },
    ]);
    await tokenFromOutbox(known.email);
    await waitFor('the unknown address to be audited', () =>
      t.prisma.auditEvent.findFirst({ where: { action: 'auth.passwordResetRequested', actorEmail: unknown, outcome: 'FAILURE' } }),
    );
    expect(await t.prisma.outboxMessage.count({ where: { recipient: unknown } })).toBe(0);
  });

  it('refuses an expired link', async () => {
    const user = await createUser(t.prisma);
    await client().ok(REQUEST_RESET, { email: user.email });
    const token = await tokenFromOutbox(user.email);
    await t.prisma.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const result = await client().request(RESET, { input: { token, password: 'ma nouvelle phrase de passe' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect((await client().signIn(user.email, PASSWORD)).errors).toBeUndefined();
  });

  it('refuses a malformed address', async () => {
    expect(errorCode(await client().request(REQUEST_RESET, { email: 'pas-une-adresse' }))).toBe('BAD_USER_INPUT');
  });
});

describe('staff', () => {
  it('exposes the global roles', async () => {
    const staff = await createStaff(t.prisma, ['STAFF', 'ADMIN']);
    const c = client();
    await c.signIn(staff.email, PASSWORD);
    expect((await c.ok(ME)).me.globalRoles.sort()).toEqual(['ADMIN', 'STAFF']);
  });
});
