import { Injectable } from '@nestjs/common';
import type { MembershipRole } from '@extranet/domain';
import { PrismaService } from '../prisma/prisma.service.js';

const invitationSelect = { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, createdAt: true } as const;

@Injectable()
export class InvitationsRepository {
  constructor(private readonly db: PrismaService) {}

  create(data: { organisationId: string; email: string; role: MembershipRole; tokenHash: string; expiresAt: Date; invitedById: string }) {
    return this.db.client.invitation.create({ data, select: invitationSelect });
  }

  listForOrganisation(organisationId: string) {
    return this.db.client.invitation.findMany({ where: { organisationId }, select: invitationSelect, orderBy: { createdAt: 'desc' }, take: 100 });
  }

  findByTokenHash(tokenHash: string) {
    return this.db.client.invitation.findUnique({
      where: { tokenHash },
      select: { ...invitationSelect, organisationId: true, organisation: { select: { name: true } } },
    });
  }

  /** True when this call accepted it; false when it was accepted meanwhile (single use). */
  async markAccepted(id: string): Promise<boolean> {
    const { count } = await this.db.client.invitation.updateMany({ where: { id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    return count === 1;
  }

  members(organisationId: string) {
    return this.db.client.membership.findMany({
      where: { organisationId },
      select: { role: true, user: { select: { id: true, name: true, email: true, active: true } } },
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    });
  }

  isMember(organisationId: string, email: string) {
    return this.db.client.membership.count({ where: { organisationId, user: { email } } }).then((n) => n > 0);
  }
}
