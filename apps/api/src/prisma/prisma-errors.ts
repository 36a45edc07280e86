import { DomainError } from '@extranet/domain';
import { Prisma } from '../generated/prisma/client.js';

/**
 * The one place where Prisma's error codes become domain errors. Repositories wrap their writes
 * with it; anything not listed stays an internal error.
 */
export async function translatePrismaErrors<T>(
  work: () => Promise<T>,
  messages: { unique?: Record<string, string>; notFound?: string } = {},
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === 'P2002') {
        const target = uniqueTarget(error);
        const message = (target && messages.unique?.[target]) ?? 'Cet élément existe déjà.';
        throw target
          ? DomainError.badInput([{ field: target, message }], message)
          : DomainError.conflict(message);
      }
      if (error.code === 'P2025') throw DomainError.notFound(messages.notFound);
    }
    throw error;
  }
}

function uniqueTarget(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  const meta = error.meta as { target?: string[] | string; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } | undefined;
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? meta?.target;
  const first = Array.isArray(fields) ? fields[0] : fields;
  return first?.replace(/^"|"$/g, '');
}
