// The sign-in throttle counts in PostgreSQL: two API instances on one database share one limit,
// the limit comes from configuration, and a database failure is not mistaken for abuse.
import { createPartner, PASSWORD } from './utils/factories.js';
import { errorCode, GraphQLClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

describe('two instances, one limit', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({}, { databaseUrl: first.env.DATABASE_URL });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('refuses the sixth attempt in a minute even when the attempts are spread over both', async () => {
    const { owner } = await createPartner(first.prisma);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      const instance = i % 2 === 0 ? first : second;
      codes.push(errorCode(await new GraphQLClient(instance.baseUrl).signIn(owner.email, `mauvais ${i}`)));
    }
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
    // The right password, on either instance, waits for the minute to end.
    expect(errorCode(await new GraphQLClient(first.baseUrl).signIn(owner.email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
    expect(errorCode(await new GraphQLClient(second.baseUrl).signIn(owner.email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
  });

  it('keeps digests, not e-mail addresses, in the shared table', async () => {
    const { owner } = await createPartner(first.prisma);
    await new GraphQLClient(second.baseUrl).signIn(owner.email, 'mauvais');
    const rows = await first.prisma.rateLimit.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.key).toMatch(/^sign-in(-client)?:[A-Za-z0-9_-]{43}$/);
      expect(row.key).not.toContain('@');
    }
  });

  it('counts an address typed in any case as the same one', async () => {
    const { owner } = await createPartner(first.prisma);
    const variants = [owner.email, owner.email.toUpperCase()];
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push(errorCode(await new GraphQLClient(first.baseUrl).signIn(variants[i % 2]!, `mauvais ${i}`)));
    expect(codes[5]).toBe('TOO_MANY_REQUESTS');
  });
});

describe('configured limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ THROTTLE_SIGN_IN_LIMIT: '50' });
  });
  afterAll(() => t.close());

  it('lets a test file sign one account in many times', async () => {
    const { owner } = await createPartner(t.prisma);
    for (let i = 0; i < 8; i++) {
      const result = await new GraphQLClient(t.baseUrl).signIn(owner.email, PASSWORD);
      expect(result.errors).toBeUndefined();
    }
  });

});

describe('database failure', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.prisma.$executeRawUnsafe('ALTER TABLE rate_limit RENAME TO rate_limit_gone');
  });
  afterAll(() => t.close());

  it('answers an internal error, not « too many attempts »', async () => {
    const { owner } = await createPartner(t.prisma);
    const result = await new GraphQLClient(t.baseUrl).signIn(owner.email, PASSWORD);
    expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors?.[0]?.message).toMatch(/^Une erreur interne est survenue\. Référence\u00a0: /);
  });
});
