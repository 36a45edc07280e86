import { Injectable } from '@nestjs/common';
import { decide, DomainError, isStaff, type Action } from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { toActor, type SessionUser } from '../common/auth/session-user.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';

/**
 * Who may see the committee's data: committee members and staff (`committee.read`). Everyone else
 * signed in gets NOT_FOUND, the answer for a missing session, so a partner cannot even learn that
 * a session, document or download URL exists. Read operations are declared `@SignedIn()` (the
 * route-level `@Allow` would answer FORBIDDEN) and call `read` first. The roles come from the
 * database on every request, so a member removed from the committee is refused at their next call.
 */
@Injectable()
export class CommitteeAccess {
  constructor(
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async read(user: SessionUser | null, target?: { type: string; id: string }): Promise<void> {
    await this.require(user, 'committee.read', target);
  }

  /** For the office's own work; declared with `@Allow('committee.manage')` at the route too. */
  async manage(user: SessionUser | null, target?: { type: string; id: string }): Promise<void> {
    const decision = decide(toActor(user), 'committee.manage');
    if (decision === 'allow') return;
    await this.deny(user, 'committee.manage', decision, target);
  }

  isStaff(user: SessionUser): boolean {
    return isStaff(toActor(user));
  }

  private async require(user: SessionUser | null, action: Action, target?: { type: string; id: string }): Promise<void> {
    const decision = decide(toActor(user), action);
    if (decision === 'allow') return;
    await this.deny(user, action, decision === 'forbidden' ? 'not_found' : decision, target);
  }

  private async deny(user: SessionUser | null, action: Action, decision: string, target?: { type: string; id: string }): Promise<never> {
    await this.tx.outside(() =>
      this.audit.record({
        action: `access.${action}`, outcome: 'DENIED', actorUserId: user?.id, actorEmail: user?.email,
        objectType: target?.type, objectId: target?.id, detail: { decision },
      }),
    );
    if (decision === 'unauthenticated') throw DomainError.unauthenticated();
    if (decision === 'forbidden') throw DomainError.forbidden();
    throw DomainError.notFound();
  }
}
