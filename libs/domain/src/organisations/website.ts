export const MAX_WEBSITE_LENGTH = 200;

// Scheme, a host of at least two labels (letters may be accented), an optional port, then a path
// without spaces, quotes, angle brackets, backslashes, control, zero-width or bidi characters: the
// address is put in links and e-mails, where any of those could end the attribute or fake the text.
const WEBSITE_PATTERN =
  /^https?:\/\/(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::(\d{1,5}))?(?:[/?#][^\s"'<>\\`\p{C}]*)?$/iu;
const MAX_PORT = 65_535;

/**
 * Returns the website as it will be stored and linked to, or null when it is not a usable
 * http(s) address of at most MAX_WEBSITE_LENGTH characters, `https://` included.
 */
export function normaliseWebsite(raw: string): string | null {
  const withScheme = addMissingScheme(raw);
  const match = WEBSITE_PATTERN.exec(withScheme);
  if (withScheme.length > MAX_WEBSITE_LENGTH || !match || Number(match[1] ?? 0) > MAX_PORT) return null;
  return withScheme.replace(/^https?:\/\/[^/?#]+/i, (origin) => origin.toLowerCase());
}

/** Partners often type `www.example.fr`; any address without a scheme is taken as https. */
export function addMissingScheme(raw: string): string {
  const trimmed = raw.trim();
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}
