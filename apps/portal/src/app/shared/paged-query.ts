import { type Signal, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { PageEvent } from '@angular/material/paginator';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { Apollo, type QueryRef } from 'apollo-angular';
import { toApiError } from './api-error';
import { answers } from './watched-query';

export const PAGE_SIZES = [20, 50, 100];

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
 * A list query read page by page and watched in the Apollo cache, with the paginator's state.
 * Goes back to the first page whenever `filter()` changes; the last page received stays on screen
 * while the next one loads. Call in an injection context.
 */
export function pagedQuery<
  TData,
  TVariables extends OperationVariables,
  TPage extends { items: unknown[]; total: number },
  TFilter,
>(options: {
  query: TypedDocumentNode<TData, TVariables>;
  filter: () => TFilter;
  variables: (filter: TFilter, page: PageWindow) => TVariables;
  page: (data: TData) => TPage;
}) {
  const apollo = inject(Apollo);
  const pageSize = signal(PAGE_SIZES[0]!);
  const pageIndex = linkedSignal({ source: options.filter, computation: () => 0 });
  let queryRef: QueryRef<TData, TVariables> | null = null;

  const result = rxResource({
    params: () => options.variables(options.filter(), { offset: pageIndex() * pageSize(), limit: pageSize() }),
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
    pageSizes: PAGE_SIZES,
    pageSize: pageSize.asReadonly(),
    pageIndex: pageIndex.asReadonly(),
    /** The page on screen, undefined until the first one arrives. */
    page: page.asReadonly(),
    items: computed(() => (page()?.items ?? []) as TPage['items']),
    total: computed(() => page()?.total ?? 0),
    loading: computed(() => result.isLoading() || (result.hasValue() && result.value().loading)),
    loadError: computed(() => {
      const error = result.error();
      return error ? toApiError(error) : null;
    }),
    changePage(event: PageEvent): void {
      pageSize.set(event.pageSize);
      pageIndex.set(event.pageIndex);
    },
    /** Asks the server again for the page on screen. */
    refetch(): void {
      void queryRef?.refetch();
    },
  };
}
