/**
 * Normalises a French or Swiss phone number (the territory borders Geneva) to its
 * international form, e.g. `+33 4 50 41 53 85` or `+41 22 345 67 89`.
 * Returns null when the number is neither.
 */
export function normalisePhone(raw: string): string | null {
  // "+33 (0)4 50…" is a common way of writing the trunk prefix; it is not dialled.
  const digits = raw.replace(/\(0\)/g, '').replace(/[\s.\-/()]/g, '');

  const french = /^(?:(?:\+33|0033)0?|0)([1-9]\d{8})$/.exec(digits);
  if (french) {
    const [first, ...pairs] = splitAt(french[1]!, [1, 2, 2, 2, 2]);
    return `+33 ${first} ${pairs.join(' ')}`;
  }
  // A leading 0 alone is read as French; Swiss numbers need their country code.
  const swiss = /^(?:\+41|0041)0?([1-9]\d{8})$/.exec(digits);
  if (swiss) {
    return `+41 ${splitAt(swiss[1]!, [2, 3, 2, 2]).join(' ')}`;
  }
  return null;
}

function splitAt(digits: string, sizes: readonly number[]): string[] {
  const groups: string[] = [];
  let start = 0;
  for (const size of sizes) {
    groups.push(digits.slice(start, start + size));
    start += size;
  }
  return groups;
}
