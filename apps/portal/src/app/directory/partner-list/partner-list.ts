import { ChangeDetectionStrategy, Component, computed, effect, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  CATEGORY_LABELS,
  COMMUNES,
  ORGANISATION_CATEGORIES,
  findCommune,
  isOrganisationCategory,
} from '@extranet/domain/organisations';
import { debounceTime, filter, map } from 'rxjs';
import type { OrganisationCategory, OrganisationFilter } from '../../graphql/types.generated';
import { ListPaginator } from '../../shared/list-paginator';
import { pagedQuery } from '../../shared/paged-query';
import { OrganisationsDocument, type OrganisationsQuery } from './partner-list.generated';
import { TableScroll } from '../../shared/table-scroll';

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
    TableScroll,
  ],
  templateUrl: './partner-list.html',
  styleUrl: './partner-list.scss',
})
export class PartnerList {
  protected readonly categories = ORGANISATION_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));
  protected readonly categoryLabels = CATEGORY_LABELS;
  protected readonly communes = COMMUNES;
  protected readonly columns = ['name', 'category', 'commune'];

  /** The URL holds the filters (`?recherche=…&categorie=…&commune=…&page=…`); the fields show them. */
  protected readonly partners = pagedQuery({
    query: OrganisationsDocument,
    filterParams: ['recherche', 'categorie', 'commune'],
    variables: (params, page) => ({ filter: organisationFilter(params), page }),
    page: (data) => data.organisations,
  });
  protected readonly hasFilter = computed(() => Object.values(this.partners.filter()).some(Boolean));

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly categoryControl = new FormControl<OrganisationCategory | ''>('', { nonNullable: true });
  protected readonly communeControl = new FormControl('', { nonNullable: true });

  constructor() {
    // URL → fields: on arrival, and when the URL changes under the page (a link to the bare list).
    effect(() => {
      const { recherche, categorie, commune } = this.partners.filter();
      untracked(() => {
        // Compared trimmed, so that a space being typed is not taken away.
        if (this.searchControl.value.trim() !== recherche) {
          this.searchControl.setValue(recherche, { emitEvent: false });
        }
        this.categoryControl.setValue(isOrganisationCategory(categorie) ? categorie : '', { emitEvent: false });
        this.communeControl.setValue(findCommune(commune) ? commune : '', { emitEvent: false });
      });
    });
    // Fields → URL: the search once the user stops typing, the lists at once.
    this.searchControl.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((value) => value.trim()),
        filter((search) => search !== this.partners.filter().recherche),
        takeUntilDestroyed(),
      )
      .subscribe((recherche) => this.partners.setFilter({ recherche }));
    this.categoryControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((categorie) => this.partners.setFilter({ categorie }));
    this.communeControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((commune) => this.partners.setFilter({ commune }));
  }

  protected clearFilters(): void {
    this.partners.setFilter({ recherche: '', categorie: '', commune: '' });
  }

  protected row(row: Row): Row {
    return row;
  }
}

/** The API's filter from the URL's; values the lists do not offer are ignored. */
function organisationFilter(params: Readonly<Record<'recherche' | 'categorie' | 'commune', string>>): OrganisationFilter {
  const filter: OrganisationFilter = {};
  const search = params.recherche.trim();
  if (search) filter.search = search;
  if (isOrganisationCategory(params.categorie)) filter.category = params.categorie;
  if (findCommune(params.commune)) filter.communeCode = params.commune;
  return filter;
}
