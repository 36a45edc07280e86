import { Injectable } from '@nestjs/common';
import { decide, DomainError, type Action } from '@extranet/domain';
import { AuditService } from '../../audit/audit.service.js';
import { toActor, type SessionUser } from './session-user.js';

/**
 * The API's single door to the shared access policy (libs/domain/src/access/policy.ts):
 * every refusal is audited and becomes the policy's answer (NOT_FOUND for another organisation's
 * data, FORBIDDEN for a missing right).
 */
@Injectable()
export class AccessService {
  constructor(private readonly audit: AuditService) {}

  async authorize(user: SessionUser | null, action: Action, subject?: { organisationId: string }): Promise<void> {
    const decision = decide(toActor(user), action, subject);
    if (decision === 'allow') return;
    await this.audit.record({
      action: `access.${action}`,
      outcome: 'DENIED',
      actorUserId: user?.id,
      actorEmail: user?.email,
      organisationId: subject?.organisationId,
      detail: { decision },
    });
    if (decision === 'not_found') throw DomainError.notFound();
    if (decision === 'forbidden') throw DomainError.forbidden();
    throw DomainError.unauthenticated();
  }
}
