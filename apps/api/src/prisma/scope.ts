import type { AccessScope } from '@extranet/domain';

/**
 * A query's `where`, kept inside an access scope: unchanged for the office, else joined by `AND`
 * to `{ organisationId: { in: [the actor's organisations] } }` (`key` `'id'` for the organisation
 * table itself). An `AND`, never a spread: spreading could replace the query's own condition on
 * the same column and load another organisation's row.
 */
export function withinScope<W extends object>(where: W, scope: AccessScope, key = 'organisationId'): W | { AND: object[] } {
  return scope.all ? where : { AND: [where, { [key]: { in: [...scope.organisationIds] } }] };
}
