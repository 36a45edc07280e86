import {
  GLOBAL_ROLES,
  GLOBAL_ROLE_LABELS,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_ROLE_LABELS,
  isGlobalRole,
  isMembershipRole,
  roleAfterInvitation,
  roleAssignmentProblem,
} from './roles.js';

describe('roles', () => {
  it.each([
    ['STAFF', 'Équipe de l’office de tourisme'],
    ['ADMIN', 'Administrateur'],
    ['COMMITTEE_MEMBER', 'Membre du comité technique'],
  ] as const)('global role %s is labelled %s', (role, label) => {
    expect(GLOBAL_ROLE_LABELS[role]).toBe(label);
  });

  it.each([
    ['OWNER', 'Responsable'],
    ['MEMBER', 'Collaborateur'],
  ] as const)('membership role %s is labelled %s', (role, label) => {
    expect(MEMBERSHIP_ROLE_LABELS[role]).toBe(label);
  });

  it('labels every role', () => {
    expect(Object.keys(GLOBAL_ROLE_LABELS)).toEqual([...GLOBAL_ROLES]);
    expect(Object.keys(MEMBERSHIP_ROLE_LABELS)).toEqual([...MEMBERSHIP_ROLES]);
  });

  it.each([
    ['ADMIN', true, false],
    ['OWNER', false, true],
    ['admin', false, false],
    ['', false, false],
  ])('%p: global %p, membership %p', (value, global, membership) => {
    expect(isGlobalRole(value)).toBe(global);
    expect(isMembershipRole(value)).toBe(membership);
  });
});

describe('roleAfterInvitation', () => {
  it.each([
    [null, 'MEMBER', 'MEMBER'],
    [null, 'OWNER', 'OWNER'],
    ['MEMBER', 'MEMBER', 'MEMBER'],
    ['MEMBER', 'OWNER', 'OWNER'],
    ['OWNER', 'MEMBER', 'OWNER'],
    ['OWNER', 'OWNER', 'OWNER'],
  ] as const)('current %s, invited %s → %s', (current, invited, expected) => {
    expect(roleAfterInvitation(current, invited)).toBe(expected);
  });
});

describe('roleAssignmentProblem', () => {
  it.each([
    ['admin keeps ADMIN on their own account', 'a', 'a', ['ADMIN', 'STAFF'], null],
    ['admin drops ADMIN from their own account', 'a', 'a', ['STAFF'], 'Vous ne pouvez pas retirer votre propre rôle d’administrateur.'],
    ['admin drops every role of their own account', 'a', 'a', [], 'Vous ne pouvez pas retirer votre propre rôle d’administrateur.'],
    ['admin removes ADMIN from another account', 'a', 'b', ['STAFF'], null],
  ] as const)('%s', (_case, adminId, target, roles, expected) => {
    expect(roleAssignmentProblem(adminId, target, roles)).toBe(expected);
  });
});
