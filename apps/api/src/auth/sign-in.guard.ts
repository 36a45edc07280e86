import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { DomainError } from '@extranet/domain';

/**
 * Runs passport-local on the `signIn` mutation: its input becomes the credentials, and a success
 * logs the user in (passport regenerates the session id, so a planted id is worthless).
 */
@Injectable()
export class SignInGuard extends AuthGuard('local') {
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
