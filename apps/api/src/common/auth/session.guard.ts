import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, isStaff } from '@extranet/domain';
import { AuditService } from '../../audit/audit.service.js';
import { PUBLIC_KEY, STAFF_ONLY_KEY, requestOf } from './decorators.js';
import { toActor, type SessionUser } from './session-user.js';

/** Global guard: every operation needs a session unless marked @Public(); @StaffOnly() needs staff. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const user = requestOf(context).user as SessionUser | undefined;
    if (!user) throw DomainError.unauthenticated();
    if (this.reflector.getAllAndOverride<boolean>(STAFF_ONLY_KEY, targets) && !isStaff(toActor(user)!)) {
      await this.audit.record({
        action: `access.${context.getHandler().name}`,
        outcome: 'DENIED',
        actorUserId: user.id,
        actorEmail: user.email,
        detail: { decision: 'forbidden', rule: 'staff-only' },
      });
      throw DomainError.forbidden();
    }
    return true;
  }
}
