import { Injectable } from '@nestjs/common';
import { invitationStatus, type AccessScope, type Invitation, type Member, type MembershipRole } from '@extranet/domain';
import { PrismaService } from '../prisma/prisma.service.js';
import { withinScope } from '../prisma/scope.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const invitationSelect = { id: true, organisationId: true, email: true, role: true, expiresAt: true, acceptedAt: true, createdAt: true } as const;

function toDomain({ acceptedAt, ...row }: { id: string; organisationId: string; email: string; role: MembershipRole; expiresAt: Date; acceptedAt: Date | null; createdAt: Date }, now: Date): Invitation {
  return { ...row, status: invitationStatus({ acceptedAt, expiresAt: row.expiresAt }, now) };
}

@Injectable()
export class InvitationsRepository {
  constructor(private readonly db: PrismaService) {}

  async create(
    data: { organisationId: string; email: string; role: MembershipRole; tokenHash: string; expiresAt: Date; invitedById: string },
    now: Date,
  ): Promise<Invitation> {
    return toDomain(await this.db.client.invitation.create({ data, select: invitationSelect }), now);
  }

  /** The invitations still waiting for an answer (pending or expired): accepted ones leave the list, their person is in the team. */
  async listForOrganisation(organisationId: string, now: Date): Promise<Invitation[]> {
    const rows = await this.db.client.invitation.findMany({ where: { organisationId, acceptedAt: null }, select: invitationSelect, orderBy: { createdAt: 'desc' }, take: 100 });
    return rows.map((row) => toDomain(row, now));
  }

  /** One invitation within the caller's scope, or null (also for another organisation's). */
  async findById(id: string, scope: AccessScope, now: Date): Promise<Invitation | null> {
    if (!UUID.test(id)) return null;
    const row = await this.db.client.invitation.findFirst({ where: withinScope({ id }, scope), select: invitationSelect });
    return row ? toDomain(row, now) : null;
  }

  /** Withdraws an unused invitation: its link stops working at once. False when it was accepted meanwhile. */
  async deleteUnused(id: string): Promise<boolean> {
    const { count } = await this.db.client.invitation.deleteMany({ where: { id, acceptedAt: null } });
    return count === 1;
  }

  /** A new link (the old one stops working) and a new expiry; null when it was accepted meanwhile. */
  async renew(id: string, tokenHash: string, expiresAt: Date, now: Date): Promise<Invitation | null> {
    const { count } = await this.db.client.invitation.updateMany({ where: { id, acceptedAt: null }, data: { tokenHash, expiresAt, createdAt: now } });
    if (count !== 1) return null;
    const row = await this.db.client.invitation.findUniqueOrThrow({ where: { id }, select: invitationSelect });
    return toDomain(row, now);
  }

  /** The organisation's memberships, locked until the transaction ends (two owners removing each other wait in turn). */
  async lockMemberships(organisationId: string): Promise<{ userId: string; role: MembershipRole }[]> {
    const rows = await this.db.client.$queryRaw<{ user_id: string; role: MembershipRole }[]>`
      SELECT "user_id", "role"::text AS "role" FROM "membership" WHERE "organisation_id" = ${organisationId}::uuid ORDER BY "user_id" FOR UPDATE`;
    return rows.map((row) => ({ userId: row.user_id, role: row.role }));
  }

  async removeMembership(organisationId: string, userId: string): Promise<void> {
    await this.db.client.membership.delete({ where: { userId_organisationId: { userId, organisationId } } });
  }

  /** The invitation behind a link, with what the invitation page shows; not a tenant read (the token is the credential). */
  findByTokenHash(tokenHash: string) {
    return this.db.client.invitation.findUnique({
      where: { tokenHash },
      select: { ...invitationSelect, organisation: { select: { name: true } } },
    });
  }

  /** True when this call accepted it; false when it was accepted meanwhile (single use). */
  async markAccepted(id: string, now: Date): Promise<boolean> {
    const { count } = await this.db.client.invitation.updateMany({ where: { id, acceptedAt: null }, data: { acceptedAt: now } });
    return count === 1;
  }

  async members(organisationId: string): Promise<Member[]> {
    const rows = await this.db.client.membership.findMany({
      where: { organisationId },
      select: { role: true, user: { select: { id: true, name: true, email: true, active: true } } },
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    });
    return rows.map(({ role, user }) => ({ organisationId, userId: user.id, name: user.name, email: user.email, active: user.active, role }));
  }

  isMember(organisationId: string, email: string): Promise<boolean> {
    return this.db.client.membership.count({ where: { organisationId, user: { email } } }).then((n) => n > 0);
  }
}
