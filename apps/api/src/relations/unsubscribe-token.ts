import { createHmac, timingSafeEqual } from 'node:crypto';

// The link in every news e-mail that turns news e-mails off without signing in. It carries the
// user's id (an opaque uuid, nothing else about the account) and an HMAC over it and its one
// purpose, so it cannot be forged for another user nor reused for anything else.
const PURPOSE = 'news-unsubscribe:v1:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function unsubscribeToken(secret: string, userId: string): string {
  return `${userId}.${signature(secret, userId)}`;
}

/** The user id the token was made for, or null when it is not one of ours. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [userId, given, ...rest] = token.split('.');
  if (!userId || !given || rest.length || !UUID.test(userId)) return null;
  const expected = Buffer.from(signature(secret, userId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? userId : null;
}

function signature(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(PURPOSE + userId).digest('base64url');
}
