// Routes called by other servers (Stripe…), not by the portal: no session, no CSRF header, the
// request is trusted only once its signature over the exact bytes received has been checked.
import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { DomainError } from '@extranet/domain';
import type { Request } from 'express';
import { Public } from '../auth/decorators.js';

export const WEBHOOK_KEY = 'rest:webhook';

/**
 * Marks a webhook route: public (the caller has no session) and exempt from the CSRF header
 * (a server does not send it). The handler must verify the payload's signature before anything
 * else, e.g. `stripe.webhooks.constructEvent(body, signature, secret)` with `@SignedBody()`.
 */
export const Webhook = () => applyDecorators(Public(), SetMetadata(WEBHOOK_KEY, true));

/**
 * The request body exactly as received (a Buffer), for signature checks: re-serialising the
 * parsed JSON would not give the signed bytes back. Present for JSON bodies (`rawBody: true` in
 * createApp); anything else answers 400 before the handler runs.
 */
export const SignedBody = createParamDecorator((_: unknown, context: ExecutionContext): Buffer => {
  const raw = context.switchToHttp().getRequest<Request & { rawBody?: Buffer }>().rawBody;
  if (!Buffer.isBuffer(raw) || raw.length === 0) throw DomainError.badInput([], 'Le corps de la requête doit être du JSON.');
  return raw;
});
