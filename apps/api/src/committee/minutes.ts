// Minutes written in Markdown, turned into HTML the portal can show as is. Safe by construction
// rather than cleaned afterwards: raw HTML in the Markdown is shown as text (escaped), images are
// reduced to their description, links keep only http(s) and mailto addresses and open without
// passing the portal's address, and headings start at h2 (the page's h1 is the session's theme).
// (sanitize-html was the plan, but its parser htmlparser2 is ESM-only and cannot be loaded by the
// API's Jest runtime, so the tests could not cover it; this renderer needs nothing else.)
import { Marked, type Tokens } from 'marked';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escape(token.text);
    },
    image(token: Tokens.Image) {
      return escape(token.text);
    },
    link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      if (!SAFE_LINK.test(token.href.trim())) return text;
      return `<a href="${escape(token.href.trim())}" rel="noopener noreferrer nofollow">${text}</a>`;
    },
    heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
      const level = Math.min(Math.max(token.depth + 1, 2), 6);
      return `<h${level}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
    },
  },
});

export function renderMinutes(text: string): string {
  return markdown.parse(text) as string;
}
