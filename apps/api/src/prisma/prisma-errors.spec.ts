import { DomainError } from '@extranet/domain';
import { Prisma } from '../generated/prisma/client.js';
import { translatePrismaError } from './prisma-errors.js';

const known = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError('prisma says no', { code, clientVersion: '6.19.3', meta });

describe('translatePrismaError', () => {
  it.each<[string, unknown, string | undefined, { code: string; fields?: { field: string; message: string }[] }]>([
    [
      'a SIRET already taken',
      known('P2002', { driverAdapterError: { cause: { constraint: { fields: ['siret'] } } } }),
      'Organisation',
      { code: 'BAD_USER_INPUT', fields: [{ field: 'siret', message: 'Ce SIRET est déjà utilisé par une autre organisation.' }] },
    ],
    [
      'an unlisted unique column',
      known('P2002', { target: ['slug'] }),
      'Listing',
      { code: 'BAD_USER_INPUT', fields: [{ field: 'slug', message: 'Cette valeur est déjà utilisée.' }] },
    ],
    ['a unique violation without a column', known('P2002'), undefined, { code: 'CONFLICT' }],
    ['a row to update that vanished', known('P2025'), 'Organisation', { code: 'NOT_FOUND' }],
    ['a foreign key to a deleted row', known('P2003'), 'Invitation', { code: 'NOT_FOUND' }],
    ['a serialization failure', known('P2034'), undefined, { code: 'CONFLICT' }],
    ['a transaction timeout', known('P2028'), undefined, { code: 'CONFLICT' }],
    ['a raw serialization failure from the adapter', new Error('could not serialize access due to concurrent update'), undefined, { code: 'CONFLICT' }],
  ])('%s', (_case, _error, _model, expected) => {
    const [error, model] = [_error, _model];
    const translated = translatePrismaError(error, model);
    expect(translated).toBeInstanceOf(DomainError);
    expect(translated).toMatchObject(expected);
  });

  it('leaves other errors alone (they end as an internal error with a request id)', () => {
    const other = known('P1001');
    expect(translatePrismaError(other)).toBe(other);
    const bug = new TypeError('x is undefined');
    expect(translatePrismaError(bug)).toBe(bug);
  });

  it('passes a domain error through unchanged', () => {
    const error = DomainError.staleVersion();
    expect(translatePrismaError(error)).toBe(error);
  });
});
