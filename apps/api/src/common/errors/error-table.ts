// The one error table: how every failure reaches a GraphQL client. Domain errors keep their code and
// French message; framework and GraphQL errors are mapped; anything else becomes a generic internal
// error carrying the request id, logged on the server, never a stack trace.
import { HttpException, Logger } from '@nestjs/common';
import { DomainError, type ErrorCode } from '@extranet/domain';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { currentRequestId } from '../request-context.js';

/** A domain error on a REST route (see DomainErrorFilter) answers with this status. */
export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/** A framework HTTP exception reaching GraphQL becomes this code and French message. */
const HTTP_STATUS_CODES: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: 'BAD_USER_INPUT', message: 'La requête est invalide.' },
  401: { code: 'UNAUTHENTICATED', message: DomainError.unauthenticated().message },
  403: { code: 'FORBIDDEN', message: DomainError.forbidden().message },
  404: { code: 'NOT_FOUND', message: DomainError.notFound().message },
  409: { code: 'CONFLICT', message: 'Conflit de modification.' },
  413: { code: 'BAD_USER_INPUT', message: 'La requête est trop volumineuse.' },
  429: { code: 'TOO_MANY_REQUESTS', message: DomainError.tooManyRequests().message },
};

/** Codes that Apollo and graphql-armor produce before any resolver runs; their messages are safe. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

const logger = new Logger('Errors');

export function toGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const requestId = currentRequestId();
  const original = unwrapResolverError(error);
  const path = formatted.path;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path,
      extensions: { code: original.code, ...(original.fields.length ? { fields: original.fields } : {}) },
    };
  }
  if (original instanceof HttpException) {
    const mapped = HTTP_STATUS_CODES[original.getStatus()];
    if (mapped) return { message: mapped.message, path, extensions: { code: mapped.code } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path, extensions: { code } };
  }
  logger.error(`request ${requestId ?? '?'}: ${original instanceof Error ? original.stack : String(original)}`);
  return {
    message: `Une erreur interne est survenue. Référence : ${requestId ?? 'inconnue'}.`,
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
