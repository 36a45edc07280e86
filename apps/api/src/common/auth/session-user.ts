import type { Actor, GlobalRole, MembershipRole } from '@extranet/domain';

/** What a signed-in request carries as `req.user`, loaded from the database on every request. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  globalRoles: GlobalRole[];
  memberships: { organisationId: string; role: MembershipRole }[];
}

export function toActor(user: SessionUser | null | undefined): Actor | null {
  return user ? { userId: user.id, globalRoles: user.globalRoles, memberships: user.memberships } : null;
}
