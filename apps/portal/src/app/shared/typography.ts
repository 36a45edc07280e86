import * as ts from 'typescript';

/**
 * French typography of displayed text: curly apostrophes (’), a non-breaking space (U+00A0 or
 * U+202F) before « : ; ? ! » and inside « », counts in the singular or the plural, never « (s) ».
 * `typographyProblems` names what is wrong in a text; `displayedText` reads the text a template
 * shows (between tags, outside `{{ }}`, and the usual text attributes);
 * `scriptTexts` reads the inline templates and prose literals of a TypeScript source. Used by the
 * typography test only (never imported by the portal itself).
 */

const TEXT_ATTRIBUTES = /\b(?:aria-label|label|busyLabel|title|placeholder|alt|appTableScroll)="([^"]*)"/g;

/** The text a template displays: text nodes and text attributes, without bindings. */
export function displayedText(template: string): string[] {
  const withoutComments = decodeEntities(template.replace(/<!--[\s\S]*?-->/g, ' '));
  const attributes = [...withoutComments.matchAll(TEXT_ATTRIBUTES)].map((m) => m[1]!);
  const nodes = withoutComments
    // Attributes (bindings may hold `>`), then bindings and control flow: code, not text.
    .replace(/\s[[(*#]?[\w.:@-]+[\])]?="[^"]*"/g, ' ')
    .replace(/\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/@let\b[^;]*;/g, ' ')
    .replace(/@(?:if|else if|for|switch|case|let|defer)\b[^{]*\{/g, ' ')
    .replace(/<[^>]*>/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[{}]/g, ' ').trim())
    .filter((line) => /[A-Za-zÀ-ÿ]/.test(line));
  return [...nodes, ...attributes.filter((a) => !a.includes('{{')), ...boundLiterals(withoutComments)];
}

/** The prose string literals of a template's code: `{{ n > 1 ? 'les … ' : '…' }}`, `[attr.aria-label]="'…' + x"`. */
function boundLiterals(template: string): string[] {
  const code = [...template.matchAll(/\{\{([\s\S]*?)\}\}|\s\[[\w.-]+\]="([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
  return code.flatMap((expression) => [...expression.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))))).filter(isProse);
}

function decodeEntities(html: string): string {
  return html.replace(/&nbsp;/g, '\u00a0').replace(/&#8239;/g, '\u202f').replace(/&amp;/g, '&');
}

/** What is wrong with one displayed text, as short French-free codes for the test's message. */
export function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(text)) problems.push('straight apostrophe');
  if (/[^\s\u00a0\u202f][:;?!](?=\s|$)/.test(text.replace(/https?:\/\/\S+|\bjavascript:/g, ''))) problems.push('no space before : ; ? !');
  if (/ [:;?!](?=\s|$)/.test(text)) problems.push('breaking space before : ; ? !');
  if (/[A-Za-zÀ-ÿ]\(s\)/.test(text)) problems.push('« (s) » instead of a singular or a plural');
  if (/«[ ]|[ ]»/.test(text) || /«[^\s\u00a0\u202f]|[^\s\u00a0\u202f]»/.test(text)) problems.push('no non-breaking space inside « »');
  return problems;
}

const SOURCE_ONLY = new Set(['styles', 'selector', 'templateUrl', 'styleUrl', 'styleUrls', 'host']);
const LETTERS = /[A-Za-zÀ-ÿ]/;

/**
 * The text a TypeScript source may show: its components' inline templates (read like a `.html`
 * file) and its string literals that read as French prose (two words, or a guillemet or an
 * apostrophe), one text per piece of a template literal. Left out: imports, styles and selectors,
 * tagged templates (GraphQL documents), and the developer messages of `new Error(…)` and of the
 * API's `logger.warn(…)` (and its siblings).
 */
export function scriptTexts(source: string): string[] {
  const file = ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTaggedTemplateExpression(node)) return;
    if (ts.isNewExpression(node) && /^(Range|Type)?Error$/.test(node.expression.getText(file))) return;
    if (ts.isCallExpression(node) && /\blogger\.(log|warn|error|debug|verbose)$/i.test(node.expression.getText(file))) return;
    if (ts.isPropertyAssignment(node)) {
      const name = node.name.getText(file);
      if (SOURCE_ONLY.has(name)) return;
      if (name === 'template' && ts.isNoSubstitutionTemplateLiteral(node.initializer)) {
        texts.push(...displayedText(node.initializer.text));
        return;
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (isProse(node.text)) texts.push(node.text);
    } else if (ts.isTemplateExpression(node)) {
      const pieces = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (isProse(pieces.join(' '))) texts.push(...pieces.filter((piece) => LETTERS.test(piece) || /[«»:;?!]/.test(piece)));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

function isProse(text: string): boolean {
  if (/[{}<>]/.test(text)) return false;
  // A separator such as ' : ' between two values is displayed text too.
  if (/(^|[ \u00a0\u202f])[:;?!]([ \u00a0\u202f]|$)/.test(text) && text.trim().length < text.length) return true;
  return /[A-Za-zÀ-ÿ]{2,}[ \u00a0\u202f]*[:;?!,]?[ \u00a0\u202f]+[A-Za-zÀ-ÿ]/.test(text) || /[«»’]/.test(text) || /[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(text);
}
