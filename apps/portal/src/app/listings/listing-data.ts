import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { ListingContent, ListingType } from '@extranet/domain/listings';
import type { Apollo } from 'apollo-angular';
import { type Observable, catchError, map, throwError } from 'rxjs';
import type { ApiError } from '../shared/api-error';
import { GENERIC_ERROR_MESSAGE, NETWORK_ERROR_MESSAGE } from '../shared/api-error';
import { dataOf, loaded } from '../shared/watched-query';
import {
  type ChangeRequestFieldsFragment,
  ConfirmListingUnchangedDocument,
  type ConfirmListingUnchangedMutation,
  ListingDocument,
  type ListingFieldsFragment,
  ListingHistoryDocument,
  ListingTodoDocument,
  type ListingTodoQuery,
  ProposeListingDocument,
  SubmitListingChangeDocument,
  WithdrawChangeRequestDocument,
} from './listings.generated';
import { APOLLO } from '../graphql/graphql-client';

export type ChangeRequestView = ChangeRequestFieldsFragment;
export type ListingTodo = ListingTodoQuery['listingTodo'];

/** What the photo upload answers (`POST /api/organisations/:id/photos`). */
export interface UploadedPhoto {
  id: string;
  url: string;
  thumbnailUrl: string;
  contentType: string;
  size: number;
}

/** The thumbnail of a stored photo, served to whoever may read the organisation's listings. */
export function thumbnailUrl(photoId: string): string {
  return `/api/photos/${encodeURIComponent(photoId)}/thumbnail`;
}

/**
 * Reads and writes of listings and their change requests; the Apollo cache is where they live.
 * A partner never writes a listing itself: every save is a change request the office reviews.
 */
@Injectable({ providedIn: 'root' })
export class ListingData {
  private readonly apollo = inject(APOLLO);
  private readonly http = inject(HttpClient);

  watch(id: string): Observable<ListingFieldsFragment> {
    return this.apollo
      .watchQuery({ query: ListingDocument, variables: { id }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): ListingFieldsFragment => data.listing));
  }

  /** Asks the server for the listing as it is now; every page watching it follows. */
  reload(id: string): Observable<ListingFieldsFragment> {
    return this.apollo
      .query({ query: ListingDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(
        dataOf(),
        map((data) => data.listing),
      );
  }

  /** Every request about the listing, newest first. */
  history(listingId: string): Observable<ChangeRequestView[]> {
    return this.apollo
      .watchQuery({ query: ListingHistoryDocument, variables: { listingId }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): ChangeRequestView[] => data.listingHistory));
  }

  todo(organisationId: string): Observable<ListingTodo> {
    return this.apollo
      .watchQuery({ query: ListingTodoDocument, variables: { organisationId }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded((data): ListingTodo => data.listingTodo));
  }

  /**
   * Proposes `content` for the listing loaded at `version`: creates its change request, or replaces
   * the open one. The published listing is untouched until the office decides.
   */
  submitChange(listingId: string, version: number, content: ListingContent): Observable<ChangeRequestView> {
    return this.apollo
      .mutate({
        mutation: SubmitListingChangeDocument,
        variables: { input: { listingId, version, content } },
        update: (cache, { data }) => {
          const request = data?.submitListingChange;
          if (request) {
            cache.modify({
              id: cache.identify({ __typename: 'Listing', id: listingId }),
              fields: { openRequest: (_, { toReference }) => toReference(request) ?? null },
            });
          }
        },
        // The listing's page shows its history: asked again only where it is on screen.
        refetchQueries: ['ListingHistory'],
      })
      .pipe(
        dataOf(),
        map((data) => data.submitListingChange),
      );
  }

  /** Proposes a new listing for the organisation, reviewed like a change. */
  propose(organisationId: string, type: ListingType, content: ListingContent): Observable<ChangeRequestView> {
    return this.apollo
      .mutate({ mutation: ProposeListingDocument, variables: { input: { organisationId, type, content } } })
      .pipe(
        dataOf(),
        map((data) => data.proposeListing),
      );
  }

  /** Withdraws an open request: the listing has nothing pending any more. */
  withdraw(request: Pick<ChangeRequestView, 'id' | 'listingId'>): Observable<ChangeRequestView> {
    return this.apollo
      .mutate({
        mutation: WithdrawChangeRequestDocument,
        variables: { id: request.id },
        update: (cache) => {
          if (request.listingId) {
            cache.modify({
              id: cache.identify({ __typename: 'Listing', id: request.listingId }),
              fields: { openRequest: () => null },
            });
          }
        },
      })
      .pipe(
        dataOf(),
        map((data) => data.withdrawChangeRequest),
      );
  }

  /** « Rien n'a changé »: the listing is up to date again; it leaves the home's to-do. */
  confirmUnchanged(listingId: string, organisationId: string): Observable<ConfirmListingUnchangedMutation['confirmListingUnchanged']> {
    return this.apollo
      .mutate({
        mutation: ConfirmListingUnchangedDocument,
        variables: { id: listingId },
        update: (cache) => {
          cache.updateQuery({ query: ListingTodoDocument, variables: { organisationId } }, (current) =>
            current
              ? { listingTodo: { ...current.listingTodo, listings: current.listingTodo.listings.filter((l) => l.id !== listingId) } }
              : current,
          );
        },
      })
      .pipe(
        dataOf(),
        map((data) => data.confirmListingUnchanged),
      );
  }

  /** Uploads one photo (JPEG, PNG or WebP, 10 Mo at most); the API checks its content. */
  uploadPhoto(organisationId: string, file: File): Observable<UploadedPhoto> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http
      .post<UploadedPhoto>(`/api/organisations/${encodeURIComponent(organisationId)}/photos`, body, {
        withCredentials: true,
        // The API refuses writes without it (CSRF): another site cannot add it without asking.
        headers: new HttpHeaders({ 'X-Requested-With': 'XMLHttpRequest' }),
      })
      .pipe(catchError((error: unknown) => throwError(() => restError(error))));
  }
}

/** The REST answer `{ code, message, fields? }` as the forms show errors. */
export function restError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as { code?: unknown; message?: unknown; fields?: unknown } | null;
    if (error.status === 0) {
      return { code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE, fields: [] };
    }
    if (body && typeof body.message === 'string' && error.status < 500) {
      const fields = Array.isArray(body.fields)
        ? body.fields.filter((f): f is { field: string; message: string } => typeof f?.field === 'string' && typeof f?.message === 'string')
        : [];
      const code = error.status === 404 ? 'NOT_FOUND' : error.status === 403 ? 'FORBIDDEN' : 'BAD_USER_INPUT';
      // An upload has one field (`file`): its message says what is wrong with the file.
      return { code, message: fields[0]?.message ?? body.message, fields };
    }
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: GENERIC_ERROR_MESSAGE, fields: [] };
}

/** The listing `id()` names, watched in the cache. Call in an injection context. */
export function listingResource(id: () => string | undefined) {
  const listings = inject(ListingData);
  return rxResource({ params: () => id(), stream: ({ params }) => listings.watch(params) });
}

/** The history of the listing `id()` names. Call in an injection context. */
export function historyResource(id: () => string | undefined) {
  const listings = inject(ListingData);
  return rxResource({ params: () => id(), stream: ({ params }) => listings.history(params) });
}
