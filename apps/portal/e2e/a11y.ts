import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails on any WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `accessibility violations on ${label}`).toEqual([]);
}

/**
 * Fails when the page is wider than its window: nothing may scroll sideways (a wide table scrolls
 * inside its own region). The message names the outermost elements that stick out. Checked until
 * the layout settles (a window just resized is measured again once the page has followed it).
 */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  await expect(async () => {
    const { overflow, culprits } = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].slice(0, 2).map((c) => `.${c}`).join('')}`;
      // An element sticks out by its box…
      const sticksOut = (e: Element | null) => !!e && e.getBoundingClientRect().right + window.scrollX > width + 1;
      // …or by a word of its own text wider than its box (an e-mail address), the box staying inside.
      const textSticksOut = (e: Element) =>
        getComputedStyle(e).overflowX === 'visible' &&
        [...e.childNodes].some((n) => {
          if (n.nodeType !== Node.TEXT_NODE) return false;
          const range = document.createRange();
          range.selectNodeContents(n);
          return range.getBoundingClientRect().right + window.scrollX > width + 1;
        });
      // What a box that clips or scrolls (a table's region) holds, inside the window, widens nothing.
      const clipped = (e: Element) => {
        for (let box = e.parentElement; box && box !== document.body; box = box.parentElement) if (getComputedStyle(box).overflowX !== 'visible' && !sticksOut(box)) return true;
        return false;
      };
      const outermost = [...document.body.querySelectorAll('*')].filter((e) => ((sticksOut(e) && !sticksOut(e.parentElement)) || textSticksOut(e)) && !clipped(e));
      return { overflow: document.documentElement.scrollWidth - width, culprits: outermost.slice(0, 3).map((e) => `${[e.parentElement?.parentElement, e.parentElement].filter(Boolean).map((p) => name(p!)).join(' > ')} > ${name(e)}`) };
    });
    expect(overflow, `${label} scrolls sideways by ${overflow} px (${culprits.join(', ')})`).toBeLessThanOrEqual(0);
  }).toPass({ timeout: 5_000 });
}
