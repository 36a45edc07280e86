// The one error table: how every failure reaches a client, GraphQL or REST. Domain errors keep their
// code and French message; framework and GraphQL errors are mapped; anything else becomes a generic
// internal error carrying the request id, logged on the server, never a stack trace.
import { HttpException, Logger } from '@nestjs/common';
import { DomainError, type ErrorCode, type FieldError } from '@extranet/domain';
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

/** A framework HTTP exception reaching GraphQL or REST becomes this code and French message. */
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
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Statuses only REST routes meet (a GraphQL operation never gets them), with their French answer. */
const REST_ONLY_STATUS_CODES: Record<number, { code: ErrorCode; message: string }> = {
  405: { code: 'BAD_USER_INPUT', message: 'Cette méthode n’est pas acceptée à cette adresse.' },
  415: { code: 'BAD_USER_INPUT', message: 'Ce type de contenu n’est pas accepté.' },
};

const logger = new Logger('Errors');

function internalErrorMessage(requestId: string | undefined): string {
  return `Une erreur interne est survenue. Référence\u00a0: ${requestId ?? 'inconnue'}.`;
}

/** The JSON body of every REST error answer. */
export interface RestErrorBody {
  code: ErrorCode | 'INTERNAL_SERVER_ERROR';
  message: string;
  requestId?: string;
  fields?: FieldError[];
}

function domainBody(error: DomainError, requestId: string | undefined): RestErrorBody {
  return { code: error.code, message: error.message, requestId, ...(error.fields.length ? { fields: error.fields } : {}) };
}

/**
 * How an error leaves a REST route (see DomainErrorFilter): the status and the JSON body.
 * An HttpException whose `cause` is a DomainError (e.g. an upload over its size limit: 413)
 * keeps its status and answers with the domain error's code, message and fields.
 */
export function toRestError(error: unknown, requestId: string | undefined): { status: number; body: RestErrorBody } {
  if (error instanceof DomainError) return { status: HTTP_STATUS_OF[error.code], body: domainBody(error, requestId) };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (error.cause instanceof DomainError) return { status, body: domainBody(error.cause, requestId) };
    // Framework messages are English and may quote the request (body-parser's JSON errors do):
    // the status picks a French message instead.
    const mapped = HTTP_STATUS_CODES[status] ?? REST_ONLY_STATUS_CODES[status] ?? (status < 500 ? HTTP_STATUS_CODES[400] : undefined);
    if (mapped) return { status, body: { ...mapped, requestId } };
  }
  logger.error(`request ${requestId ?? '?'}: ${error instanceof Error ? error.stack : String(error)}`);
  const status = error instanceof HttpException ? error.getStatus() : 500;
  return { status, body: { code: 'INTERNAL_SERVER_ERROR', message: internalErrorMessage(requestId), requestId } };
}

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
    message: internalErrorMessage(requestId),
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
