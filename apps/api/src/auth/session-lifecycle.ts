import { Injectable } from '@nestjs/common';
import { DomainError } from '@extranet/domain';
import type { Request } from 'express';
import type { SessionUser } from '../common/auth/session-user.js';
import { UsersRepository } from './users.repository.js';

/** Opening and closing the server-side session of a request. */
@Injectable()
export class SessionLifecycle {
  constructor(private readonly users: UsersRepository) {}

  /** Signs `userId` in on this request; passport issues a new session id. */
  async open(req: Request, userId: string): Promise<SessionUser> {
    const user = await this.users.findActiveSessionUser(userId);
    if (!user) throw DomainError.unauthenticated();
    await new Promise<void>((resolve, reject) => req.logIn(user, (error) => (error ? reject(error) : resolve())));
    req.session.signedInAt = Date.now();
    return user;
  }

  /** Deletes the session from the store: its cookie is worthless afterwards. */
  async close(req: Request): Promise<void> {
    await new Promise<void>((resolve, reject) => req.logOut((error) => (error ? reject(error) : resolve())));
    await new Promise<void>((resolve, reject) => req.session.destroy((error) => (error ? reject(error) : resolve())));
  }
}
