import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import {
  FRESHNESS_LABELS,
  type Freshness,
  LISTING_TYPE_LABELS,
  LISTING_TYPES,
  type ListingType,
  isListingType,
} from '@extranet/domain/listings';
import { debounceTime, filter, map } from 'rxjs';
import { Session } from '../../auth/session';
import type { ListingFilter } from '../../graphql/types.generated';
import { organisationResource } from '../../organisation/organisation-data';
import { ListPaginator } from '../../shared/list-paginator';
import { pagedQuery } from '../../shared/paged-query';
import { FreshnessBadge, RequestStatusBadge } from '../listing-badges';
import { communeName } from '../listing-format';
import { ListingsDocument, type ListingRowFieldsFragment } from '../listings.generated';
import { TableScroll } from '../../shared/table-scroll';

export const SEARCH_DEBOUNCE_MS = 300;

type FilterKey = 'recherche' | 'type' | 'fraicheur';

/** `/organisation/:id/fiches` — « Mes fiches »: the organisation's listings, filtered in the URL. */
@Component({
  selector: 'app-listing-list',
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
    FreshnessBadge,
    RequestStatusBadge,
    TableScroll,
  ],
  templateUrl: './listing-list.html',
  styleUrl: './listing-list.scss',
})
export class ListingList {
  private readonly session = inject(Session);

  /** Route parameter `:id`: the organisation. */
  readonly id = input.required<string>();

  protected readonly types = LISTING_TYPES.map((value) => ({ value, label: LISTING_TYPE_LABELS[value] }));
  protected readonly typeLabels = LISTING_TYPE_LABELS;
  protected readonly freshnessOptions = (Object.keys(FRESHNESS_LABELS) as Freshness[]).map((value) => ({
    value,
    label: FRESHNESS_LABELS[value],
  }));
  protected readonly columns = ['name', 'type', 'commune', 'freshness', 'request'];
  protected readonly communeName = communeName;

  protected readonly organisation = organisationResource(() => this.id());
  protected readonly isMember = computed(() =>
    (this.session.user()?.memberships ?? []).some((m) => m.organisation.id === this.id()),
  );
  protected readonly canPropose = computed(() =>
    can(this.session.actor(), 'listing.submitChange', { organisationId: this.id() }),
  );

  /** The URL holds the filters (`?recherche=…&type=…&fraicheur=…&page=…`); the fields show them. */
  protected readonly listings = pagedQuery({
    query: ListingsDocument,
    filterParams: ['recherche', 'type', 'fraicheur'] as const,
    variables: (params, page) => ({ organisationId: this.id(), filter: listingFilter(params), page }),
    page: (data) => data.listings,
  });
  protected readonly hasFilter = computed(() => Object.values(this.listings.filter()).some(Boolean));

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly typeControl = new FormControl<ListingType | ''>('', { nonNullable: true });
  protected readonly freshnessControl = new FormControl<Freshness | ''>('', { nonNullable: true });

  constructor() {
    // URL → fields: on arrival, and when the URL changes under the page.
    effect(() => {
      const { recherche, type, fraicheur } = this.listings.filter();
      untracked(() => {
        if (this.searchControl.value.trim() !== recherche) {
          this.searchControl.setValue(recherche, { emitEvent: false });
        }
        this.typeControl.setValue(isListingType(type) ? type : '', { emitEvent: false });
        this.freshnessControl.setValue(isFreshness(fraicheur) ? fraicheur : '', { emitEvent: false });
      });
    });
    // Fields → URL: the search once the user stops typing, the lists at once.
    this.searchControl.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((value) => value.trim()),
        filter((search) => search !== this.listings.filter().recherche),
        takeUntilDestroyed(),
      )
      .subscribe((recherche) => this.listings.setFilter({ recherche }));
    this.typeControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((type) => this.listings.setFilter({ type }));
    this.freshnessControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((fraicheur) => this.listings.setFilter({ fraicheur }));
  }

  protected clearFilters(): void {
    this.listings.setFilter({ recherche: '', type: '', fraicheur: '' });
  }

  protected row(row: ListingRowFieldsFragment): ListingRowFieldsFragment {
    return row;
  }
}

function isFreshness(value: string): value is Freshness {
  return Object.hasOwn(FRESHNESS_LABELS, value);
}

/** The API's filter from the URL's; values the lists do not offer are ignored. */
export function listingFilter(params: Readonly<Record<FilterKey, string>>): ListingFilter {
  const result: ListingFilter = {};
  const search = params.recherche.trim();
  if (search) result.search = search;
  if (isListingType(params.type)) result.type = params.type;
  if (isFreshness(params.fraicheur)) result.freshness = params.fraicheur;
  return result;
}
