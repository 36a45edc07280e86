import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@extranet/domain';
import { ACCESS_KEY, requestOf, type AccessDeclaration } from './decorators.js';
import { AccessService } from './access.service.js';
import type { SessionUser } from './session-user.js';

const logger = new Logger('AccessGuard');

/** Global guard: applies each operation's @Public(), @SignedIn() or @Allow(action) declaration. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (declaration?.kind === 'public') return true;
    const user = (requestOf(context).user as SessionUser | undefined) ?? null;
    if (!user) throw DomainError.unauthenticated();
    if (declaration?.kind === 'signedIn') return true;
    if (declaration?.kind === 'action') {
      await this.access.checkCall(user, declaration.action);
      return true;
    }
    // A forgotten declaration must not open an operation to everybody.
    logger.error(`${context.getClass().name}.${context.getHandler().name} has no @Public(), @SignedIn() or @Allow(): refused`);
    throw DomainError.forbidden();
  }
}
