/**
 * French typography of displayed text: curly apostrophes (’), a non-breaking space (U+00A0 or
 * U+202F) before « : ; ? ! » and inside « ». `typographyProblems` reads the text a template shows
 * (between tags, outside `{{ }}`, and the usual text attributes) and names what is wrong.
 */

const TEXT_ATTRIBUTES = /\b(?:aria-label|label|busyLabel|title|placeholder|alt)="([^"]*)"/g;

/** The text a template displays: text nodes and text attributes, without bindings. */
export function displayedText(template: string): string[] {
  const withoutComments = decodeEntities(template.replace(/<!--[\s\S]*?-->/g, ' '));
  const attributes = [...withoutComments.matchAll(TEXT_ATTRIBUTES)].map((m) => m[1]!);
  const nodes = withoutComments
    // Attributes (bindings may hold `>`), then bindings and control flow: code, not text.
    .replace(/\s[[(*#]?[\w.:@-]+[\])]?="[^"]*"/g, ' ')
    .replace(/\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/@(?:if|else if|for|switch|case|let|defer)\b[^{]*\{/g, ' ')
    .replace(/<[^>]*>/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[{}]/g, ' ').trim())
    .filter((line) => /[A-Za-zÀ-ÿ]/.test(line));
  return [...nodes, ...attributes.filter((a) => !a.includes('{{'))];
}

function decodeEntities(html: string): string {
  return html.replace(/&nbsp;/g, '\u00a0').replace(/&#8239;/g, '\u202f').replace(/&amp;/g, '&');
}

/** What is wrong with one displayed text, as short French-free codes for the test's message. */
export function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(text)) problems.push('straight apostrophe');
  if (/[^\s\u00a0\u202f][:;?!](?=\s|$)/.test(text.replace(/https?:\/\/\S+/g, ''))) problems.push('no space before : ; ? !');
  if (/ [:;?!](?=\s|$)/.test(text)) problems.push('breaking space before : ; ? !');
  if (/«[ ]|[ ]»/.test(text) || /«[^\s\u00a0\u202f]|[^\s\u00a0\u202f]»/.test(text)) problems.push('no non-breaking space inside « »');
  return problems;
}

/**
 * Literals of TypeScript sources written in double quotes: with prettier's single quotes, a
 * double-quoted literal is one that holds a straight apostrophe.
 */
export function doubleQuotedLiterals(source: string): string[] {
  return [...source.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1]!).filter((s) => /[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(s));
}
