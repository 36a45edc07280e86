import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Action } from '@extranet/domain';
import type { Request } from 'express';
import type { SessionUser } from './session-user.js';

/**
 * Who may call an operation, read by the global AccessGuard. Every resolver method and REST
 * route carries exactly one of these; one without any is refused (fail closed).
 */
export const ACCESS_KEY = 'access';
export type AccessDeclaration = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'action'; action: Action };

/** The operation works without a session (sign-in, password reset, invitation preview…). */
export const Public = () => SetMetadata<string, AccessDeclaration>(ACCESS_KEY, { kind: 'public' });

/** Any signed-in user, on their own account (change their password…). */
export const SignedIn = () => SetMetadata<string, AccessDeclaration>(ACCESS_KEY, { kind: 'signedIn' });

/**
 * The caller must be able to do `action` somewhere, by the shared policy (`decideCall`): global
 * actions are decided here; for a tenant action the service then decides on the loaded object.
 */
export const Allow = (action: Action) => SetMetadata<string, AccessDeclaration>(ACCESS_KEY, { kind: 'action', action });

export function requestOf(context: ExecutionContext): Request {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
    : context.switchToHttp().getRequest<Request>();
}

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): SessionUser | null => (requestOf(context).user as SessionUser | undefined) ?? null,
);

export const CurrentRequest = createParamDecorator((_: unknown, context: ExecutionContext): Request => requestOf(context));
