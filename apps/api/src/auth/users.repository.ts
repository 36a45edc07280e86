import { Injectable } from '@nestjs/common';
import type { GlobalRole, MembershipRole } from '@extranet/domain';
import { PrismaService } from '../prisma/prisma.service.js';
import type { SessionUser } from '../common/auth/session-user.js';

const accountSelect = { id: true, email: true, name: true, active: true, globalRoles: true } as const;

@Injectable()
export class UsersRepository {
  constructor(private readonly db: PrismaService) {}

  findCredentials(email: string) {
    return this.db.client.user.findUnique({
      where: { email },
      select: { id: true, email: true, passwordHash: true, active: true },
    });
  }

  findPasswordHash(userId: string) {
    return this.db.client.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  }

  /**
   * The signed-in user with its memberships (oldest first), or null when inactive or gone. Runs on
   * every signed-in request, so it is one typed raw statement: Prisma 6.19 compiles each client
   * query in WebAssembly, and its `include` would cost a second statement (docs/architecture.md,
   * « Performance »). test/raw-queries.e2e-spec.ts checks it against the Prisma query it replaced.
   */
  async findActiveSessionUser(id: string): Promise<SessionUser | null> {
    const rows = await this.db.client.$queryRaw<SessionUser[]>`
      SELECT u."id", u."email", u."name", u."global_roles"::text[] AS "globalRoles",
        COALESCE((
          SELECT json_agg(json_build_object('organisationId', m."organisation_id", 'role', m."role")
                          ORDER BY m."created_at", m."organisation_id")
          FROM "membership" m WHERE m."user_id" = u."id"
        ), '[]'::json) AS "memberships"
      FROM "app_user" u
      WHERE u."id" = ${id}::uuid AND u."active"`;
    return rows[0] ?? null;
  }

  findActiveByEmail(email: string) {
    return this.db.client.user.findFirst({ where: { email, active: true }, select: { id: true, email: true, name: true } });
  }

  findByEmail(email: string) {
    return this.db.client.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } });
  }

  async setEmail(userId: string, email: string): Promise<void> {
    await this.db.client.user.update({ where: { id: userId }, data: { email }, select: { id: true } });
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db.client.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
  }

  async create(data: { email: string; name: string; passwordHash: string; globalRoles?: GlobalRole[] }) {
    return this.db.client.user.create({ data, select: { id: true } });
  }

  findAccount(id: string) {
    return this.db.client.user.findUnique({ where: { id }, select: accountSelect });
  }

  setGlobalRoles(id: string, globalRoles: GlobalRole[]) {
    return this.db.client.user.update({ where: { id }, data: { globalRoles }, select: accountSelect });
  }

  async membershipRole(userId: string, organisationId: string): Promise<MembershipRole | null> {
    const membership = await this.db.client.membership.findUnique({
      where: { userId_organisationId: { userId, organisationId } },
      select: { role: true },
    });
    return membership?.role ?? null;
  }

  async setMembership(userId: string, organisationId: string, role: MembershipRole): Promise<void> {
    await this.db.client.membership.upsert({
      where: { userId_organisationId: { userId, organisationId } },
      create: { userId, organisationId, role },
      update: { role },
      select: { userId: true },
    });
  }
}
