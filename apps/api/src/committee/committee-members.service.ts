import { Injectable } from '@nestjs/common';
import { DomainError, type GlobalRole } from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { UsersRepository } from '../auth/users.repository.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { CommitteeAccess } from './committee-access.js';
import { CommitteeRepository, type MemberRecord } from './committee.repository.js';

/**
 * Staff add and remove committee members: the COMMITTEE_MEMBER global role, written by the same
 * repository call as the administrators' `setGlobalRoles` and audited the same way (`user.roles`,
 * before and after). Roles are read from the database on every request, so a removed member is
 * refused from their very next call.
 */
@Injectable()
export class CommitteeMembersService {
  constructor(
    private readonly repo: CommitteeRepository,
    private readonly users: UsersRepository,
    private readonly access: CommitteeAccess,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async members(user: SessionUser): Promise<MemberRecord[]> {
    await this.access.manage(user);
    return this.repo.members();
  }

  async candidates(user: SessionUser, search: string): Promise<MemberRecord[]> {
    await this.access.manage(user);
    const text = search.trim();
    if (text.length < 2) throw DomainError.badInput([{ field: 'search', message: 'Tapez au moins deux caractères du nom ou de l’adresse.' }]);
    return this.repo.candidates(text);
  }

  add(user: SessionUser, userId: string): Promise<MemberRecord[]> {
    return this.change(user, userId, (roles) => [...new Set([...roles, 'COMMITTEE_MEMBER' as const])]);
  }

  remove(user: SessionUser, userId: string): Promise<MemberRecord[]> {
    return this.change(user, userId, (roles) => roles.filter((role) => role !== 'COMMITTEE_MEMBER'));
  }

  private async change(user: SessionUser, userId: string, next: (roles: GlobalRole[]) => GlobalRole[]): Promise<MemberRecord[]> {
    await this.access.manage(user, { type: 'user', id: userId });
    return this.tx.run(async () => {
      const before = await this.users.findAccount(userId);
      if (!before || !before.active) throw DomainError.notFound();
      const wanted = next(before.globalRoles).sort();
      if (wanted.join() !== [...before.globalRoles].sort().join()) {
        const after = await this.users.setGlobalRoles(userId, wanted);
        await this.audit.record({
          action: 'user.roles', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
          objectType: 'user', objectId: userId, detail: { before: before.globalRoles, after: after.globalRoles, via: 'committee' },
        });
      }
      return this.repo.members();
    });
  }
}
