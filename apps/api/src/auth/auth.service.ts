import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes, createHash } from 'node:crypto';
import {
  DomainError,
  EMAIL_CHANGE_TTL_MS,
  isTokenUsable,
  isValidEmail,
  normaliseEmail,
  PASSWORD_RESET_TTL_MS,
  tokenExpiry,
  validateNewPassword,
} from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { ENV, type Env } from '../config/env.js';
import { MailService } from '../mail/mail.service.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { EmailChangesRepository } from './email-changes.repository.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordResetsRepository } from './password-resets.repository.js';
import { SessionsRepository } from './sessions.repository.js';
import { Throttle, type ThrottledAction } from './throttle.js';
import { UsersRepository } from './users.repository.js';

/** A random single-use token; only its SHA-256 is stored. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const WRONG_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';
const logger = new Logger('AuthService');

/** Who is signing in, as far as throttling cares: the client's address and the browser's cookies. */
export interface SignInClient {
  ip: string | undefined;
  /** The browser's device id when it carries this account's known-device cookie (KnownDevices). */
  knownDevice(userId: string): string | null;
}
const ANONYMOUS_CLIENT: SignInClient = { ip: undefined, knownDevice: () => null };

@Injectable()
export class AuthService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly tx: TransactionRunner,
    private readonly users: UsersRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly emailChanges: EmailChangesRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: Throttle,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /**
   * Checks a sign-in attempt; the same answer whether the address is unknown or the password wrong.
   * Attempts count against the address and the account, except from a browser the account signed
   * in from before (its own count instead: nobody can lock the owner out of its usual browser),
   * and against the client's address whatever the account. A success gives its attempts back.
   */
  async verifyCredentials(rawEmail: string, password: string, client: SignInClient = ANONYMOUS_CLIENT): Promise<SessionUser> {
    const email = normaliseEmail(String(rawEmail ?? ''));
    if (!isValidEmail(email) || !password) {
      throw DomainError.badInput([
        ...(!isValidEmail(email) ? [{ field: 'email', message: 'Saisissez une adresse e-mail valide.' }] : []),
        ...(!password ? [{ field: 'password', message: 'Saisissez votre mot de passe.' }] : []),
      ]);
    }
    const account = await this.users.findCredentials(email);
    const device = account ? client.knownDevice(account.id) : null;
    const counts: [ThrottledAction, (string | null | undefined)[]][] = [
      ['sign-in-client', [client.ip]],
      device ? ['sign-in-device', [`${account!.id}:${device}`]] : ['sign-in', [email, account?.id]],
    ];
    try {
      for (const [action, keys] of counts) await this.throttle.consume(action, keys);
    } catch (error) {
      // Only a refusal by a limit is a throttled attempt; a database failure is an internal error.
      if (error instanceof DomainError && error.code === 'TOO_MANY_REQUESTS') {
        await this.audit.record({ action: 'auth.signIn', outcome: 'DENIED', actorUserId: account?.id, actorEmail: email, detail: { reason: 'throttled' } });
      }
      throw error;
    }
    const passwordMatches = await this.hasher.verify(account?.passwordHash, password);
    const user = passwordMatches && account?.active ? await this.users.findActiveSessionUser(account.id) : null;
    if (!user) {
      await this.audit.record({ action: 'auth.signIn', outcome: 'FAILURE', actorUserId: account?.id, actorEmail: email });
      throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    for (const [action, keys] of counts) await this.throttle.refund(action, keys);
    await this.audit.record({ action: 'auth.signIn', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email });
    return user;
  }

  /**
   * Answers at once, the same way whether or not the address is known: the lookup, the link and
   * the e-mail happen after the answer. One client address sending many requests is refused; one
   * address targeted many times silently gets no more than 5 links an hour (the links already
   * sent stay valid, so a flood cannot block the owner's reset).
   */
  async requestPasswordReset(rawEmail: string, clientIp?: string): Promise<void> {
    const email = normaliseEmail(String(rawEmail ?? ''));
    if (!isValidEmail(email)) throw DomainError.badInput([{ field: 'email', message: 'Saisissez une adresse e-mail valide.' }]);
    await this.throttle.consume('password-reset-client', [clientIp]);
    setImmediate(() => {
      this.sendResetLink(email).catch((error: unknown) => {
        logger.error(`password reset for a requested address failed: ${error instanceof Error ? error.stack : String(error)}`);
      });
    });
  }

  private async sendResetLink(email: string): Promise<void> {
    const user = await this.users.findActiveByEmail(email);
    if (user && !(await this.throttle.tryConsume('password-reset', [email]))) {
      await this.audit.record({ action: 'auth.passwordResetRequested', outcome: 'DENIED', actorUserId: user.id, actorEmail: email, detail: { reason: 'throttled' } });
      return;
    }
    await this.audit.record({ action: 'auth.passwordResetRequested', outcome: user ? 'SUCCESS' : 'FAILURE', actorUserId: user?.id, actorEmail: email });
    if (!user) return;
    const { token, tokenHash } = newToken();
    await this.tx.run(async () => {
      await this.resets.create({ userId: user.id, tokenHash, expiresAt: tokenExpiry(new Date(), PASSWORD_RESET_TTL_MS) });
      await this.mail.enqueue('password-reset', user.email, {
        name: user.name,
        link: `${this.env.PUBLIC_URL}/reinitialiser?token=${token}`,
      });
    });
  }

  async resetPassword(token: string, password: string): Promise<void> {
    const reset = await this.resets.findByTokenHash(hashToken(String(token ?? '')));
    if (!reset || !reset.user.active || !isTokenUsable(reset, new Date())) {
      await this.audit.record({ action: 'auth.passwordReset', outcome: 'FAILURE', actorUserId: reset?.userId, actorEmail: reset?.user.email, detail: { reason: reset ? 'expired, used or inactive' : 'unknown link' } });
      throw DomainError.badInput([{ field: 'token', message: 'Ce lien de réinitialisation n’est plus valable. Demandez-en un nouveau.' }]);
    }
    const problem = validateNewPassword(password, { email: reset.user.email, name: reset.user.name });
    if (problem) throw DomainError.badInput([{ field: 'password', message: problem }]);
    const passwordHash = await this.hasher.hash(password);
    await this.tx.run(async () => {
      // Marking it used first, conditionally, makes two concurrent uses of one link impossible.
      if (!(await this.resets.markUsed(reset.id))) {
        throw DomainError.badInput([{ field: 'token', message: 'Ce lien de réinitialisation a déjà été utilisé.' }]);
      }
      await this.users.setPassword(reset.userId, passwordHash);
      await this.resets.invalidateAllForUser(reset.userId); // older links die with the old password
      await this.sessions.revokeAllForUser(reset.userId);
      await this.audit.record({ action: 'auth.passwordReset', outcome: 'SUCCESS', actorUserId: reset.userId, actorEmail: reset.user.email });
    });
  }

  /**
   * Starts a change of the sign-in address: the current password proves it is the account's owner,
   * and the change waits for the link sent to the new address, so a typo or someone else's address
   * never takes over the account. Nothing changes until the link is followed.
   */
  async requestEmailChange(user: SessionUser, rawEmail: string, currentPassword: string): Promise<string> {
    const newEmail = normaliseEmail(String(rawEmail ?? ''));
    if (!isValidEmail(newEmail)) throw DomainError.badInput([{ field: 'newEmail', message: 'Saisissez une adresse e-mail valide.' }]);
    if (newEmail === user.email) throw DomainError.badInput([{ field: 'newEmail', message: 'C’est déjà votre adresse de connexion.' }]);
    await this.throttle.consume('sign-in', [user.email, user.id]);
    const stored = await this.users.findPasswordHash(user.id);
    if (!(await this.hasher.verify(stored?.passwordHash, currentPassword))) {
      await this.audit.record({ action: 'auth.emailChangeRequested', outcome: 'FAILURE', actorUserId: user.id, actorEmail: user.email, detail: { reason: 'wrong password' } });
      throw DomainError.badInput([{ field: 'currentPassword', message: 'Le mot de passe actuel est incorrect.' }]);
    }
    if (await this.users.findByEmail(newEmail)) {
      throw DomainError.badInput([{ field: 'newEmail', message: 'Un autre compte utilise déjà cette adresse.' }]);
    }
    const { token, tokenHash } = newToken();
    await this.tx.run(async () => {
      await this.emailChanges.invalidateAllForUser(user.id); // only the latest request counts
      await this.emailChanges.create({ userId: user.id, newEmail, tokenHash, expiresAt: tokenExpiry(new Date(), EMAIL_CHANGE_TTL_MS) });
      await this.mail.enqueue('email-change', newEmail, { name: user.name, newEmail, link: `${this.env.PUBLIC_URL}/confirmer-adresse?token=${token}` });
      await this.audit.record({ action: 'auth.emailChangeRequested', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, detail: { newEmail } });
    });
    return newEmail;
  }

  /** Follows the link sent to the new address: the address changes, the old one is told. */
  async confirmEmailChange(token: string): Promise<string> {
    const change = await this.emailChanges.findByTokenHash(hashToken(String(token ?? '')));
    if (!change || !change.user.active || !isTokenUsable(change, new Date())) {
      await this.audit.record({ action: 'auth.emailChange', outcome: 'FAILURE', actorUserId: change?.userId, actorEmail: change?.user.email, detail: { reason: change ? 'expired, used or inactive' : 'unknown link' } });
      throw DomainError.badInput([{ field: 'token', message: 'Ce lien de confirmation n’est plus valable. Refaites la demande depuis «\u00a0Mon compte\u00a0».' }]);
    }
    return this.tx.run(async () => {
      // Marking it used first, conditionally, makes two concurrent uses of one link impossible.
      if (!(await this.emailChanges.markUsed(change.id))) {
        throw DomainError.badInput([{ field: 'token', message: 'Ce lien de confirmation a déjà été utilisé.' }]);
      }
      if (await this.users.findByEmail(change.newEmail)) {
        throw DomainError.badInput([{ field: 'token', message: 'Un autre compte utilise désormais cette adresse\u00a0: choisissez-en une autre depuis «\u00a0Mon compte\u00a0».' }]);
      }
      await this.users.setEmail(change.userId, change.newEmail);
      await this.resets.invalidateAllForUser(change.userId); // reset links went to the old address
      await this.mail.enqueue('email-changed', change.user.email, { name: change.user.name, oldEmail: change.user.email, newEmail: change.newEmail });
      await this.audit.record({ action: 'auth.emailChange', outcome: 'SUCCESS', actorUserId: change.userId, actorEmail: change.newEmail, detail: { before: change.user.email, after: change.newEmail } });
      return change.newEmail;
    });
  }

  /** Changes the password and signs out every other session of the account. */
  async changePassword(user: SessionUser, currentSessionId: string, currentPassword: string, newPassword: string): Promise<void> {
    await this.throttle.consume('sign-in', [user.email, user.id]);
    const stored = await this.users.findPasswordHash(user.id);
    if (!(await this.hasher.verify(stored?.passwordHash, currentPassword))) {
      await this.audit.record({ action: 'auth.passwordChange', outcome: 'FAILURE', actorUserId: user.id, actorEmail: user.email });
      throw DomainError.badInput([{ field: 'currentPassword', message: 'Le mot de passe actuel est incorrect.' }]);
    }
    const problem = validateNewPassword(newPassword, { email: user.email, name: user.name });
    if (problem) throw DomainError.badInput([{ field: 'newPassword', message: problem }]);
    const passwordHash = await this.hasher.hash(newPassword);
    await this.tx.run(async () => {
      await this.users.setPassword(user.id, passwordHash);
      await this.resets.invalidateAllForUser(user.id);
      await this.sessions.revokeAllForUser(user.id, currentSessionId);
      await this.audit.record({ action: 'auth.passwordChange', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email });
    });
  }
}
