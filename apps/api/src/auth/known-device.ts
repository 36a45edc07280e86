import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { parse } from 'cookie';
import type { CookieOptions, Request } from 'express';
import { ENV, type Env } from '../config/env.js';
import { sessionSecret } from '../config/session-secret.js';

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The browsers an account has signed in from (OWASP's « device cookie »): after a successful
 * sign-in the browser keeps a signed cookie for that account. Wrong passwords typed by anyone
 * else lock the account for a minute, but not from a browser that carries its cookie, so an
 * attacker cannot lock the owner out; such a browser is throttled on its own count instead.
 *
 * The cookie holds a random device id and a MAC of (account, device): no account data, and it
 * proves nothing for another account. One cookie per account, named after a digest of its id.
 */
@Injectable()
export class KnownDevices {
  private readonly key: Buffer;
  private readonly secure: boolean;

  constructor(@Inject(ENV) env: Env) {
    this.key = createHash('sha256').update(`known-device:${sessionSecret(env)}`).digest();
    this.secure = env.PUBLIC_URL.startsWith('https://');
  }

  /** The cookie to set after `userId` signed in from this browser. */
  issue(userId: string): { name: string; value: string; options: CookieOptions } {
    const device = randomBytes(16).toString('base64url');
    return {
      name: this.cookieName(userId),
      value: `${device}.${this.mac(userId, device)}`,
      options: { httpOnly: true, sameSite: 'lax', secure: this.secure, maxAge: ONE_YEAR_MS, path: '/' },
    };
  }

  /** This browser's device id when it carries a valid cookie for `userId`, otherwise null. */
  recognise(req: Request, userId: string): string | null {
    const value = parse(req.headers.cookie ?? '')[this.cookieName(userId)];
    const [device, mac] = (value ?? '').split('.');
    if (!device || !mac) return null;
    const expected = Buffer.from(this.mac(userId, device));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? device : null;
  }

  private cookieName(userId: string): string {
    return `known_device_${createHmac('sha256', this.key).update(`name:${userId}`).digest('base64url').slice(0, 16)}`;
  }

  private mac(userId: string, device: string): string {
    return createHmac('sha256', this.key).update(`device:${userId}:${device}`).digest('base64url');
  }
}
