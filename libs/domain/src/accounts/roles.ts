/** Roles held across the whole extranet, independently of any organisation. */
export const GLOBAL_ROLES = ['STAFF', 'ADMIN', 'COMMITTEE_MEMBER'] as const;
export type GlobalRole = (typeof GLOBAL_ROLES)[number];

/** Role of a user inside one partner organisation. */
export const MEMBERSHIP_ROLES = ['OWNER', 'MEMBER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const GLOBAL_ROLE_LABELS: Readonly<Record<GlobalRole, string>> = {
  STAFF: 'Équipe de l’office de tourisme',
  ADMIN: 'Administrateur',
  COMMITTEE_MEMBER: 'Membre du comité technique',
};

export const MEMBERSHIP_ROLE_LABELS: Readonly<Record<MembershipRole, string>> = {
  OWNER: 'Responsable',
  MEMBER: 'Collaborateur',
};

export function isGlobalRole(value: string): value is GlobalRole {
  return (GLOBAL_ROLES as readonly string[]).includes(value);
}

export function isMembershipRole(value: string): value is MembershipRole {
  return (MEMBERSHIP_ROLES as readonly string[]).includes(value);
}

/** Accepting an invitation never lowers a role: an owner stays owner, a member invited as owner rises. */
export function roleAfterInvitation(current: MembershipRole | null, invited: MembershipRole): MembershipRole {
  return current === 'OWNER' || invited === 'OWNER' ? 'OWNER' : 'MEMBER';
}

/**
 * Why an administrator's role assignment is refused, or null. Administrators cannot remove their
 * own administrator role: the last one would otherwise lock everybody out of role management.
 */
export function roleAssignmentProblem(adminId: string, targetUserId: string, roles: readonly GlobalRole[]): string | null {
  if (adminId === targetUserId && !roles.includes('ADMIN')) {
    return 'Vous ne pouvez pas retirer votre propre rôle d’administrateur.';
  }
  return null;
}
