import { COMMON_PASSWORDS } from './common-passwords.js';
import { normaliseEmail } from './email.js';

export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing stays cheap. */
export const MAX_PASSWORD_LENGTH = 128;

export interface PasswordContext {
  email?: string;
  name?: string;
}

/**
 * Follows NIST SP 800-63B: length and a blocklist, no composition rules (they push users to
 * predictable patterns such as `Motdepasse1!`). Returns the French message to show, or null.
 */
export function validateNewPassword(password: string, context: PasswordContext = {}): string | null {
  // Counted in characters, not UTF-16 units, so accented letters and emoji count once.
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `Le mot de passe doit comporter au moins ${MIN_PASSWORD_LENGTH} caractères.`;
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return `Le mot de passe ne doit pas dépasser ${MAX_PASSWORD_LENGTH} caractères.`;
  }
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered) || COMMON_PASSWORDS.has(lowered.trim())) {
    return 'Ce mot de passe est trop courant. Choisissez-en un autre, par exemple une phrase de quelques mots.';
  }
  if (new Set(password).size === 1) {
    return 'Le mot de passe ne doit pas répéter un seul caractère.';
  }
  if (context.email && normaliseEmail(password) === normaliseEmail(context.email)) {
    return 'Le mot de passe ne doit pas être votre adresse e-mail.';
  }
  if (context.name && lowered.trim() === context.name.trim().toLowerCase()) {
    return 'Le mot de passe ne doit pas être votre nom.';
  }
  return null;
}
