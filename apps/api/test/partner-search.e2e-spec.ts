import { createOrganisation, createStaff, PASSWORD } from './utils/factories.js';
import { GraphQLClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const SEARCH = `query($filter: OrganisationFilter, $page: PageInput) {
  organisations(filter: $filter, page: $page) { total items { name } }
}`;

let t: TestApp;
let staff: GraphQLClient;
beforeAll(async () => {
  t = await startTestApp();
  for (const name of ['Hôtel Étoile du Jura', 'HOTEL DES ALPES', 'Gîte 100% nature', 'Gîte du Lac', 'Épicerie fine']) {
    await createOrganisation(t.prisma, { name });
  }
  const user = await createStaff(t.prisma);
  staff = new GraphQLClient(t.baseUrl);
  await staff.signIn(user.email, PASSWORD);
});
afterAll(() => t.close());

it.each([
  ['hotel', ['HOTEL DES ALPES', 'Hôtel Étoile du Jura']],
  ['ÉTOILE', ['Hôtel Étoile du Jura']],
  ['gite', ['Gîte 100% nature', 'Gîte du Lac']],
  ['100%', ['Gîte 100% nature']],
  ['%', ['Gîte 100% nature']],
  ['_', []],
  ['epicerie', ['Épicerie fine']],
])('finds %j ignoring accents and case, with %% and _ taken literally', async (search, expected) => {
  const { organisations } = await staff.ok(SEARCH, { filter: { search } });
  expect(organisations.items.map((o: { name: string }) => o.name)).toEqual(expected);
  expect(organisations.total).toBe(expected.length);
});

it('orders by name ignoring accents and pages through the results', async () => {
  const first = await staff.ok(SEARCH, { page: { offset: 0, limit: 2 } });
  const second = await staff.ok(SEARCH, { page: { offset: 2, limit: 3 } });
  const names = [...first.organisations.items, ...second.organisations.items].map((o: { name: string }) => o.name);
  expect(names).toEqual(['Épicerie fine', 'Gîte 100% nature', 'Gîte du Lac', 'HOTEL DES ALPES', 'Hôtel Étoile du Jura']);
  expect(first.organisations.total).toBe(5);
});

it('lists partners only: the office itself appears when its category is asked for', async () => {
  await createOrganisation(t.prisma, { name: 'Office de Tourisme du Pays de Gex', category: 'TOURISM_OFFICE' });
  const all = await staff.ok(SEARCH, { filter: { search: 'office' } });
  expect(all.organisations.total).toBe(0);
  const office = await staff.ok(SEARCH, { filter: { category: 'TOURISM_OFFICE' } });
  expect(office.organisations.items.map((o: { name: string }) => o.name)).toEqual(['Office de Tourisme du Pays de Gex']);
});

describe('cursor for deep pages', () => {
  const CURSOR_PAGE = `query($filter: OrganisationFilter, $page: PageInput, $after: String) {
    organisations(filter: $filter, page: $page, after: $after) { total nextCursor items { name } }
  }`;

  it('walks the directory page by page after each nextCursor, in the order of offsets, and ends with null', async () => {
    const byOffset = await staff.ok(SEARCH, { page: { offset: 0, limit: 100 } });
    const names: string[] = [];
    let after: string | null = null;
    do {
      const { organisations }: { organisations: { total: number; items: { name: string }[]; nextCursor: string | null } } = await staff.ok(CURSOR_PAGE, { page: { limit: 2 }, after });
      expect(organisations.total).toBe(byOffset.organisations.total);
      names.push(...organisations.items.map((o: { name: string }) => o.name));
      after = organisations.nextCursor;
    } while (after);
    expect(names).toEqual(byOffset.organisations.items.map((o: { name: string }) => o.name));
  });

  it('skips page.offset rows after the cursor, and keeps the filter', async () => {
    const first = await staff.ok(CURSOR_PAGE, { filter: { search: 'gite' }, page: { limit: 1 } });
    expect(first.organisations.items.map((o: { name: string }) => o.name)).toEqual(['Gîte 100% nature']);
    const rest = await staff.ok(CURSOR_PAGE, { filter: { search: 'gite' }, page: { offset: 0, limit: 5 }, after: first.organisations.nextCursor });
    expect(rest.organisations).toMatchObject({ total: 2, nextCursor: null, items: [{ name: 'Gîte du Lac' }] });
    const skipped = await staff.ok(CURSOR_PAGE, { filter: { search: 'gite' }, page: { offset: 1, limit: 5 }, after: first.organisations.nextCursor });
    expect(skipped.organisations.items).toEqual([]);
  });

  it.each([
    ['not base64 JSON', 'pas-un-curseur'],
    ['the wrong shape', Buffer.from(JSON.stringify({ key: 'a', id: 'b' })).toString('base64url')],
    ['an id that is no UUID', Buffer.from(JSON.stringify(['a', 'b'])).toString('base64url')],
    ['a null byte in the key', Buffer.from(JSON.stringify(['a\u0000', '00000000-0000-4000-8000-000000000000'])).toString('base64url')],
    ['too long', 'x'.repeat(2_000)],
  ])('refuses a cursor with %s as a field error on `after`', async (_case, after) => {
    const result = await staff.request(CURSOR_PAGE, { after });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual([{ field: 'after', message: expect.stringContaining('Curseur') }]);
  });
});
