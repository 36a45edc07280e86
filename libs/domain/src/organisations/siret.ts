const LA_POSTE_SIREN = '356000000';
/** La Poste's head office keeps the ordinary Luhn key; its other establishments do not. */
const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';

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

function hasValidLuhnKey(digits: string): boolean {
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    total += digit;
  }
  return total % 10 === 0;
}

function digitSum(digits: string): number {
  return [...digits].reduce((sum, digit) => sum + Number(digit), 0);
}
