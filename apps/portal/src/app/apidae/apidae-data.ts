import { HttpClient, HttpErrorResponse, HttpEventType, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ApidaeImportReport } from '@extranet/domain/listings';
import { type Observable, catchError, filter, map, throwError } from 'rxjs';
import { GENERIC_ERROR_MESSAGE, NETWORK_ERROR_MESSAGE } from '../shared/api-error';

export const IMPORT_URL = '/api/listings/apidae/import';
export const EXPORT_URL = '/api/listings/apidae/export';
/** The API's limit for one upload (apidae.controller.ts). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** Where an import is: the file going up (bytes sent), the server reading it, or its report. */
export type ImportProgress =
  | { state: 'uploading'; sent: number; total: number }
  | { state: 'processing' }
  | { state: 'done'; report: ApidaeImportReport };

/** Provided by the route, with its own HttpClient (XMLHttpRequest, for upload progress). */
@Injectable()
export class ApidaeData {
  private readonly http = inject(HttpClient);

  /** Uploads the file and follows it; errors are French sentences (the API's, or a generic one). */
  import(file: File): Observable<ImportProgress> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http
      .post<ApidaeImportReport>(IMPORT_URL, body, {
        withCredentials: true,
        // The API refuses writes without it (CSRF): another site cannot add it without asking.
        headers: new HttpHeaders({ 'X-Requested-With': 'XMLHttpRequest' }),
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        map((event): ImportProgress | null => {
          if (event.type === HttpEventType.UploadProgress) {
            const total = event.total ?? file.size;
            // Once every byte is sent, the server is reading the file: nothing more to measure.
            return event.loaded >= total ? { state: 'processing' } : { state: 'uploading', sent: event.loaded, total };
          }
          if (event.type === HttpEventType.Response) return { state: 'done', report: event.body! };
          return null;
        }),
        filter((progress): progress is ImportProgress => progress !== null),
        catchError((error: unknown) => throwError(() => new Error(importErrorMessage(error)))),
      );
  }
}

/** The API's French message (`{ code, message, fields? }`), or a generic sentence. */
export function importErrorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return NETWORK_ERROR_MESSAGE;
    const body = error.error as { message?: unknown; fields?: { message?: unknown }[] } | null;
    const message = body?.fields?.[0]?.message ?? body?.message;
    if (typeof message === 'string' && error.status < 500) return message;
  }
  return GENERIC_ERROR_MESSAGE;
}
