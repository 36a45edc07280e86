/** RFC 5321 limit on a forward path. */
export const MAX_EMAIL_LENGTH = 254;

/** Addresses are compared and stored lower-cased: no provider here treats case as significant. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

// Control characters and UTF-16 halves without their partner: never part of an address, and
// refused by PostgreSQL or the driver if they ever got that far.
const UNSAFE = /[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Pragmatic check, not RFC 5322: a single @, something before it, a domain of dot-separated
 * labels, no whitespace nor control characters. Delivery is what really proves an address.
 */
export function isValidEmail(email: string): boolean {
  return email.length <= MAX_EMAIL_LENGTH && !UNSAFE.test(email) && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email);
}
