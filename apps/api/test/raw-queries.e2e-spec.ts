// Hot paths are typed raw SQL (docs/architecture.md, « Performance »): each must return what the
// Prisma query it replaced returned, on the same rows.
import { directoryCategories, type Organisation, type OrganisationCategory, type Page } from '@extranet/domain';
import { UsersRepository } from '../src/auth/users.repository.js';
import { Prisma } from '../src/generated/prisma/client.js';
import { OrganisationsRepository, type OrganisationSearch } from '../src/organisations/organisations.repository.js';
import { createMembership, createOrganisation, createStaff, createUser } from './utils/factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the session user (actor with memberships, one statement)', () => {
  /** The Prisma query the raw statement replaced. */
  const withPrisma = (id: string) =>
    t.prisma.user.findFirst({
      where: { id, active: true },
      select: {
        id: true, email: true, name: true, globalRoles: true,
        memberships: { select: { organisationId: true, role: true }, orderBy: { createdAt: 'asc' } },
      },
    });

  /** A user with `count` memberships, created one millisecond apart at least (Prisma orders by creation only). */
  async function userWithMemberships(count: number, fields: Parameters<typeof createUser>[1] = {}) {
    const user = await createUser(t.prisma, fields);
    for (let i = 0; i < count; i++) {
      const organisation = await createOrganisation(t.prisma);
      await createMembership(t.prisma, { userId: user.id, organisationId: organisation.id, role: i % 2 ? 'MEMBER' : 'OWNER' });
      await t.prisma.membership.update({
        where: { userId_organisationId: { userId: user.id, organisationId: organisation.id } },
        // Oldest last in creation order: the order must come from created_at, not from insertion.
        data: { createdAt: new Date(Date.UTC(2026, 0, 1) - i * 1000) },
      });
    }
    return user;
  }

  it.each([
    ['no membership', () => userWithMemberships(0)],
    ['one membership', () => userWithMemberships(1)],
    ['several memberships', () => userWithMemberships(4)],
    ['global roles and a membership', () => userWithMemberships(1, { globalRoles: ['STAFF', 'ADMIN'] })],
    ['global roles only', async () => createStaff(t.prisma, ['STAFF', 'COMMITTEE_MEMBER'])],
  ])('matches the Prisma query for a user with %s', async (_case, make) => {
    const user = await make();
    const raw = await t.app.get(UsersRepository).findActiveSessionUser(user.id);
    expect(raw).not.toBeNull();
    expect(raw).toEqual(await withPrisma(user.id));
  });

  it('finds nobody for an inactive or unknown user, like the Prisma query', async () => {
    const inactive = await createUser(t.prisma, { active: false });
    for (const id of [inactive.id, '00000000-0000-4000-8000-000000000000']) {
      expect(await t.app.get(UsersRepository).findActiveSessionUser(id)).toBeNull();
      expect(await withPrisma(id)).toBeNull();
    }
  });
});

describe('an organisation with its commune (one statement)', () => {
  const select = {
    id: true, name: true, category: true, legalForm: true, siret: true, street: true, postalCode: true, communeCode: true,
    commune: { select: { name: true } }, phone: true, email: true, website: true, version: true, updatedAt: true,
  } as const;
  /** The Prisma query the raw statement replaced (findFirst within the scope, with the commune relation). */
  async function withPrisma(id: string, organisationIds?: string[]): Promise<Organisation | null> {
    const where = organisationIds ? { AND: [{ id }, { id: { in: organisationIds } }] } : { id };
    const row = await t.prisma.organisation.findFirst({ where, select });
    if (!row) return null;
    const { street, postalCode, communeCode, commune, ...rest } = row;
    return { ...rest, organisationId: row.id, address: { street, postalCode, communeCode, communeName: commune.name } };
  }

  it('matches the Prisma query within every kind of scope, and finds nothing outside it', async () => {
    const repository = t.app.get(OrganisationsRepository);
    const mine = await createOrganisation(t.prisma, { name: 'Gîte des Écrins', siret: null, phone: '04 50 00 00 00', website: 'https://gite.example', communeCode: '01143' });
    const other = await createOrganisation(t.prisma);
    const cases: [string, Parameters<OrganisationsRepository['findById']>[1], string[] | undefined][] = [
      ['the office', { all: true }, undefined],
      ['a member of it', { all: false, organisationIds: [other.id, mine.id] }, [other.id, mine.id]],
      ['a member of another', { all: false, organisationIds: [other.id] }, [other.id]],
      ['a user without membership', { all: false, organisationIds: [] }, []],
    ];
    for (const [, scope, ids] of cases) expect(await repository.findById(mine.id, scope)).toEqual(await withPrisma(mine.id, ids));
    expect(await repository.findById(mine.id, { all: true })).toMatchObject({ name: 'Gîte des Écrins', address: { communeCode: '01143' } });
    expect(await repository.findById(mine.id, { all: false, organisationIds: [other.id] })).toBeNull();
    for (const id of ['00000000-0000-4000-8000-000000000000', 'pas-un-id']) expect(await repository.findById(id, { all: true })).toBeNull();
    const many = await repository.findByIds([mine.id, other.id, 'pas-un-id']);
    expect(new Map(many.map((o) => [o.id, o]))).toEqual(new Map([[mine.id, await withPrisma(mine.id)], [other.id, await withPrisma(other.id)]]));
    expect(await repository.findByIds([])).toEqual([]);
  });
});

describe('the directory (page with communes and count, two statements)', () => {
  /** The search as it was before the directory indexes: unaccent(lower()) per row, the category cast to text, Prisma for the rows. */
  async function previousSearch(filter: OrganisationSearch, page: Page): Promise<{ items: Organisation[]; total: number }> {
    const conditions = [Prisma.sql`TRUE`];
    const search = filter.search?.trim();
    const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
    if (search) conditions.push(Prisma.sql`unaccent(lower("name")) LIKE unaccent(lower(${`%${escapeLike(search)}%`}))`);
    conditions.push(Prisma.sql`"category"::text IN (${Prisma.join(filter.categories)})`);
    if (filter.communeCode) conditions.push(Prisma.sql`"commune_code" = ${filter.communeCode}`);
    const where = Prisma.join(conditions, ' AND ');
    const ids = await t.prisma.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "organisation" WHERE ${where} ORDER BY unaccent(lower("name")), "id" OFFSET ${page.offset} LIMIT ${page.limit}`;
    const [{ total }] = await t.prisma.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS "total" FROM "organisation" WHERE ${where}`;
    const rows = await t.prisma.organisation.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      select: {
        id: true, name: true, category: true, legalForm: true, siret: true, street: true, postalCode: true, communeCode: true,
        commune: { select: { name: true } }, phone: true, email: true, website: true, version: true, updatedAt: true,
      },
    });
    const byId = new Map(rows.map(({ street, postalCode, communeCode, commune, ...rest }) => [
      rest.id,
      { ...rest, organisationId: rest.id, address: { street, postalCode, communeCode, communeName: commune.name } } as Organisation,
    ]));
    return { items: ids.map(({ id }) => byId.get(id)!), total };
  }

  const TAG = 'Comparé';
  beforeAll(async () => {
    const names = [
      'Hôtel du Jura', 'HOTEL DU JURA', 'hôtel du jura', 'Hotel Du Léman', 'Gîte 100% nature', 'GITE DES ÉCRINS', 'gîte_du_lac',
      'Épicerie fine', 'epicerie Fine', 'Œuvre des Alpes', 'Ça va Café', 'Crêt de la Neige', 'crêt de la neige', 'Zoé', 'àbc', 'Abc',
    ];
    const categories: OrganisationCategory[] = ['HOTEL', 'FURNISHED_LET', 'SHOP', 'ASSOCIATION', 'RESTAURANT'];
    const communes = ['01173', '01143', '01160'];
    for (const [i, name] of names.entries()) {
      await createOrganisation(t.prisma, { name: `${name} ${TAG}`, category: categories[i % categories.length], communeCode: communes[i % communes.length] });
      // The same name twice: the id decides between them.
      if (i % 4 === 0) await createOrganisation(t.prisma, { name: `${name} ${TAG}`, category: categories[(i + 1) % categories.length] });
    }
    await createOrganisation(t.prisma, { name: `Office de Tourisme ${TAG}`, category: 'TOURISM_OFFICE' });
  });

  const filters: [string, Omit<OrganisationSearch, 'categories'> & { category?: OrganisationCategory }][] = [
    ['everything', {}],
    ['"hotel"', { search: 'hotel' }],
    ['"HÔTEL DU"', { search: 'HÔTEL DU' }],
    ['"gite"', { search: 'gite' }],
    ['"GÎTE"', { search: 'GÎTE' }],
    ['"écrins"', { search: 'écrins' }],
    ['"EPICERIE"', { search: 'EPICERIE' }],
    ['"œuvre"', { search: 'œuvre' }],
    ['"ca va"', { search: 'ca va' }],
    ['"crêt de la"', { search: 'crêt de la' }],
    ['"100%"', { search: '100%' }],
    ['"_"', { search: '_' }],
    ['"é"', { search: 'é' }],
    ['"comparé" in Gex', { search: 'comparé', communeCode: '01173' }],
    ['shops', { category: 'SHOP' }],
    ['the office', { category: 'TOURISM_OFFICE' }],
    ['"office" among partners', { search: 'office' }],
  ];
  const pages: Page[] = [{ offset: 0, limit: 20 }, { offset: 0, limit: 3 }, { offset: 5, limit: 4 }, { offset: 200, limit: 5 }];

  it.each(filters)('agrees with the previous search on rows, order and total: %s', async (_case, { category, ...rest }) => {
    const filter: OrganisationSearch = { ...rest, categories: directoryCategories(category) };
    for (const page of pages) {
      const raw = await t.app.get(OrganisationsRepository).search(filter, page);
      const previous = await previousSearch(filter, page);
      expect(raw.items).toEqual(previous.items);
      expect(raw.total).toBe(previous.total);
    }
  });

  it('walks the whole directory with cursors in the same order as with offsets', async () => {
    const repository = t.app.get(OrganisationsRepository);
    const filter: OrganisationSearch = { search: TAG, categories: directoryCategories(null) };
    const everything = await previousSearch(filter, { offset: 0, limit: 100 });
    expect(everything.total).toBeGreaterThan(10);
    const walked: Organisation[] = [];
    let page = await repository.search(filter, { offset: 0, limit: 3 });
    walked.push(...page.items);
    while (page.next) {
      page = await repository.search(filter, { offset: 0, limit: 3 }, page.next);
      expect(page.total).toBe(everything.total);
      walked.push(...page.items);
    }
    expect(walked).toEqual(everything.items);
  });
});
