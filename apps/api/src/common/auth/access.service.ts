import { Injectable } from '@nestjs/common';
import { decide, decideCall, DomainError, scopeFor, type AccessDecision, type AccessScope, type Action, type Owned, type TenantAction } from '@extranet/domain';
import { AuditService } from '../../audit/audit.service.js';
import { TransactionRunner } from '../../prisma/transaction-runner.js';
import { toActor, type SessionUser } from './session-user.js';

/** What a refusal names in the audit trail when the object could not be loaded. */
export interface AccessTarget {
  type: string;
  id: string;
}

/**
 * The API's single door to the shared access policy (libs/domain/src/access/policy.ts).
 * The pattern, in a service:
 *
 *   const listing = await this.access.load(user, 'listing.read', { type: 'listing', id },
 *     (scope) => this.listings.findById(id, scope));
 *
 * The repository filters by the scope (a partner's own organisations), the policy then decides
 * on the loaded object; a foreign or missing object answers NOT_FOUND, a missing right FORBIDDEN.
 * Every refusal is audited under the action's name, outside the caller's transaction so that
 * the rollback of the refused change does not erase it.
 */
@Injectable()
export class AccessService {
  constructor(
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /** Loads a tenant object within the caller's scope and decides on it. */
  async load<T extends Owned>(
    user: SessionUser | null,
    action: TenantAction,
    target: AccessTarget,
    loader: (scope: AccessScope) => Promise<T | null>,
  ): Promise<T> {
    const actor = toActor(user);
    if (!actor) return this.refuse(user, action, 'unauthenticated', target);
    const object = await loader(scopeFor(actor, action));
    if (!object) return this.refuse(user, action, 'not_found', target);
    await this.check(user, action, object, target);
    return object;
  }

  /** Decides on an object already loaded (or, for a global action, on nothing). */
  async check(user: SessionUser | null, action: Action, subject?: Owned, target?: AccessTarget): Promise<void> {
    const decision = decide(toActor(user), action, subject);
    if (decision !== 'allow') await this.refuse(user, action, decision, target, subject);
  }

  /** The route-level check of @Allow(action), before any object is loaded. */
  async checkCall(user: SessionUser | null, action: Action): Promise<void> {
    const decision = decideCall(toActor(user), action);
    if (decision !== 'allow') await this.refuse(user, action, decision);
  }

  private async refuse(
    user: SessionUser | null,
    action: Action,
    decision: Exclude<AccessDecision, 'allow'>,
    target?: AccessTarget,
    subject?: Owned,
  ): Promise<never> {
    await this.tx.outside(() =>
      this.audit.record({
        action: `access.${action}`,
        outcome: 'DENIED',
        actorUserId: user?.id,
        actorEmail: user?.email,
        organisationId: subject?.organisationId,
        objectType: target?.type,
        objectId: target?.id,
        detail: { decision },
      }),
    );
    if (decision === 'not_found') throw DomainError.notFound();
    if (decision === 'forbidden') throw DomainError.forbidden();
    throw DomainError.unauthenticated();
  }
}
