import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { CATEGORY_LABELS, COMMUNES, ORGANISATION_CATEGORIES } from '@extranet/domain';
import { Apollo } from 'apollo-angular';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import type { OrganisationCategory, OrganisationFilter } from '../../graphql/types.generated';
import { toApiError } from '../../shared/api-error';
import { OrganisationsDocument, type OrganisationsQuery } from './partner-list.generated';

export const SEARCH_DEBOUNCE_MS = 300;
export const PAGE_SIZES = [20, 50, 100];

type Page = OrganisationsQuery['organisations'];
type Row = Page['items'][number];

/** `/partenaires` — every partner, searchable by name and filterable by category and commune. */
@Component({
  selector: 'app-partner-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
  ],
  templateUrl: './partner-list.html',
  styleUrl: './partner-list.scss',
})
export class PartnerList {
  private readonly apollo = inject(Apollo);

  protected readonly categories = ORGANISATION_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));
  protected readonly categoryLabels = CATEGORY_LABELS;
  protected readonly communes = COMMUNES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['name', 'category', 'commune'];

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly categoryControl = new FormControl<OrganisationCategory | ''>('', { nonNullable: true });
  protected readonly communeControl = new FormControl('', { nonNullable: true });

  private readonly search = toSignal(
    this.searchControl.valueChanges.pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((value) => value.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  private readonly category = toSignal(this.categoryControl.valueChanges, { initialValue: '' as const });
  private readonly communeCode = toSignal(this.communeControl.valueChanges, { initialValue: '' });

  private readonly filter = computed<OrganisationFilter>(() => {
    const filter: OrganisationFilter = {};
    const search = this.search();
    const category = this.category();
    const communeCode = this.communeCode();
    if (search) filter.search = search;
    if (category) filter.category = category;
    if (communeCode) filter.communeCode = communeCode;
    return filter;
  });

  protected readonly pageSize = signal(PAGE_SIZES[0]!);
  /** Back to the first page whenever the filter changes. */
  protected readonly pageIndex = linkedSignal({ source: this.filter, computation: () => 0 });

  private readonly variables = computed(() => ({
    filter: this.filter(),
    page: { offset: this.pageIndex() * this.pageSize(), limit: this.pageSize() },
  }));

  private readonly result = rxResource({
    params: () => this.variables(),
    stream: ({ params }) =>
      this.apollo
        .watchQuery({ query: OrganisationsDocument, variables: params, fetchPolicy: 'cache-and-network' })
        .valueChanges.pipe(
          map((result) => {
            if (result.error) {
              throw result.error;
            }
            return { page: result.data?.organisations as Page | undefined, loading: result.loading };
          }),
        ),
  });

  /** The last page received, kept on screen while the next one loads. */
  protected readonly page = linkedSignal<Page | undefined, Page | undefined>({
    source: () => (this.result.hasValue() ? this.result.value().page : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly rows = computed<Row[]>(() => this.page()?.items ?? []);
  protected readonly total = computed(() => this.page()?.total ?? 0);
  protected readonly loading = computed(
    () => this.result.isLoading() || (this.result.hasValue() && this.result.value().loading),
  );
  protected readonly loadError = computed(() => {
    const error = this.result.error();
    return error ? toApiError(error) : null;
  });
  protected readonly hasFilter = computed(() => Object.keys(this.filter()).length > 0);

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected clearFilters(): void {
    this.searchControl.setValue('');
    this.categoryControl.setValue('');
    this.communeControl.setValue('');
  }

  protected row(row: Row): Row {
    return row;
  }
}
