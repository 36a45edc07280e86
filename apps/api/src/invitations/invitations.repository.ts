import { Injectable } from '@nestjs/common';
import { invitationStatus, type Invitation, type Member, type MembershipRole } from '@extranet/domain';
import { PrismaService } from '../prisma/prisma.service.js';

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

  async listForOrganisation(organisationId: string, now: Date): Promise<Invitation[]> {
    const rows = await this.db.client.invitation.findMany({ where: { organisationId }, select: invitationSelect, orderBy: { createdAt: 'desc' }, take: 100 });
    return rows.map((row) => toDomain(row, now));
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
