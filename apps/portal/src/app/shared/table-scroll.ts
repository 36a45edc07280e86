import { Directive, input } from '@angular/core';

/**
 * The one way a table meets a phone: wrapped in `<div appTableScroll="Liste des partenaires">`, it
 * scrolls sideways inside that box, never the page (390 px wide), and the box is a named region a
 * keyboard user can reach with Tab and scroll with the arrow keys (RGAA, axe's
 * scrollable-region-focusable). The label says what the table holds.
 */
@Directive({
  selector: '[appTableScroll]',
  host: {
    class: 'table-scroll',
    role: 'region',
    tabindex: '0',
    '[attr.aria-label]': 'label()',
  },
})
export class TableScroll {
  readonly label = input.required<string>({ alias: 'appTableScroll' });
}
