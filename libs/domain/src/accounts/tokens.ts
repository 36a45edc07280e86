const HOUR_MS = 60 * 60 * 1000;

/** Invitations go to busy partners: a week leaves time to act on the e-mail. */
export const INVITATION_TTL_MS = 7 * 24 * HOUR_MS;
/** A reset link grants account access, so it lives only as long as a user plausibly needs. */
export const PASSWORD_RESET_TTL_MS = HOUR_MS;
/** A new sign-in address is confirmed from its own mailbox, often later the same day. */
export const EMAIL_CHANGE_TTL_MS = 24 * HOUR_MS;

export interface SingleUseToken {
  expiresAt: Date;
  usedAt: Date | null | undefined;
}

/** A token works once, and only strictly before its expiry. */
export function isTokenUsable({ expiresAt, usedAt }: SingleUseToken, now: Date): boolean {
  return usedAt == null && now.getTime() < expiresAt.getTime();
}

export function tokenExpiry(issuedAt: Date, ttlMs: number): Date {
  return new Date(issuedAt.getTime() + ttlMs);
}
