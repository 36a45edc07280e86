import { CONCURRENT_CHANGE_MESSAGE, DomainError } from '@extranet/domain';
import { Prisma } from '../generated/prisma/client.js';

/**
 * The French message of each unique constraint a user can run into, by `table.column`. A unique
 * violation not listed here still answers a clear BAD_USER_INPUT, never an internal error.
 */
const UNIQUE_MESSAGES: Record<string, { field: string; message: string }> = {
  'Organisation.siret': { field: 'siret', message: 'Ce SIRET est déjà utilisé par une autre organisation.' },
  'User.email': { field: 'email', message: 'Un compte vient d’être créé avec cette adresse : connectez-vous, puis rouvrez le lien.' },
};

/**
 * The one place where Prisma's errors become domain errors: the Prisma client runs every query
 * through it (see PrismaService), so a race never answers INTERNAL_SERVER_ERROR.
 * - P2002 unique violation → BAD_USER_INPUT on the field, with its message from the table above;
 * - P2025 record to update or delete not found, P2003 foreign key to a row deleted meanwhile → NOT_FOUND;
 * - P2034 serialization failure or deadlock, P2028 transaction timeout → CONFLICT (« réessayez »).
 * Anything else is returned unchanged and ends as an internal error with a request id.
 */
export function translatePrismaError(error: unknown, model?: string): unknown {
  if (error instanceof DomainError || !(error instanceof Prisma.PrismaClientKnownRequestError)) {
    return isSerializationFailure(error) ? DomainError.conflict(CONCURRENT_CHANGE_MESSAGE) : error;
  }
  switch (error.code) {
    case 'P2002': {
      const column = uniqueColumn(error);
      const known = column ? UNIQUE_MESSAGES[`${model ?? error.meta?.['modelName'] ?? ''}.${column}`] : undefined;
      if (known) return DomainError.badInput([known], known.message);
      return column
        ? DomainError.badInput([{ field: column, message: 'Cette valeur est déjà utilisée.' }], 'Cette valeur est déjà utilisée.')
        : DomainError.conflict('Cet élément existe déjà.');
    }
    case 'P2025':
    case 'P2003':
      return DomainError.notFound();
    case 'P2034':
    case 'P2028':
      return DomainError.conflict(CONCURRENT_CHANGE_MESSAGE);
    default:
      return error;
  }
}

/** PostgreSQL's serialization failure (40001) and deadlock (40P01), as the pg adapter reports them. */
function isSerializationFailure(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { cause?: unknown }).cause ?? '')}` : '';
  return /\b40001\b|\b40P01\b|could not serialize access|deadlock detected/.test(text);
}

function uniqueColumn(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  const meta = error.meta as { target?: string[] | string; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } | undefined;
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? meta?.target;
  const first = Array.isArray(fields) ? fields[0] : fields;
  return first?.replace(/^"|"$/g, '');
}
