import type { ObservableQuery } from '@apollo/client';
import { type OperatorFunction, filter, map } from 'rxjs';

/** One answer of a watched query; `loading` while a newer one is on its way. */
export interface Answer<TData> {
  data: TData | undefined;
  loading: boolean;
}

/**
 * The answers of a watched query, failing the stream on an error so that the resource built on it
 * reports the error instead of showing stale data.
 */
export function answers<TData>(): OperatorFunction<ObservableQuery.Result<TData>, Answer<TData>> {
  return map((result) => {
    if (result.error) {
      throw result.error;
    }
    // No query asks for partial data, so `data` is either complete or missing.
    return { data: result.data as TData | undefined, loading: result.loading };
  });
}

/**
 * What `pick` reads from each answer of a watched query; answers without it (nothing cached yet) are
 * skipped, and an error fails the stream as with `answers`.
 */
export function loaded<TData, T>(pick: (data: TData) => T | undefined): OperatorFunction<ObservableQuery.Result<TData>, T> {
  return (results) =>
    results.pipe(
      answers<TData>(),
      map(({ data }) => (data === undefined ? undefined : pick(data))),
      filter((value): value is T => value !== undefined),
    );
}

/**
 * The data of a query's or mutation's answer. Under Apollo's default error policy an answer with
 * errors fails the stream instead, so missing data means the answer itself was broken.
 */
export function dataOf<TData>(): OperatorFunction<{ data?: TData | undefined }, TData> {
  return map((result) => {
    if (result.data === undefined || result.data === null) {
      throw new Error('The API answered without data.');
    }
    return result.data;
  });
}
