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
