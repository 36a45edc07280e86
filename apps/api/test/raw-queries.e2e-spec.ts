// Hot paths are typed raw SQL (docs/architecture.md, « Performance »): each must return what the
// Prisma query it replaced returned, on the same rows.
import { UsersRepository } from '../src/auth/users.repository.js';
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
