/** RFC 5321 limit on a forward path. */
export const MAX_EMAIL_LENGTH = 254;

/** Addresses are compared and stored lower-cased: no provider here treats case as significant. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** RFC 5321 limit on the part before the @. */
export const MAX_EMAIL_LOCAL_LENGTH = 64;

// The characters of an unquoted local part (RFC 5322 atext), plus letters, digits, marks and
// pictographs from outside ASCII (RFC 6531). Nothing that a mail library reads as syntax: no space,
// `<`, `>`, `"`, `,`, `;`, `:`, `(`, `)`, `[`, `]`, `\\`, `@`; no control, zero-width or bidi character.
const ATEXT = String.raw`[A-Za-z0-9!#$%&'*+/=?^_\x60{|}~\-\p{L}\p{N}\p{M}\p{So}]`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?`;
const ADDRESS = new RegExp(String.raw`^(${ATEXT}+(?:\.${ATEXT}+)*)@(${LABEL}(?:\.${LABEL})*\.(?:\p{L}{2,}|xn--[a-z0-9\-]+))$`, 'u');

/**
 * An address as mail libraries parse it: a dot-atom local part (at most 64 characters), one @, a
 * domain of at least two labels. An address that passes is read by Nodemailer's parser as exactly
 * this one address, so it can never add a recipient or a display name. Delivery is what really
 * proves an address.
 */
export function isValidEmail(email: string): boolean {
  if (email.length > MAX_EMAIL_LENGTH) return false;
  const match = ADDRESS.exec(email);
  return match !== null && match[1]!.length <= MAX_EMAIL_LOCAL_LENGTH;
}
