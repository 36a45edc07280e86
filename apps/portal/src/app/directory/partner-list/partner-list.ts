import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { CATEGORY_LABELS, COMMUNES, ORGANISATION_CATEGORIES } from '@extranet/domain/organisations';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import type { OrganisationCategory, OrganisationFilter } from '../../graphql/types.generated';
import { ListPaginator } from '../../shared/list-paginator';
import { pagedQuery } from '../../shared/paged-query';
import { OrganisationsDocument, type OrganisationsQuery } from './partner-list.generated';

export const SEARCH_DEBOUNCE_MS = 300;

type Row = OrganisationsQuery['organisations']['items'][number];

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
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    ListPaginator,
  ],
  templateUrl: './partner-list.html',
  styleUrl: './partner-list.scss',
})
export class PartnerList {
  protected readonly categories = ORGANISATION_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));
  protected readonly categoryLabels = CATEGORY_LABELS;
  protected readonly communes = COMMUNES;
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

  protected readonly partners = pagedQuery({
    query: OrganisationsDocument,
    filter: this.filter,
    variables: (filter, page) => ({ filter, page }),
    page: (data) => data.organisations,
  });
  protected readonly hasFilter = computed(() => Object.keys(this.filter()).length > 0);

  protected clearFilters(): void {
    this.searchControl.setValue('');
    this.categoryControl.setValue('');
    this.communeControl.setValue('');
  }

  protected row(row: Row): Row {
    return row;
  }
}
