import type { AbstractControl } from '@angular/forms';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { ErrorCode } from '@extranet/domain/shared';
import type { GraphQLFormattedError } from 'graphql';

/**
 * The `extensions.code` values the API sends: the domain's codes, plus those of the GraphQL server
 * itself (an internal error, a document it cannot parse or validate) and what the browser can tell
 * on its own (no answer at all).
 */
export type ApiErrorCode =
  | ErrorCode
  | 'INTERNAL_SERVER_ERROR'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'NETWORK_ERROR';

export interface FieldError {
  /** The API's field path, e.g. `siret` or `address.postalCode`. */
  field: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  /** A French sentence fit for the error summary. */
  message: string;
  /** Per-field messages (only for BAD_USER_INPUT). */
  fields: FieldError[];
}

export const GENERIC_ERROR_MESSAGE =
  'Une erreur inattendue est survenue. Veuillez réessayer dans quelques instants.';
export const NETWORK_ERROR_MESSAGE =
  'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.';
export const INVALID_INPUT_MESSAGE = 'Certains champs sont à corriger.';
export const TOO_MANY_REQUESTS_MESSAGE = 'Trop de tentatives. Veuillez patienter avant de réessayer.';

/** Every code a GraphQL answer may carry; a Record, so a code added to the domain fails to compile here until listed. */
const KNOWN_CODES: Readonly<Record<Exclude<ApiErrorCode, 'NETWORK_ERROR'>, true>> = {
  BAD_USER_INPUT: true,
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  NOT_FOUND: true,
  CONFLICT: true,
  TOO_MANY_REQUESTS: true,
  INTERNAL_SERVER_ERROR: true,
  GRAPHQL_PARSE_FAILED: true,
  GRAPHQL_VALIDATION_FAILED: true,
};

/**
 * Turns whatever Apollo raised into one French message and per-field messages.
 * The API writes its messages in French, except for internal errors, which get a generic sentence.
 */
export function toApiError(error: unknown): ApiError {
  const graphQLErrors = graphQLErrorsOf(error);
  if (graphQLErrors.length > 0) {
    return fromGraphQLErrors(graphQLErrors);
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) {
      return { code: 'TOO_MANY_REQUESTS', message: TOO_MANY_REQUESTS_MESSAGE, fields: [] };
    }
    return { code: 'INTERNAL_SERVER_ERROR', message: GENERIC_ERROR_MESSAGE, fields: [] };
  }
  if (isNetworkFailure(error)) {
    return { code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE, fields: [] };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: GENERIC_ERROR_MESSAGE, fields: [] };
}

/** The GraphQL error code of an error, if it carries one. */
export function errorCode(error: unknown): ApiErrorCode | null {
  const first = graphQLErrorsOf(error)[0];
  return first ? codeOf(first) : null;
}

/**
 * Puts each field message on the matching control (`address.postalCode` is a path into nested groups)
 * as a `server` error, so `mat-error` shows it; the next edit of that control clears it.
 * Returns the messages that have no control.
 */
export function applyFieldErrors(form: AbstractControl, fields: readonly FieldError[]): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const { field, message } of fields) {
    const control = form.get(field);
    if (control) {
      control.setErrors({ ...control.errors, server: message });
      control.markAsTouched();
    } else {
      unmatched.push({ field, message });
    }
  }
  return unmatched;
}

function fromGraphQLErrors(errors: readonly GraphQLFormattedError[]): ApiError {
  const first = errors[0]!;
  const code = codeOf(first);
  switch (code) {
    case 'BAD_USER_INPUT': {
      const fields = errors.flatMap(fieldErrorsOf);
      return { code, message: first.message || INVALID_INPUT_MESSAGE, fields };
    }
    // A document the API refuses is the portal's bug, and its message is English and technical.
    case 'INTERNAL_SERVER_ERROR':
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
      return { code, message: GENERIC_ERROR_MESSAGE, fields: [] };
    case 'TOO_MANY_REQUESTS':
      return { code, message: first.message || TOO_MANY_REQUESTS_MESSAGE, fields: [] };
    default:
      return { code, message: first.message || GENERIC_ERROR_MESSAGE, fields: [] };
  }
}

function codeOf(error: GraphQLFormattedError): ApiErrorCode {
  const code = error.extensions?.['code'];
  return typeof code === 'string' && Object.hasOwn(KNOWN_CODES, code) ? (code as ApiErrorCode) : 'INTERNAL_SERVER_ERROR';
}

function fieldErrorsOf(error: GraphQLFormattedError): FieldError[] {
  const fields = error.extensions?.['fields'];
  if (!Array.isArray(fields)) {
    return [];
  }
  return fields.filter(
    (entry): entry is FieldError =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as FieldError).field === 'string' &&
      typeof (entry as FieldError).message === 'string',
  );
}

/** GraphQL errors, whether they came in a 200 response or in the body of a 4xx/5xx one. */
function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors;
  }
  if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      const errors = (body as { errors?: unknown } | null)?.errors;
      if (Array.isArray(errors)) {
        return errors as GraphQLFormattedError[];
      }
    } catch {
      // Not JSON: a proxy or the server failed before GraphQL answered.
    }
  }
  return [];
}

function isNetworkFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const { name, message } = error as { name?: unknown; message?: unknown };
  return (
    name === 'HttpErrorResponse' ||
    name === 'TypeError' ||
    (typeof message === 'string' && /Http failure|Failed to fetch|NetworkError/i.test(message))
  );
}
