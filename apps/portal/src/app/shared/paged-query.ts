import { type Signal, computed, inject, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { PageEvent } from '@angular/material/paginator';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { Apollo, QueryRef } from 'apollo-angular';
import { toApiError } from './api-error';
import { PAGE_SIZES, listUrlState } from './list-url-state';
import { answers } from './watched-query';
import { APOLLO } from '../graphql/graphql-client';

/** The slice of the list a query asks for. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/** What the paginator needs from a paged list. */
export interface Paging {
  readonly total: Signal<number>;
  readonly pageIndex: Signal<number>;
  readonly pageSize: Signal<number>;
  readonly pageSizes: readonly number[];
  changePage(event: PageEvent): void;
}

/**
 * A list query read page by page and watched in the Apollo cache, with the paginator's state. The
 * filters (`filterParams`, each a query parameter's name) and the page live in the URL: see
 * `listUrlState`. A filter change goes back to the first page; the last page received stays on
 * screen while the next one loads. Call in an injection context.
 */
export function pagedQuery<
  TData,
  TVariables extends OperationVariables,
  TPage extends { items: unknown[]; total: number },
  TKey extends string,
>(options: {
  query: TypedDocumentNode<TData, TVariables>;
  filterParams: readonly TKey[];
  variables: (filter: Readonly<Record<TKey, string>>, page: PageWindow) => TVariables;
  page: (data: TData) => TPage;
}) {
  const apollo = inject(APOLLO);
  const state = listUrlState(options.filterParams);
  let queryRef: QueryRef<TData, TVariables> | null = null;

  const result = rxResource({
    params: computed(
      () =>
        options.variables(state.filter(), { offset: state.pageIndex() * state.pageSize(), limit: state.pageSize() }),
      // Variables are plain JSON: the same list asked twice is one query.
      { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
    ),
    stream: ({ params }) => {
      queryRef = apollo.watchQuery({ query: options.query, variables: params, fetchPolicy: 'cache-and-network' });
      return queryRef.valueChanges.pipe(answers<TData>());
    },
  });

  const page = linkedSignal<TPage | undefined, TPage | undefined>({
    source: () => {
      const data = result.hasValue() ? result.value().data : undefined;
      return data === undefined ? undefined : options.page(data);
    },
    computation: (page, previous) => page ?? previous?.value,
  });

  return {
    /** The filters as the URL has them ('' when absent). */
    filter: state.filter,
    /** Changes some filters ('' removes one) and goes back to the first page. */
    setFilter: state.setFilter,
    pageSizes: PAGE_SIZES,
    pageSize: state.pageSize,
    pageIndex: state.pageIndex,
    /** The page on screen, undefined until the first one arrives. */
    page: page.asReadonly(),
    items: computed(() => (page()?.items ?? []) as TPage['items']),
    total: computed(() => page()?.total ?? 0),
    loading: computed(() => result.isLoading() || (result.hasValue() && result.value().loading)),
    loadError: computed(() => {
      const error = result.error();
      return error ? toApiError(error) : null;
    }),
    changePage: state.changePage,
    /** Asks the server again for the page on screen. */
    refetch(): void {
      void queryRef?.refetch();
    },
  };
}
