// News bodies and action descriptions written in Markdown, turned into HTML the portal shows as is
// and e-mails carry. Safe by construction rather than cleaned afterwards: raw HTML in the Markdown
// is shown as text (escaped), links and images keep only http(s) (and mailto/tel for links) and
// open without passing the portal's address, headings start at h2 (the page's h1 is the title).
// The domain already refuses scripts and `javascript:` links on save (markdownProblem); this is
// the second lock, applied to whatever reaches a reader.
// (sanitize-html was the plan, but its parser htmlparser2 12 is ES-only and cannot be loaded by
// the API's Jest runtime, so its use could not be tested; the committee feature made the same call.)
import { Marked, type Tokens } from 'marked';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const SAFE_LINK = /^(https?:\/\/|mailto:|tel:)/i;
const SAFE_IMAGE = /^https?:\/\//i;

type Inline = { parser: { parseInline(tokens: Tokens.Generic[]): string } };

const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escape(token.text);
    },
    image(token: Tokens.Image) {
      const href = token.href.trim();
      if (!SAFE_IMAGE.test(href)) return escape(token.text);
      return `<img src="${escape(href)}" alt="${escape(token.text)}">`;
    },
    link(this: Inline, token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      const href = token.href.trim();
      if (!SAFE_LINK.test(href)) return text;
      return `<a href="${escape(href)}" rel="noopener noreferrer">${text}</a>`;
    },
    heading(this: Inline, token: Tokens.Heading) {
      const level = Math.min(Math.max(token.depth + 1, 2), 6);
      return `<h${level}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
    },
  },
});

/** Markdown as safe HTML, for the portal (`[innerHTML]`, which Angular sanitises again) and e-mails. */
export function renderMarkdown(source: string): string {
  return markdown.parse(source) as string;
}
