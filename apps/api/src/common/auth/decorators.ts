import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { SessionUser } from './session-user.js';

export const PUBLIC_KEY = 'auth:public';
export const STAFF_ONLY_KEY = 'auth:staffOnly';

/** The operation works without a session (sign-in, password reset, invitation preview…). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Route-level role check for staff operations; the service still asks the access policy. */
export const StaffOnly = () => SetMetadata(STAFF_ONLY_KEY, true);

export function requestOf(context: ExecutionContext): Request {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
    : context.switchToHttp().getRequest<Request>();
}

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): SessionUser | null => (requestOf(context).user as SessionUser | undefined) ?? null,
);

export const CurrentRequest = createParamDecorator((_: unknown, context: ExecutionContext): Request => requestOf(context));
