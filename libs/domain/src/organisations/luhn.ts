// The Luhn check used by SIREN and SIRET numbers (not exported from the package: see siret.ts).

/** Luhn from the right: double every second digit, subtract 9 above 9; valid when the total ends in 0. */
export function hasValidLuhnKey(digits: string): boolean {
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

/** The digit that, appended to `digits`, makes a number with a valid Luhn key. */
export function luhnKey(digits: string): string {
  const key = [...'0123456789'].find((candidate) => hasValidLuhnKey(digits + candidate));
  return key!;
}
