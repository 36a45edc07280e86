import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request, Response } from 'express';
import { DomainError } from '@extranet/domain';
import type { SessionUser } from '../common/auth/session-user.js';
import { KnownDevices } from './known-device.js';

/**
 * Runs passport-local on the `signIn` mutation: its input becomes the credentials, and a success
 * logs the user in (passport regenerates the session id, so a planted id is worthless) and marks
 * the browser as known to the account (KnownDevices).
 */
@Injectable()
export class SignInGuard extends AuthGuard('local') {
  constructor(private readonly devices: KnownDevices) {
    super();
  }

  override getRequest(context: ExecutionContext): Request {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: Request }>().req;
    const { email, password } = gql.getArgs<{ input: { email: string; password: string } }>().input;
    req.body = { email, password };
    return req;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const allowed = (await super.canActivate(context)) as boolean;
    const req = this.getRequest(context);
    await super.logIn(req);
    req.session.signedInAt = Date.now();
    const res = GqlExecutionContext.create(context).getContext<{ res: Response }>().res;
    const cookie = this.devices.issue((req.user as SessionUser).id);
    res.cookie(cookie.name, cookie.value, cookie.options);
    return allowed;
  }

  // Keep our DomainError (wrong credentials, throttled) instead of a bare 401.
  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    // passport-local fails without calling us when a field is empty.
    if (!user) throw DomainError.badInput([{ field: 'email', message: 'Saisissez votre adresse e-mail et votre mot de passe.' }]);
    return user;
  }
}
