import { type Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { PageEvent } from '@angular/material/paginator';
import { ActivatedRoute, type Params, Router } from '@angular/router';

export const PAGE_SIZES: readonly number[] = [20, 50, 100];
const DEFAULT_PAGE_SIZE = PAGE_SIZES[0]!;

/** The URL's names for the paginator's state: `?page=2&taille=50` (page counted from 1). */
const PAGE_PARAM = 'page';
const SIZE_PARAM = 'taille';

/** A list's filters and position, as the URL's query parameters say. */
export interface ListUrlState<TKey extends string> {
  /** Each filter's value, '' when absent from the URL. */
  readonly filter: Signal<Readonly<Record<TKey, string>>>;
  /** From 0. */
  readonly pageIndex: Signal<number>;
  readonly pageSize: Signal<number>;
  /** Changes some filters and goes back to the first page. '' removes a filter. */
  setFilter(changes: Partial<Record<TKey, string>>): void;
  changePage(event: PageEvent): void;
}

/**
 * Keeps a list's filters and page in the query parameters of the current route
 * (`/partenaires?recherche=gîte&page=3`): the back button, a link back to the list, a reload or a
 * shared address all show the same list. Changes replace the history entry rather than adding one,
 * so that « back » leaves the list instead of replaying each keystroke. Call in an injection context.
 */
export function listUrlState<TKey extends string>(filterParams: readonly TKey[]): ListUrlState<TKey> {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  const params = toSignal(route.queryParamMap, { requireSync: true });

  const filter = computed(
    () => Object.fromEntries(filterParams.map((key) => [key, params().get(key) ?? ''])) as Record<TKey, string>,
    { equal: (a, b) => filterParams.every((key) => a[key] === b[key]) },
  );
  const pageIndex = computed(() => {
    const page = Number(params().get(PAGE_PARAM));
    return Number.isInteger(page) && page > 1 ? page - 1 : 0;
  });
  const pageSize = computed(() => {
    const size = Number(params().get(SIZE_PARAM));
    return PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE;
  });

  const update = (changes: Params): void => {
    // null removes a parameter: the URL only says what differs from the list's first view.
    const queryParams = Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, value || null]));
    void router.navigate([], { relativeTo: route, queryParams, queryParamsHandling: 'merge', replaceUrl: true });
  };

  return {
    filter,
    pageIndex,
    pageSize,
    setFilter: (changes) => update({ ...changes, [PAGE_PARAM]: null }),
    changePage: (event) =>
      update({
        [PAGE_PARAM]: event.pageIndex > 0 ? event.pageIndex + 1 : null,
        [SIZE_PARAM]: event.pageSize !== DEFAULT_PAGE_SIZE ? event.pageSize : null,
      }),
  };
}
