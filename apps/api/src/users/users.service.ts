import { Injectable } from '@nestjs/common';
import { DomainError, personNameProblem, roleAssignmentProblem, type GlobalRole } from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { UsersRepository } from '../auth/users.repository.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import type { UserAccount } from './models/user-account.model.js';
import { AccountRepository } from './users.repository.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly account: AccountRepository,
  ) {}

  /** A user corrects their own name (the one colleagues and the office see, and e-mails greet). */
  async updateMyName(user: SessionUser, rawName: string): Promise<SessionUser> {
    const name = String(rawName ?? '').trim();
    const problem = personNameProblem(name);
    if (problem) throw DomainError.badInput([{ field: 'name', message: problem }]);
    return this.tx.run(async () => {
      await this.account.setName(user.id, name);
      await this.audit.record({
        action: 'user.rename', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        objectType: 'user', objectId: user.id, detail: { before: user.name, after: name },
      });
      return { ...user, name };
    });
  }

  /** Sets staff, admin and technical-committee roles; every change is audited with before and after. */
  async setGlobalRoles(admin: SessionUser, userId: string, roles: GlobalRole[]): Promise<UserAccount> {
    await this.access.check(admin, 'role.assign');
    const wanted = [...new Set(roles)].sort();
    const problem = roleAssignmentProblem(admin.id, userId, wanted);
    if (problem) throw DomainError.badInput([{ field: 'roles', message: problem }]);
    return this.tx.run(async () => {
      const before = await this.users.findAccount(userId);
      if (!before) throw DomainError.notFound();
      const after = await this.users.setGlobalRoles(userId, wanted);
      await this.audit.record({
        action: 'user.roles', outcome: 'SUCCESS', actorUserId: admin.id, actorEmail: admin.email,
        objectType: 'user', objectId: userId, detail: { before: before.globalRoles, after: after.globalRoles },
      });
      return after;
    });
  }
}
