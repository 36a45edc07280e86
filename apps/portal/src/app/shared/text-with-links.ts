import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface TextSegment {
  text: string;
  href: string | null;
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]»]/g;

/** Splits plain text into text and http(s) links, without ever interpreting it as HTML. */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    if (start > last) {
      segments.push({ text: text.slice(last, start), href: null });
    }
    segments.push({ text: match[0], href: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) {
    segments.push({ text: text.slice(last), href: null });
  }
  return segments;
}

/** Shows a plain-text message (e.g. an e-mail body) keeping its line breaks, with clickable links. */
@Component({
  selector: 'app-text-with-links',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="text">@for (segment of segments(); track $index) {@if (segment.href) {<a [href]="segment.href">{{ segment.text }}</a>} @else {{{ segment.text }}}}</p>`,
  styles: `
    .text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 0;
    }
  `,
})
export class TextWithLinks {
  readonly text = input.required<string>();
  protected readonly segments = computed(() => linkify(this.text()));
}
