import type { Actor } from '../access/policy.js';

/** Templates whose message carries a single-use link that opens an account. */
const LINK_TEMPLATES = new Set(['invitation', 'password-reset']);

/**
 * Whether someone reading the outbox (« Courriels envoyés ») may see a message's single-use link.
 * With an SMTP server the recipient gets it by e-mail and nobody else needs it. Without one, staff
 * pass invitation links on (they may invite anyone already), but a password-reset link would let
 * them take over an existing account, an administrator's included: only administrators see those.
 */
export function mayReadSingleUseLink(reader: Actor, template: string, smtpConfigured: boolean): boolean {
  if (!LINK_TEMPLATES.has(template)) return true;
  if (smtpConfigured) return false;
  return template !== 'password-reset' || reader.globalRoles.includes('ADMIN');
}

export const MASKED_LINK = '[lien personnel masqué]';

/** The text with every link carrying a `token=…` replaced, whole, by a plain-language marker. */
export function maskSingleUseTokens(text: string): string {
  return text.replace(/\S*token=[A-Za-z0-9_-]+/g, MASKED_LINK);
}
