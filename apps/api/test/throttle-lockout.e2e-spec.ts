// Throttling that cannot lock a partner out (docs/security.md): wrong passwords typed by anyone lock
// the account for a minute, but never from a browser the account signed in from before; one
// client address is limited whatever the accounts it tries; a flood of reset requests on one
// address never refuses the owner's. Its own file: passport's strategy is process-wide, so one
// app per test file.
import { createPartner, PASSWORD } from './utils/factories.js';
import { errorCode, GraphQLClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { waitFor } from './utils/wait-for.js';

describe('a lock that never locks the owner out', () => {
  let t: TestApp;
  // Behind a trusted local proxy, X-Forwarded-For tells clients apart; each client gets 10 a minute.
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback', THROTTLE_CLIENT_LIMIT: '10' });
  });
  afterAll(() => t.close());

  let nextClient = 0;
  /** A browser at its own client address. */
  const browser = () => new GraphQLClient(t.baseUrl, { 'x-forwarded-for': `203.0.113.${++nextClient}` });
  const REQUEST_RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';

  it("lets the owner in from its usual browser while anyone else's wrong passwords lock the account", async () => {
    const { owner } = await createPartner(t.prisma);
    const usual = browser();
    expect((await usual.signIn(owner.email, PASSWORD)).errors).toBeUndefined();
    await usual.ok('mutation { signOut }');

    const attacker = browser();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push(errorCode(await attacker.signIn(owner.email, `devine ${i}`)));
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
    // Locked for every browser the account never signed in from, the right password included…
    expect(errorCode(await browser().signIn(owner.email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
    // …but not for the owner's.
    const back = await usual.signIn(owner.email, PASSWORD);
    expect(back.errors).toBeUndefined();
    expect((await usual.ok('{ me { id } }')).me.id).toBe(owner.id);
  });

  it("does not unlock another account with one account's browser cookie, nor a forged one", async () => {
    const first = await createPartner(t.prisma);
    const second = await createPartner(t.prisma);
    const usual = browser();
    await usual.signIn(first.owner.email, PASSWORD);
    const attacker = browser();
    for (let i = 0; i < 5; i++) await attacker.signIn(second.owner.email, `devine ${i}`);
    expect(errorCode(await usual.signIn(second.owner.email, PASSWORD))).toBe('TOO_MANY_REQUESTS');

    const forger = browser();
    forger.cookie = usual.cookie!.replace(/(known_device_[\w-]+=[\w-]+\.)[\w-]+/, '$1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(forger.cookie).not.toBe(usual.cookie);
    for (let i = 0; i < 5; i++) await attacker.signIn(first.owner.email, `devine ${i}`);
    expect(errorCode(await forger.signIn(first.owner.email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
  });

  it("counts guesses from a known browser on that browser's own limit", async () => {
    const { owner } = await createPartner(t.prisma);
    const usual = browser();
    await usual.signIn(owner.email, PASSWORD);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push(errorCode(await usual.signIn(owner.email, `devine ${i}`)));
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
    // Its guesses did not count against the account: another browser is not locked.
    expect((await browser().signIn(owner.email, PASSWORD)).errors).toBeUndefined();
  });

  it('counts failures, not successes: signing in ten times in a minute is fine', async () => {
    const { owner } = await createPartner(t.prisma);
    for (let i = 0; i < 10; i++) expect((await browser().signIn(owner.email, PASSWORD)).errors).toBeUndefined();
  });

  it('refuses one client trying many addresses, but not the clients next to it', async () => {
    const accounts = await Promise.all(Array.from({ length: 11 }, () => createPartner(t.prisma)));
    const prober = browser();
    const codes: (string | undefined)[] = [];
    for (const { owner } of accounts) codes.push(errorCode(await prober.signIn(owner.email, 'mauvais')));
    expect(codes).toEqual([...Array(10).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
    expect(errorCode(await browser().signIn(accounts[10]!.owner.email, 'mauvais'))).toBe('UNAUTHENTICATED');
  });

  it("never refuses the owner's reset request because others flooded its address; at most 5 links an hour go out", async () => {
    const { owner } = await createPartner(t.prisma);
    for (let i = 0; i < 7; i++) expect(await browser().ok(REQUEST_RESET, { email: owner.email })).toEqual({ requestPasswordReset: true });
    const denied = { action: 'auth.passwordResetRequested', actorUserId: owner.id, outcome: 'DENIED' as const };
    // Seven requests handled after their answers: wait until all seven are done (5 links sent, 2 dropped).
    const mails = () => t.prisma.outboxMessage.count({ where: { recipient: owner.email } });
    await waitFor('every request to be handled', async () => (await t.prisma.auditEvent.count({ where: denied })) === 2 && (await mails()) >= 5);
    expect(await mails()).toBe(5);
  });

  it('refuses a flood of reset requests from one client address', async () => {
    const client = browser();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++) codes.push(errorCode(await client.request(REQUEST_RESET, { email: `personne-${i}@example.fr` })));
    expect(codes).toEqual([...Array(10).fill(undefined), 'TOO_MANY_REQUESTS']);
  });
});
