import { createOrganisation, createStaff, PASSWORD, profileInput } from './utils/factories.js';
import { errorCode, signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const UPDATE = `mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { category } }`;
const profile = (category: string) => ({ ...profileInput({ category }), version: 1 });

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('lets staff recategorise a partner, but never into or out of the office category', async () => {
  const staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
  const partner = await createOrganisation(t.prisma, { category: 'HOTEL' });
  const office = await createOrganisation(t.prisma, { category: 'TOURISM_OFFICE' });

  expect((await staff.ok(UPDATE, { id: partner.id, input: profile('CAMPSITE') })).updateOrganisation.category).toBe('CAMPSITE');
  for (const [id, category] of [[partner.id, 'TOURISM_OFFICE'], [office.id, 'HOTEL']] as const) {
    const result = await staff.request(UPDATE, { id, input: profile(category) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('category');
  }
  const categories = await t.prisma.organisation.findMany({ where: { id: { in: [partner.id, office.id] } }, select: { id: true, category: true } });
  expect(Object.fromEntries(categories.map((o) => [o.id, o.category]))).toEqual({ [partner.id]: 'CAMPSITE', [office.id]: 'TOURISM_OFFICE' });
});
