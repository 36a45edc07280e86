import type { AccessScope } from '@extranet/domain';

/**
 * The `where` condition that keeps a query inside an access scope: `{}` for the office, else
 * `{ organisationId: { in: [...] } }` (pass `'id'` for the organisation table itself).
 */
export function inScope<K extends string = 'organisationId'>(scope: AccessScope, key: K = 'organisationId' as K): Partial<Record<K, { in: string[] }>> {
  return scope.all ? {} : ({ [key]: { in: [...scope.organisationIds] } } as Record<K, { in: string[] }>);
}
