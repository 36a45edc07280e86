/** RFC 5321 limit on a forward path. */
export const MAX_EMAIL_LENGTH = 254;

/** Addresses are compared and stored lower-cased: no provider here treats case as significant. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/**
 * Pragmatic check, not RFC 5322: a single @, something before it, a domain of dot-separated
 * labels, no whitespace. Delivery is what really proves an address.
 */
export function isValidEmail(email: string): boolean {
  return email.length <= MAX_EMAIL_LENGTH && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email);
}
