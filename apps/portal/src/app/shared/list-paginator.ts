import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatPaginatorModule } from '@angular/material/paginator';
import type { Paging } from './paged-query';

/** The paginator under a paged list (see `pagedQuery`); `label` names it for screen readers. */
@Component({
  selector: 'app-list-paginator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatPaginatorModule],
  template: `
    <mat-paginator
      [length]="paging().total()"
      [pageIndex]="paging().pageIndex()"
      [pageSize]="paging().pageSize()"
      [pageSizeOptions]="paging().pageSizes"
      [showFirstLastButtons]="true"
      (page)="paging().changePage($event)"
      [attr.aria-label]="label()"
    />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class ListPaginator {
  readonly paging = input.required<Paging>();
  readonly label = input.required<string>();
}
