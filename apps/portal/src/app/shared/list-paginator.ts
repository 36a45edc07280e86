import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { FrenchPaginatorIntl } from './french-paginator-intl';
import type { Paging } from './paged-query';

/**
 * The paginator under a paged list (see `pagedQuery`); `label` names it for screen readers. Its
 * French labels are provided here rather than in the app's config: the paginator (and the select,
 * form field and forms it brings) then stays out of the initial bundle.
 */
@Component({
  selector: 'app-list-paginator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatPaginatorModule],
  providers: [{ provide: MatPaginatorIntl, useClass: FrenchPaginatorIntl }],
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
