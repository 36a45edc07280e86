import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { LISTING_TYPE_LABELS, LISTING_TYPES, type ListingType, isListingType } from '@extranet/domain/listings';
import { COMMUNES, findCommune } from '@extranet/domain/organisations';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';
import type { ReviewQueueFilter } from '../../graphql/types.generated';
import { daysSince, durationInDays } from '../../listings/listing-format';
import { ListPaginator } from '../../shared/list-paginator';
import { pagedQuery } from '../../shared/paged-query';
import { type PartnerOption, ReviewData } from '../review-data';
import { ReviewQueueDocument, type ReviewQueueQuery } from '../review.generated';
import { TableScroll } from '../../shared/table-scroll';

export const PARTNER_SEARCH_DEBOUNCE_MS = 300;
/** « Waiting for at least N days » choices. */
export const AGE_OPTIONS: readonly { days: number; label: string }[] = [
  { days: 2, label: 'Plus de 2 jours' },
  { days: 7, label: 'Plus de 7 jours' },
  { days: 14, label: 'Plus de 14 jours' },
  { days: 30, label: 'Plus de 30 jours' },
];

type Row = ReviewQueueQuery['reviewQueue']['items'][number];
type FilterKey = 'type' | 'commune' | 'partenaire' | 'anciennete';

/** `/demandes` — the open change requests, oldest first, filtered in the URL. */
@Component({
  selector: 'app-review-queue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    ListPaginator,
    TableScroll,
  ],
  templateUrl: './review-queue.html',
  styleUrl: './review-queue.scss',
})
export class ReviewQueue {
  private readonly reviews = inject(ReviewData);

  protected readonly types = LISTING_TYPES.map((value) => ({ value, label: LISTING_TYPE_LABELS[value] }));
  protected readonly typeLabels = LISTING_TYPE_LABELS;
  protected readonly communes = COMMUNES;
  protected readonly ages = AGE_OPTIONS;
  protected readonly columns = ['listing', 'partner', 'type', 'commune', 'age', 'fields'];

  /** `?type=…&commune=…&partenaire=…&anciennete=…&page=…` */
  protected readonly queue = pagedQuery({
    query: ReviewQueueDocument,
    filterParams: ['type', 'commune', 'partenaire', 'anciennete'] as const,
    variables: (params, page) => ({ filter: queueFilter(params), page }),
    page: (data) => data.reviewQueue,
  });
  protected readonly hasFilter = computed(() => Object.values(this.queue.filter()).some(Boolean));

  protected readonly typeControl = new FormControl<ListingType | ''>('', { nonNullable: true });
  protected readonly communeControl = new FormControl('', { nonNullable: true });
  protected readonly ageControl = new FormControl('', { nonNullable: true });
  /** What staff type to find a partner; a chosen option puts its id in the URL. */
  protected readonly partnerControl = new FormControl<string | PartnerOption>('', { nonNullable: true });
  protected readonly partnerOptions = toSignal(
    this.partnerControl.valueChanges.pipe(
      filter((value): value is string => typeof value === 'string'),
      map((value) => value.trim()),
      debounceTime(PARTNER_SEARCH_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((search) => (search.length < 2 ? of([]) : this.reviews.partners(search).pipe(catchError(() => of([]))))),
    ),
    { initialValue: [] as PartnerOption[] },
  );

  constructor() {
    // URL → fields.
    effect(() => {
      const { type, commune, partenaire, anciennete } = this.queue.filter();
      untracked(() => {
        this.typeControl.setValue(isListingType(type) ? type : '', { emitEvent: false });
        this.communeControl.setValue(findCommune(commune) ? commune : '', { emitEvent: false });
        this.ageControl.setValue(ageDays(anciennete) ? anciennete : '', { emitEvent: false });
        this.showPartner(partenaire);
      });
    });
    // Fields → URL.
    this.typeControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((type) => this.queue.setFilter({ type }));
    this.communeControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((commune) => this.queue.setFilter({ commune }));
    this.ageControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((anciennete) => this.queue.setFilter({ anciennete }));
    // Emptying the partner field drops the partner filter.
    this.partnerControl.valueChanges
      .pipe(
        filter((value) => value === ''),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.queue.setFilter({ partenaire: '' }));
  }

  protected partnerName(option: PartnerOption | string | null): string {
    return typeof option === 'string' ? option : (option?.name ?? '');
  }

  protected choosePartner(event: MatAutocompleteSelectedEvent): void {
    const partner = event.option.value as PartnerOption;
    this.queue.setFilter({ partenaire: partner.id });
  }

  protected clearFilters(): void {
    this.partnerControl.setValue('', { emitEvent: false });
    this.queue.setFilter({ type: '', commune: '', partenaire: '', anciennete: '' });
  }

  protected ageOf(row: Row): string {
    return durationInDays(daysSince(row.submittedAt));
  }

  protected fieldsOf(row: Row): string {
    return row.changes.map((change) => change.label).join(', ');
  }

  protected row(row: Row): Row {
    return row;
  }

  /** The field shows the chosen partner's name (the URL only has its id). */
  private showPartner(id: string): void {
    const current = this.partnerControl.value;
    if (!id) {
      if (typeof current !== 'string') {
        this.partnerControl.setValue('', { emitEvent: false });
      }
      return;
    }
    if (typeof current !== 'string' && current.id === id) {
      return;
    }
    this.reviews.partner(id).subscribe({
      next: (partner) => this.partnerControl.setValue(partner, { emitEvent: false }),
      error: () => undefined,
    });
  }
}

function ageDays(value: string): number | null {
  const days = Number(value);
  return AGE_OPTIONS.some((option) => option.days === days) ? days : null;
}

/** The API's filter from the URL's; values the lists do not offer are ignored. */
export function queueFilter(params: Readonly<Record<FilterKey, string>>): ReviewQueueFilter {
  const result: ReviewQueueFilter = {};
  if (isListingType(params.type)) result.type = params.type;
  if (findCommune(params.commune)) result.communeCode = params.commune;
  if (params.partenaire) result.organisationId = params.partenaire;
  const minAgeDays = ageDays(params.anciennete);
  if (minAgeDays) result.minAgeDays = minAgeDays;
  return result;
}
