import { hasValidLuhnKey, luhnKey } from './luhn.js';

const LA_POSTE_SIREN = '356000000';
/** La Poste's head office keeps the ordinary Luhn key; its other establishments do not. */
const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';

/** The example shown beside SIRET fields, grouped as on an INSEE notice; a valid SIRET. */
export const SIRET_EXAMPLE = '123 456 782 00010';

/** Removes the spaces people type or paste (including non-breaking ones from documents). */
export function normaliseSiret(raw: string): string {
  return raw.replace(/\s+/g, '');
}

/**
 * A SIRET is a 9-digit SIREN plus a 5-digit establishment number (NIC); both the SIREN and
 * the whole SIRET carry a Luhn key. La Poste has too many establishments for that scheme,
 * so INSEE only requires the sum of their digits to be a multiple of 5.
 */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE_SIRET) {
    return digitSum(siret) % 5 === 0;
  }
  return hasValidLuhnKey(siret.slice(0, 9)) && hasValidLuhnKey(siret);
}

function digitSum(digits: string): number {
  return [...digits].reduce((sum, digit) => sum + Number(digit), 0);
}

/**
 * The SIRET made of an 8-digit SIREN body and the first 4 digits of the establishment number,
 * with both Luhn keys computed. For demo and test data; not for La Poste's SIREN, which follows
 * another rule.
 */
export function siretWithKeys(sirenBody: string, establishment: string): string {
  if (!/^\d{8}$/.test(sirenBody) || !/^\d{4}$/.test(establishment)) {
    throw new RangeError(`expected 8 + 4 digits, got ${sirenBody} and ${establishment}`);
  }
  const siren = sirenBody + luhnKey(sirenBody);
  const siret = siren + establishment + luhnKey(siren + establishment);
  if (!isValidSiret(siret)) throw new RangeError(`${siret} falls under La Poste's rule`);
  return siret;
}

/** A valid SIRET for test data: the same for the same seed, different for seeds below 10 000 000. */
export function makeSiret(seed: number): string {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed ${seed} is not a natural number`);
  // A SIREN starting with 7 is never La Poste's 356…
  return siretWithKeys(`7${String(seed % 10_000_000).padStart(7, '0')}`, String(seed % 10_000).padStart(4, '0'));
}
