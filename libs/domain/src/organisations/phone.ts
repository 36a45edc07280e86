import { parsePhoneNumberWithError, type PhoneNumber } from 'libphonenumber-js/core';
// The "min" metadata (lengths and formats, ~40 kB) as a JS module: no JSON import for the portal's
// bundler or Jest's ESM runtime to special-case.
import metadata from 'libphonenumber-js/min/metadata';

/** The message for a number that cannot be read, with a French, a Swiss and an Italian example. */
export const INVALID_PHONE_MESSAGE =
  'Le numéro de téléphone n’est pas valide (exemples\u00A0: 04 50 41 53 85, +41 22 345 67 89, +39 347 123 4567).';

/** What a phone number may be typed with: digits, a leading +, and the usual separators. */
const TYPED = /^\+?[\d\s.\-/()]+$/;

/**
 * Reads a phone number as a partner types it and returns its international form, e.g.
 * `+33 4 50 41 53 85`, `+41 22 345 67 89` or `+39 347 123 4567`; null when it is not a valid number.
 *
 * Any country is accepted (guests and partners call from Italy, Belgium, Switzerland…), checked by
 * libphonenumber-js. A number without a country code is read as French: a leading 0 alone cannot tell
 * a Swiss number from a French one (`022 345 67 89` is also a valid French number), so Swiss and other
 * foreign numbers are typed with their code (+41, 0041).
 */
export function normalisePhone(raw: string): string | null {
  const number = parse(raw);
  return number ? number.formatInternational() : null;
}

/**
 * How a stored number is shown and pre-filled in a form: French numbers in the national form that
 * French users dial (`04 50 41 53 85`), every other number in international form, so that reading
 * it back gives the same number.
 */
export function displayPhone(stored: string | null | undefined): string {
  if (!stored) return '';
  const number = parse(stored);
  if (!number) return stored;
  return number.country === 'FR' ? number.formatNational() : number.formatInternational();
}

function parse(raw: string): PhoneNumber | null {
  // "+33 (0)4 50…" is a common way of writing the trunk prefix; it is not dialled.
  const typed = raw.trim().replace(/\(0\)/g, '');
  if (!typed || !TYPED.test(typed)) return null;
  try {
    const number = parsePhoneNumberWithError(typed.replace(/^00/, '+'), { defaultCountry: 'FR', extract: false }, metadata);
    return number.isValid() ? number : null;
  } catch {
    return null;
  }
}
