import { FormControl, FormGroup } from '@angular/forms';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import {
  GENERIC_ERROR_MESSAGE,
  NETWORK_ERROR_MESSAGE,
  TOO_MANY_REQUESTS_MESSAGE,
  applyFieldErrors,
  errorCode,
  toApiError,
} from './api-error';

function graphQLError(message: string, extensions: Record<string, unknown>): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

function serverError(status: number, body: string): ServerError {
  return new ServerError(`Response not successful: Received status code ${status}`, {
    response: { status, statusText: '', ok: false, url: '/graphql' } as unknown as Response,
    bodyText: body,
  });
}

describe('toApiError', () => {
  it('keeps the French message and every field message of BAD_USER_INPUT', () => {
    const error = graphQLError('Certaines informations sont invalides.', {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'siret', message: 'Le SIRET doit comporter 14 chiffres.' },
        { field: 'address.postalCode', message: 'Le code postal de Gex est 01170.' },
        { field: 42, message: 'ignored: not a field path' },
      ],
    });

    expect(toApiError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Certaines informations sont invalides.',
      fields: [
        { field: 'siret', message: 'Le SIRET doit comporter 14 chiffres.' },
        { field: 'address.postalCode', message: 'Le code postal de Gex est 01170.' },
      ],
    });
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'])('shows the API message for %s', (code) => {
    const result = toApiError(graphQLError('Une invitation est déjà en attente pour cette adresse.', { code }));
    expect(result).toEqual({ code, message: 'Une invitation est déjà en attente pour cette adresse.', fields: [] });
  });

  it('hides the message of internal errors behind a generic French sentence', () => {
    const result = toApiError(graphQLError('Cannot read properties of undefined', { code: 'INTERNAL_SERVER_ERROR' }));
    expect(result).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: GENERIC_ERROR_MESSAGE, fields: [] });
  });

  it('treats an unknown code as an internal error', () => {
    expect(toApiError(graphQLError('boom', { code: 'PERSISTED_QUERY_NOT_FOUND' }))).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: GENERIC_ERROR_MESSAGE,
      fields: [],
    });
  });

  it.each(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'])(
    'keeps the code %s but hides the technical message',
    (code) => {
      const result = toApiError(graphQLError('Cannot query field "siren" on type "Organisation".', { code }));
      expect(result).toEqual({ code, message: GENERIC_ERROR_MESSAGE, fields: [] });
    },
  );

  it('reads GraphQL errors from the body of a non-2xx response', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Trop de tentatives, réessayez dans une minute.', extensions: { code: 'TOO_MANY_REQUESTS' } }],
    });
    expect(toApiError(serverError(429, body))).toEqual({
      code: 'TOO_MANY_REQUESTS',
      message: 'Trop de tentatives, réessayez dans une minute.',
      fields: [],
    });
  });

  it('explains a bare 429 and hides other bare server failures', () => {
    expect(toApiError(serverError(429, 'Too Many Requests')).message).toBe(TOO_MANY_REQUESTS_MESSAGE);
    expect(toApiError(serverError(502, '<html>Bad gateway</html>')).message).toBe(GENERIC_ERROR_MESSAGE);
  });

  it('recognises an unreachable server', () => {
    const result = toApiError(new Error('Http failure response for /graphql: 0 Unknown Error'));
    expect(result).toEqual({ code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE, fields: [] });
  });

  it('falls back to the generic message for anything else', () => {
    expect(toApiError('weird').message).toBe(GENERIC_ERROR_MESSAGE);
  });
});

describe('errorCode', () => {
  it('returns the code of the first GraphQL error, or null', () => {
    expect(errorCode(graphQLError('Introuvable.', { code: 'NOT_FOUND' }))).toBe('NOT_FOUND');
    expect(errorCode(new Error('offline'))).toBeNull();
  });
});

describe('applyFieldErrors', () => {
  it('puts each message on the control at its path and returns the ones without a control', () => {
    const form = new FormGroup({
      siret: new FormControl(''),
      address: new FormGroup({ postalCode: new FormControl('') }),
    });

    const unmatched = applyFieldErrors(form, [
      { field: 'siret', message: 'SIRET invalide.' },
      { field: 'address.postalCode', message: 'Code postal invalide.' },
      { field: 'token', message: 'Lien expiré.' },
    ]);

    expect(form.get('siret')?.errors).toEqual({ server: 'SIRET invalide.' });
    expect(form.get('siret')?.touched).toBe(true);
    expect(form.get('address.postalCode')?.errors).toEqual({ server: 'Code postal invalide.' });
    expect(unmatched).toEqual([{ field: 'token', message: 'Lien expiré.' }]);
  });

  it('lets the next edit clear the server message', () => {
    const form = new FormGroup({ siret: new FormControl('') });
    applyFieldErrors(form, [{ field: 'siret', message: 'SIRET invalide.' }]);

    form.controls.siret.setValue('73282932000074');

    expect(form.controls.siret.errors).toBeNull();
  });
});
