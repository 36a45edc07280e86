// What a news body written in Markdown may not carry. The API renders it with marked and then
// sanitises the HTML (sanitize-html) whatever passes here; this check refuses, with a French
// message, what is clearly meant to run in a reader's browser, so staff learn it at once instead
// of seeing it silently removed.

const SCRIPT_TAG = /<\s*\/?\s*script\b/i;
// A link or an image whose target uses a scripting scheme, in Markdown (`](javascript:…)`,
// `<javascript:…>`, a reference definition) or in raw HTML (`href=`, `src=`). Entities and
// whitespace inside the scheme name are normalised first: browsers ignore them too.
const SCRIPT_SCHEMES = /(?:^|[\s("'<=\]:])(?:javascript|vbscript|data\s*:\s*text\/html)\s*:/i;
const SCRIPT_SCHEME_PREFIX = /(javascript|vbscript)\s*:/i;
const EVENT_HANDLER = /<[^>]*\son[a-z]+\s*=/i;

function normalised(text: string): string {
  return text
    .replace(/&#x0*([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#0*([0-9]+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(colon|tab|newline);/gi, (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()] ?? '')
    .replace(/[\u0000-\u001F\u007F]+/g, '');
}

/** Why this Markdown is refused, in French, or null when it may be saved. */
export function markdownProblem(markdown: string): string | null {
  const text = normalised(markdown);
  if (SCRIPT_TAG.test(text)) return 'Le texte ne peut pas contenir de script.';
  if (EVENT_HANDLER.test(text)) return 'Le texte ne peut pas contenir de code HTML actif (attribut «\u00a0on…\u00a0»).';
  // Collapse spaces inside the scheme (`java script:` is not a scheme, but `java\tscript:` was
  // removed above as a control character, like browsers do).
  if (SCRIPT_SCHEMES.test(text) || SCRIPT_SCHEME_PREFIX.test(text.replace(/\s+/g, ''))) {
    return 'Le texte ne peut pas contenir de lien «\u00a0javascript:\u00a0» ni d’autre lien qui exécute du code.';
  }
  return null;
}
