// The directory's page query must use its index (migration …_directory_indexes) at scale 10
// (1,530 partners, the demo seed's 153 ten times): pages are read in index order, never by
// sorting every partner. Plans are read with EXPLAIN, not timed.
import { directoryCategories, type Page } from '@extranet/domain';
import { Prisma } from '../src/generated/prisma/client.js';
import { directoryPageQuery, OrganisationsRepository, type DirectoryPosition, type OrganisationSearch } from '../src/organisations/organisations.repository.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const PARTNERS = 1_530;
const PAGE_INDEX = 'organisation_directory_key_id_idx';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // One statement for the whole scale: accented and plain names, every partner category, a few communes.
  await t.prisma.$executeRaw`
    INSERT INTO "organisation" ("id", "name", "category", "legal_form", "street", "postal_code", "commune_code", "updated_at")
    SELECT gen_random_uuid(),
      (ARRAY['Hôtel', 'Gîte', 'Épicerie', 'Camping', 'Restaurant', 'Chambres d''hôtes', 'École de ski'])[1 + i % 7] || ' ' || i,
      (ARRAY['HOTEL', 'TOURIST_RESIDENCE', 'RESTAURANT', 'CAMPSITE', 'FURNISHED_LET', 'ACTIVITY_PROVIDER', 'SHOP', 'ASSOCIATION'])[1 + i % 8]::"OrganisationCategory",
      'SARL', i || ' rue de Genève', c."postal_code", c."code", now()
    FROM generate_series(1, ${PARTNERS}) AS i
    JOIN "commune" c ON c."code" = (ARRAY['01173', '01143', '01160'])[1 + i % 3]`;
  await t.prisma.$executeRaw`INSERT INTO "organisation" ("id", "name", "category", "legal_form", "street", "postal_code", "commune_code", "updated_at")
    VALUES (gen_random_uuid(), 'Office de Tourisme', 'TOURISM_OFFICE', 'EPIC', '1 place', '01170', '01173', now())`;
  await t.prisma.$executeRawUnsafe('VACUUM ANALYZE "organisation"');
});
afterAll(() => t.close());

async function planOf(query: Prisma.Sql): Promise<PlanNode> {
  const [row] = await t.prisma.$queryRaw<[{ 'QUERY PLAN': [{ Plan: PlanNode }] }]>`EXPLAIN (FORMAT JSON) ${query}`;
  return row['QUERY PLAN'][0].Plan;
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

const partners = (search?: string): OrganisationSearch => ({ search, categories: directoryCategories(null) });

it(`has the ${PARTNERS} partners of scale 10`, async () => {
  expect((await t.app.get(OrganisationsRepository).search(partners(), { offset: 0, limit: 1 })).total).toBe(PARTNERS);
});

// (Every row has its four values: a test function with more parameters than a row would be
// given Jest's `done` callback.)
it.each<[string, OrganisationSearch, Page, DirectoryPosition | undefined]>([
  ['page 1', partners(), { offset: 0, limit: 20 }, undefined],
  ['page 1 of one category', { categories: directoryCategories('FURNISHED_LET') }, { offset: 0, limit: 20 }, undefined],
  ['a page after a cursor, deep in the list', partners(), { offset: 0, limit: 20 }, { key: 'restaurant 1400', id: '00000000-0000-4000-8000-000000000000' }],
  ['a deep page by offset', partners(), { offset: 1_400, limit: 20 }, undefined],
])('reads %s in index order, without scanning or sorting the partners', async (_case, filter, page, after) => {
  // The page's ids (the Limit); joining their details afterwards may use any plan.
  const limit = nodes(await planOf(directoryPageQuery(filter, page, after))).find((n) => n['Node Type'] === 'Limit');
  expect(limit).toBeDefined();
  const selection = nodes(limit!);
  expect(selection.filter((n) => n['Index Name'] === PAGE_INDEX).map((n) => n['Node Type'])).toEqual([
    expect.stringMatching(/^Index (Only )?Scan$/),
  ]);
  expect(selection.filter((n) => n['Node Type'] === 'Sort' || n['Node Type'] === 'Seq Scan')).toEqual([]);
});

it('finds a rare name through the trigram index', async () => {
  const count = Prisma.sql`SELECT count(*) FROM "organisation" WHERE directory_key("name") LIKE directory_key(${'%ecole de ski 1234%'})`;
  const plan = nodes(await planOf(count));
  expect(plan.map((n) => n['Index Name']).filter(Boolean)).toContain('organisation_directory_key_trgm_idx');
});
