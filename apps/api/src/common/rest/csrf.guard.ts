import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@extranet/domain';
import type { Request } from 'express';
import { WEBHOOK_KEY } from './webhook.js';

/**
 * The header a REST call that changes state must carry (any value; the portal sends
 * `XMLHttpRequest`). A page on another site can make the browser send a form or a `text/plain`
 * POST with the user's cookie, but not a custom header without a CORS preflight, which this API
 * never grants. GraphQL gets the same defence from Apollo's `csrfPrevention`.
 */
export const CSRF_HEADER = 'X-Requested-With';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Global guard for REST routes: POST/PUT/PATCH/DELETE need CSRF_HEADER, except `@Webhook()` routes. */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'http') return true; // GraphQL: Apollo's csrfPrevention
    const req = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(req.method)) return true;
    if (this.reflector.getAllAndOverride<boolean>(WEBHOOK_KEY, [context.getHandler(), context.getClass()])) return true;
    if (req.header(CSRF_HEADER)) return true;
    throw new DomainError('FORBIDDEN', `Requête refusée : l’en-tête ${CSRF_HEADER} est requis pour modifier des données.`);
  }
}
