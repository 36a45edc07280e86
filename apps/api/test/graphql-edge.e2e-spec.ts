// The HTTP and GraphQL edge: malformed and abusive requests get a clear 4xx, never a 500, never a
// stack trace, and never do any work; plus health, request ids and the append-only audit table.
import { createPartner, createStaff, PASSWORD, profileInput } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

let t: TestApp;
let owner: GraphQLClient;
let partner: Awaited<ReturnType<typeof createPartner>>;
/** The raw bodies a test received; each test's are checked for leaks after it (see `afterEach`). */
const bodies: string[] = [];

beforeAll(async () => {
  t = await startTestApp();
  partner = await createPartner(t.prisma);
  owner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
});
afterAll(() => t.close());

// Every answer of every test, whatever it checks itself: no stack trace, no internal detail.
afterEach(() => {
  for (const body of bodies.splice(0)) {
    expect(body).not.toMatch(/stacktrace/i);
    expect(body).not.toMatch(/\n {4}at /);
    expect(body).not.toMatch(/\/work\/|node_modules|\.ts:\d+/);
  }
});

async function raw(path: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await fetch(`${t.baseUrl}${path}`, init);
  const text = await response.text();
  bodies.push(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** POST /graphql as a signed-in browser would, with any body. */
function post(body: string, contentType = 'application/json', headers: Record<string, string> = {}) {
  return raw('/graphql', { method: 'POST', headers: { 'content-type': contentType, cookie: owner.cookie!, ...headers }, body });
}

const codeOf = (response: RawResponse) => response.json?.errors?.[0]?.extensions?.code;
const organisationRow = () => t.prisma.organisation.findUniqueOrThrow({ where: { id: partner.organisation.id } });
const outboxCount = () => t.prisma.outboxMessage.count();

describe('malformed GraphQL', () => {
  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const response = await post(JSON.stringify({ query: '{ me { id ' }));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it.each([
    ['a misspelt field', '{ me { idd } }'],
    ['a misspelt operation', '{ organisatio(id: "x") { id } }'],
    ['a misspelt argument', '{ organisation(identifiant: "x") { id } }'],
  ])('answers %s with GRAPHQL_VALIDATION_FAILED and no suggestion', async (_case, query) => {
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.text).not.toMatch(/did you mean/i);
  });

  it('answers a variable of the wrong type with 400 BAD_USER_INPUT', async () => {
    const response = await post(
      JSON.stringify({ query: 'query($page: PageInput) { organisations(page: $page) { total } }', variables: { page: { limit: 'vingt' } } }),
    );
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.json.data).toBeUndefined();
  });

  it('answers a missing required variable with 400 BAD_USER_INPUT', async () => {
    const response = await post(JSON.stringify({ query: 'query($id: ID!) { organisation(id: $id) { id } }', variables: {} }));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['no query at all', '{}'],
    ['a query that is not a string', '{"query": 42}'],
    ['malformed JSON', '{"query": "{ me { id } }"'],
  ])('answers a body with %s with a 400', async (_case, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
  });
});

describe('abuse limits', () => {
  const input = {
    name: 'Ne doit pas être enregistré',
    category: 'HOTEL',
    legalForm: 'SARL',
    siret: '',
    address: { street: '1 rue Profonde', postalCode: '01170', communeCode: '01173' },
    phone: '',
    email: '',
    website: '',
  };

  it('refuses a query deeper than 8 without running the mutation it carries', async () => {
    const before = await organisationRow();
    // Each inline fragment counts as a level; the fields themselves are harmless.
    const deep = Array.from({ length: 9 }).reduce<string>((inner) => `... on Organisation { ${inner} }`, 'id');
    const query = `mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { ${deep} } }`;
    const response = await post(JSON.stringify({ query, variables: { id: partner.organisation.id, input: { ...input, version: before.version } } }));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.json.errors[0].message).toMatch(/depth limit of 8/);
    expect(await organisationRow()).toEqual(before);
  });

  it('accepts a query of depth 8', async () => {
    const deep = Array.from({ length: 6 }).reduce<string>((inner) => `... on Organisation { ${inner} }`, 'id');
    const response = await post(JSON.stringify({ query: `query($id: ID!) { organisation(id: $id) { ${deep} } }`, variables: { id: partner.organisation.id } }));
    expect(response.status).toBe(200);
    expect(response.json.data.organisation.id).toBe(partner.organisation.id);
  });

  it('refuses more than 15 aliases without running any of the aliased mutations', async () => {
    const before = await outboxCount();
    const aliases = Array.from({ length: 16 }, (_, i) => `r${i}: requestPasswordReset(email: "${partner.owner.email}")`).join('\n');
    const response = await post(JSON.stringify({ query: `mutation { ${aliases} }` }));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.json.errors[0].message).toMatch(/aliases limit of 15/i);
    expect(response.json.data).toBeUndefined();
    expect(await outboxCount()).toBe(before);
  });

  it('counts `__typename` aliases like any other', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `t${i}: __typename`).join(' ');
    const response = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.json.errors[0].message).toMatch(/aliases limit of 15/i);
  });

  it('refuses more than 5 directives', async () => {
    const response = await post(JSON.stringify({ query: `{ me ${'@unknown '.repeat(10)}{ id } }` }));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a persisted-query hash with a client error: automatic persisted queries are off', async () => {
    const response = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }));
    expect(response.status).toBeLessThan(500);
    expect(codeOf(response)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('answers a subscription with a client error: the schema has none', async () => {
    const response = await post(JSON.stringify({ query: 'subscription { me { id } }' }));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a document of more than 2 000 tokens with a 400', async () => {
    const response = await post(JSON.stringify({ query: `{ me { ${'id '.repeat(2100)}} }` }));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.json.errors[0].message).toMatch(/token/i);
  });

  it('refuses a batched request without executing any of it', async () => {
    const before = await outboxCount();
    const batch = [1, 2].map(() => ({ query: `mutation { requestPasswordReset(email: "${partner.member.email}") }` }));
    const response = await post(JSON.stringify(batch));
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/batch/i);
    expect(await outboxCount()).toBe(before);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
  ])('refuses a %s POST (CSRF) with a 400 and runs nothing', async (_case, contentType) => {
    const before = await outboxCount();
    const response = await post(JSON.stringify({ query: `mutation { requestPasswordReset(email: "${partner.member.email}") }` }), contentType);
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/Cross-Site Request Forgery \(CSRF\)/);
    expect(await outboxCount()).toBe(before);
  });

  it('refuses a simple GET carrying a mutation', async () => {
    const before = await outboxCount();
    const query = encodeURIComponent(`mutation { requestPasswordReset(email: "${partner.member.email}") }`);
    const response = await raw(`/graphql?query=${query}`, { headers: { cookie: owner.cookie! } });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/csrf/i);
    expect(await outboxCount()).toBe(before);
  });

  it('answers an oversize JSON body with 413 and no stack trace', async () => {
    const before = await organisationRow();
    const padding = 'x'.repeat(200 * 1024);
    const response = await post(
      JSON.stringify({ query: 'mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }', variables: { id: partner.organisation.id, input: { ...input, version: before.version, name: padding } } }),
    );
    expect(response.status).toBe(413);
    expect(response.text).not.toMatch(/stack|\n\s+at /i);
    expect(response.text.length).toBeLessThan(2000);
    expect(await organisationRow()).toEqual(before);
  });
});

describe('hostile values in updateOrganisation', () => {
  const base = profileInput();
  const UPDATE = 'mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id name version } }';
  const street = (value: string) => ({ address: { ...base.address, street: value } });

  /** `null`: saved; otherwise refused with BAD_USER_INPUT on that one field. */
  const SAVED = null;
  const cases: [string, Record<string, unknown>, string | null][] = [
    ['a name of 120 characters', { name: 'N'.repeat(120) }, SAVED],
    ['a name of 121 characters', { name: 'N'.repeat(121) }, 'name'],
    ['a name of 300 characters', { name: 'N'.repeat(300) }, 'name'],
    ['a name of 301 characters', { name: 'N'.repeat(301) }, 'name'],
    ['a name of 120 emoji', { name: '🏨'.repeat(120) }, SAVED],
    ['a name of 150 emoji (300 UTF-16 units)', { name: '🏨'.repeat(150) }, 'name'],
    ['a name with a script tag', { name: '<script>alert(1)</script>' }, SAVED],
    ['a name with SQL quotes', { name: "Robert'); DROP TABLE organisation;--" }, SAVED],
    ['a name with a null byte', { name: 'Hôtel\u0000du Jura' }, 'name'],
    ['a name of only spaces', { name: '      ' }, 'name'],
    ['a name with right-to-left override', { name: 'Hôtel \u202Earuj ud' }, 'name'],
    ['a name of only zero-width spaces', { name: '\u200B\u200B\u200B' }, 'name'],
    ['a name with a line break', { name: 'Hôtel du Jura\nCliquez sur https://piege.example' }, 'name'],
    ['a name with combining accents', { name: 'He\u0301tel Cafe\u0301' }, SAVED],
    ['a street of 200 characters', street('r'.repeat(200)), SAVED],
    ['a street of 5 000 characters', street('r'.repeat(5000)), 'address.street'],
    ['a street with a null byte', street('12 rue\u0000 de Genève'), 'address.street'],
    ['a street with a lone surrogate', street('12 rue \uD800 de Genève'), 'address.street'],
    ['a SIRET with letters', { siret: 'ABCDEFGHIJKLMN' }, 'siret'],
    ['a SIRET as a long number string', { siret: '1'.repeat(40) }, 'siret'],
    ['a SIRET of 41 characters', { siret: '1'.repeat(41) }, 'siret'],
    ['a SIRET with a null byte', { siret: '7000000110\u00000010' }, 'siret'],
    ['a phone as digits only', { phone: '0450415385' }, SAVED],
    ['a phone with letters', { phone: '04 50 AB CD EF' }, 'phone'],
    ['a phone with a null byte', { phone: '04 50 41 53 85\u0000' }, 'phone'],
    ['an e-mail with quotes', { email: "o'brien@example.fr" }, SAVED],
    // An address must read as exactly one address to a mail library (libs/domain accounts/email.ts):
    // angle brackets would make Nodemailer read a display name.
    ['an e-mail with a script tag', { email: '<script>@example.fr' }, 'email'],
    ['an e-mail with a null byte', { email: 'contact\u0000@example.fr' }, 'email'],
    ['an e-mail of 254 characters', { email: `${'a'.repeat(64)}@${'b'.repeat(180)}.fr` }, SAVED],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'website'],
    ['a data: website', { website: 'data:text/html,<script>alert(1)</script>' }, 'website'],
    ['a website with a null byte', { website: 'https://example.fr/\u0000' }, 'website'],
    ['a website of 300 characters', { website: `https://example.fr/${'p'.repeat(281)}` }, 'website'],
    ['a postal code as a number string', { address: { ...base.address, postalCode: '1170' } }, 'address.postalCode'],
    ['a commune code with SQL', { address: { ...base.address, communeCode: "01' OR 1=1" } }, 'address.communeCode'],
  ];
  const table = cases.map(([label, overrides, refusedField]) => ({ label, overrides, refusedField, outcome: refusedField ? `refused on ${refusedField}` : 'saved' }));

  it.each(table)('$label: $outcome, never a 500 nor a partial write', async ({ overrides, refusedField }) => {
    const before = await organisationRow();
    const result = await owner.request(UPDATE, { id: partner.organisation.id, input: { ...base, ...overrides, version: before.version } });
    bodies.push(JSON.stringify(result));
    expect(result.status).toBe(200);
    if (refusedField) {
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      const errors = fieldErrors(result);
      expect(Object.keys(errors)).toEqual([refusedField]);
      expect(errors[refusedField]).toMatch(/[a-zé]/);
      expect(await organisationRow()).toEqual(before);
    } else {
      expect(result.errors).toBeUndefined();
      expect(result.data?.updateOrganisation).toMatchObject({ id: partner.organisation.id, version: before.version + 1 });
    }
  });
});

describe('a null byte in any string argument', () => {
  // PostgreSQL cannot store U+0000 in text: it must be refused as input, not reach the database.
  let staff: GraphQLClient;
  beforeAll(async () => {
    staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
  });

  const cases: [string, 'anonymous' | 'owner' | 'staff', string, () => Record<string, unknown>][] = [
    ['signIn email', 'anonymous', 'mutation($e: String!) { signIn(input: { email: $e, password: "peu importe" }) { id } }', () => ({ e: 'a\u0000@example.fr' })],
    ['requestPasswordReset email', 'anonymous', 'mutation($e: String!) { requestPasswordReset(email: $e) }', () => ({ e: 'b\u0000@example.fr' })],
    ['inviteMember email', 'owner', 'mutation($e: String!, $o: ID!) { inviteMember(input: { organisationId: $o, email: $e, role: MEMBER }) { id } }', () => ({ e: 'c\u0000@example.fr', o: partner.organisation.id })],
    ['organisations search', 'staff', 'query($s: String) { organisations(filter: { search: $s }) { total } }', () => ({ s: 'Hôtel\u0000' })],
    ['organisations communeCode', 'staff', 'query($c: String) { organisations(filter: { communeCode: $c }) { total } }', () => ({ c: '01\u0000' })],
    ['invitation token', 'anonymous', 'query($t: String!) { invitation(token: $t) { email } }', () => ({ t: 'tok\u0000en' })],
  ];

  it.each(cases)('%s: refused as BAD_USER_INPUT, never an internal error', async (_case, who, query, variables) => {
    const client = who === 'owner' ? owner : who === 'staff' ? staff : new GraphQLClient(t.baseUrl);
    const result = await client.request(query, variables());
    bodies.push(JSON.stringify(result));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.data).toBeNull();
  });
});

describe('HTTP plumbing', () => {
  it('answers liveness and readiness', async () => {
    const live = await raw('/health/live');
    expect(live.status).toBe(200);
    expect(live.json).toEqual({ status: 'ok' });
    const ready = await raw('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.json).toEqual({ status: 'ok' });
  });

  it('gives every response a request id, and keeps a safe incoming one', async () => {
    const responses = [await raw('/health/live'), await post(JSON.stringify({ query: '{ me { id } }' })), await post('{')];
    for (const response of responses) expect(response.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    expect(new Set(responses.map((r) => r.headers.get('x-request-id'))).size).toBe(3);
    const kept = await raw('/health/live', { headers: { 'x-request-id': 'client-chosen-id-123' } });
    expect(kept.headers.get('x-request-id')).toBe('client-chosen-id-123');
    const replaced = await raw('/health/live', { headers: { 'x-request-id': 'bad id with <html>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('records the request id of the call in the audit trail', async () => {
    const requestId = `audit-trace-${Date.now()}`;
    await post(JSON.stringify({ query: '{ organisations { total } }' }), 'application/json', { 'x-request-id': requestId });
    const rows = await t.prisma.auditEvent.findMany({ where: { requestId } });
    expect(rows).toEqual([expect.objectContaining({ action: 'access.organisation.list', outcome: 'DENIED', actorUserId: partner.owner.id })]);
  });

  it('keeps the audit table append-only', async () => {
    const staff = await createStaff(t.prisma);
    await new GraphQLClient(t.baseUrl).signIn(staff.email, 'mauvais mot de passe');
    const count = await t.prisma.auditEvent.count();
    expect(count).toBeGreaterThan(0);
    await expect(t.prisma.$executeRawUnsafe(`UPDATE audit_event SET outcome = 'SUCCESS'`)).rejects.toThrow();
    await expect(t.prisma.$executeRawUnsafe('DELETE FROM audit_event')).rejects.toThrow();
    await expect(t.prisma.$executeRawUnsafe('TRUNCATE audit_event')).rejects.toThrow();
    expect(await t.prisma.auditEvent.count()).toBe(count);
    expect(await t.prisma.auditEvent.count({ where: { actorEmail: staff.email, outcome: 'FAILURE' } })).toBe(1);
  });

  it('sets the hardening headers', async () => {
    const response = await post(JSON.stringify({ query: '{ me { id } }' }));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('tells browsers and proxies not to keep GraphQL answers, which are per user', async () => {
    for (const body of [{ query: '{ me { id } }' }, { query: '{ me { id ' }]) {
      const response = await post(JSON.stringify(body));
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });
});
