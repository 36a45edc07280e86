import {
  ACTIONS,
  can,
  decide,
  decideCall,
  scopeFor,
  isStaff,
  isTenantAction,
  type AccessDecision,
  type Action,
  type Actor,
  type GlobalAction,
  type TenantAction,
} from './policy.js';

const OWN_ORG = { organisationId: 'org-a' };
const FOREIGN_ORG = { organisationId: 'org-b' };

const ACTORS = {
  anonymous: null,
  owner: { userId: 'u-owner', globalRoles: [], memberships: [{ organisationId: 'org-a', role: 'OWNER' }] },
  member: { userId: 'u-member', globalRoles: [], memberships: [{ organisationId: 'org-a', role: 'MEMBER' }] },
  committee: { userId: 'u-committee', globalRoles: ['COMMITTEE_MEMBER'], memberships: [] },
  staff: { userId: 'u-staff', globalRoles: ['STAFF'], memberships: [] },
  admin: { userId: 'u-admin', globalRoles: ['ADMIN'], memberships: [] },
} as const satisfies Record<string, Actor | null>;
type ActorKind = keyof typeof ACTORS;

const A = 'allow';
const F = 'forbidden';
const N = 'not_found';
const U = 'unauthenticated';

// "own" is org-a, where owner and member belong; "foreign" is org-b, where nobody does.
// prettier-ignore
const TENANT_TABLE: Record<TenantAction, [
  ownerOwn: AccessDecision, ownerForeign: AccessDecision, memberOwn: AccessDecision, memberForeign: AccessDecision,
  committee: AccessDecision, staff: AccessDecision, admin: AccessDecision, anonymous: AccessDecision,
]> = {
  //                            owner  foreign member foreign committee staff admin anonymous
  'organisation.read':           [A,     N,      A,     N,      N,        A,    A,    U],
  'organisation.update':         [A,     N,      F,     N,      N,        A,    A,    U],
  'organisation.changeCategory': [F,     N,      F,     N,      N,        A,    A,    U],
  'members.read':                [A,     N,      A,     N,      N,        A,    A,    U],
  'invitations.read':            [A,     N,      F,     N,      N,        A,    A,    U],
  'invitation.createOwner':      [F,     N,      F,     N,      N,        A,    A,    U],
  'invitation.createMember':     [A,     N,      F,     N,      N,        A,    A,    U],
  'invitation.cancel':           [A,     N,      F,     N,      N,        A,    A,    U],
  'member.remove':               [A,     N,      F,     N,      N,        A,    A,    U],
  'listing.read':                [A,     N,      A,     N,      N,        A,    A,    U],
  'listing.submitChange':        [A,     N,      A,     N,      N,        A,    A,    U],
  'changeRequest.review':        [F,     N,      F,     N,      N,        A,    A,    U],
  'subscription.read':           [A,     N,      A,     N,      N,        A,    A,    U],
  'subscription.create':         [A,     N,      F,     N,      N,        A,    A,    U],
  'payment.recordOffline':       [F,     N,      F,     N,      N,        A,    A,    U],
  'invoice.cancel':              [F,     N,      F,     N,      N,        A,    A,    U],
  'subscription.remind':         [F,     N,      F,     N,      N,        A,    A,    U],
  'touristTax.read':             [A,     N,      A,     N,      N,        A,    A,    U],
  'touristTax.declare':          [A,     N,      A,     N,      N,        A,    A,    U],
  'news.read':                   [A,     N,      A,     N,      N,        A,    A,    U],
  'promotionAction.read':        [A,     N,      A,     N,      N,        A,    A,    U],
  'promotionAction.register':    [A,     N,      F,     N,      N,        A,    A,    U],
  'meeting.read':                [A,     N,      A,     N,      N,        A,    A,    U],
  'meeting.request':             [A,     N,      A,     N,      N,        A,    A,    U],
};

// prettier-ignore
const GLOBAL_TABLE: Record<GlobalAction, [
  owner: AccessDecision, member: AccessDecision, committee: AccessDecision,
  staff: AccessDecision, admin: AccessDecision, anonymous: AccessDecision,
]> = {
  //                         owner member committee staff admin anonymous
  'organisation.list':      [F,    F,     F,        A,    A,    U],
  'organisation.create':    [F,    F,     F,        A,    A,    U],
  'touristTax.followUp':    [F,    F,     F,        A,    A,    U],
  'tariff.manage':          [F,    F,     F,        A,    A,    U],
  'listing.manageFrequencies': [F, F,     F,        A,    A,    U],
  'committee.read':         [F,    F,     A,        A,    A,    U],
  'committee.manage':       [F,    F,     F,        A,    A,    U],
  'dashboard.read':         [F,    F,     F,        A,    A,    U],
  'outbox.read':            [F,    F,     F,        A,    A,    U],
  'outbox.retry':           [F,    F,     F,        A,    A,    U],
  'listing.import':         [F,    F,     F,        A,    A,    U],
  'catalogue.manage':       [F,    F,     F,        A,    A,    U],
  'subscription.list':      [F,    F,     F,        A,    A,    U],
  'audit.read':             [F,    F,     F,        F,    A,    U],
  'role.assign':            [F,    F,     F,        F,    A,    U],
  'news.manage':            [F,    F,     F,        A,    A,    U],
  'promotionAction.manage': [F,    F,     F,        A,    A,    U],
  'meeting.manage':         [F,    F,     F,        A,    A,    U],
};

type Row = [ActorKind, string, 'own' | 'foreign' | 'none', AccessDecision];

const tenantRows: Row[] = Object.entries(TENANT_TABLE).flatMap(
  ([action, [ownerOwn, ownerForeign, memberOwn, memberForeign, committee, staff, admin, anonymous]]) => [
    ['owner', action, 'own', ownerOwn],
    ['owner', action, 'foreign', ownerForeign],
    ['member', action, 'own', memberOwn],
    ['member', action, 'foreign', memberForeign],
    ['committee', action, 'foreign', committee],
    ['staff', action, 'own', staff],
    ['staff', action, 'foreign', staff],
    ['admin', action, 'foreign', admin],
    ['anonymous', action, 'own', anonymous],
  ],
);

const globalRows: Row[] = Object.entries(GLOBAL_TABLE).flatMap(
  ([action, [owner, member, committee, staff, admin, anonymous]]) => [
    ['owner', action, 'none', owner],
    ['member', action, 'none', member],
    ['committee', action, 'none', committee],
    ['staff', action, 'none', staff],
    ['admin', action, 'none', admin],
    ['anonymous', action, 'none', anonymous],
  ],
);

const SUBJECTS = { own: OWN_ORG, foreign: FOREIGN_ORG, none: undefined };

describe('decide', () => {
  it.each([...tenantRows, ...globalRows])('%s doing %s on %s organisation -> %s', (kind, action, org, expected) => {
    expect(decide(ACTORS[kind], action as TenantAction | GlobalAction, SUBJECTS[org])).toBe(expected);
  });

  it('has an expectation for every action, and no other', () => {
    expect([...Object.keys(TENANT_TABLE), ...Object.keys(GLOBAL_TABLE)].sort()).toEqual([...ACTIONS].sort());
    expect(Object.keys(TENANT_TABLE).every((action) => isTenantAction(action as TenantAction))).toBe(true);
    expect(Object.keys(GLOBAL_TABLE).some((action) => isTenantAction(action as GlobalAction))).toBe(false);
  });

  it.each(ACTIONS)('ADMIN holds every STAFF right: %s', (action) => {
    if (decide(ACTORS.staff, action, FOREIGN_ORG) === 'allow') {
      expect(decide(ACTORS.admin, action, FOREIGN_ORG)).toBe('allow');
    }
  });

  it.each<[ActorKind, AccessDecision]>([
    ['owner', 'forbidden'],
    ['member', 'forbidden'],
    ['staff', 'allow'],
    ['anonymous', 'unauthenticated'],
  ])('a tenant action without subject, as %s -> %s', (kind, expected) => {
    expect(decide(ACTORS[kind], 'organisation.read')).toBe(expected);
  });

  it.each<[string, Actor, AccessDecision, AccessDecision]>([
    [
      'owner of A and member of B',
      { userId: 'u', globalRoles: [], memberships: [{ organisationId: 'org-a', role: 'OWNER' }, { organisationId: 'org-b', role: 'MEMBER' }] },
      'allow',
      'forbidden',
    ],
    [
      'committee member who owns A',
      { userId: 'u', globalRoles: ['COMMITTEE_MEMBER'], memberships: [{ organisationId: 'org-a', role: 'OWNER' }] },
      'allow',
      'not_found',
    ],
  ])('roles are per organisation: %s updating A -> %s, B -> %s', (_case, actor, onA, onB) => {
    expect(decide(actor, 'organisation.update', OWN_ORG)).toBe(onA);
    expect(decide(actor, 'organisation.update', FOREIGN_ORG)).toBe(onB);
  });

  it('ignores a subject given to a global action', () => {
    expect(decide(ACTORS.owner, 'organisation.list', OWN_ORG)).toBe('forbidden');
  });
});

describe('can', () => {
  it.each<[ActorKind, TenantAction, 'own' | 'foreign', boolean]>([
    ['owner', 'organisation.update', 'own', true],
    ['member', 'organisation.update', 'own', false],
    ['member', 'organisation.read', 'foreign', false],
    ['anonymous', 'organisation.read', 'own', false],
    ['staff', 'invitation.createOwner', 'foreign', true],
  ])('%s doing %s on %s organisation -> %p', (kind, action, org, allowed) => {
    expect(can(ACTORS[kind], action, SUBJECTS[org])).toBe(allowed);
  });
});

describe('decideCall (route level, before any object is loaded)', () => {
  const none = { userId: 'u-none', globalRoles: [], memberships: [] } satisfies Actor;
  it.each<[string, Actor | null, Action, ReturnType<typeof decideCall>]>([
    ['anonymous', null, 'organisation.read', 'unauthenticated'],
    ['a member, on a tenant action', ACTORS.member, 'invitations.read', 'allow'],
    ['a user without any organisation, on a tenant action', none, 'organisation.read', 'forbidden'],
    ['a committee member, on a tenant action', ACTORS.committee, 'members.read', 'forbidden'],
    ['an owner, on a staff-only tenant action', ACTORS.owner, 'changeRequest.review', 'forbidden'],
    ['an owner, on a global action', ACTORS.owner, 'organisation.list', 'forbidden'],
    ['a committee member, on the committee', ACTORS.committee, 'committee.read', 'allow'],
    ['a committee member without organisation, on the news (those targeted to the committee)', ACTORS.committee, 'news.read', 'allow'],
    ['a user without any organisation, on the news', none, 'news.read', 'forbidden'],
    ['a committee member, on the meetings', ACTORS.committee, 'meeting.read', 'forbidden'],
    ['staff, on role assignment', ACTORS.staff, 'role.assign', 'forbidden'],
    ['an administrator, on role assignment', ACTORS.admin, 'role.assign', 'allow'],
    ['staff, on a tenant action', ACTORS.staff, 'payment.recordOffline', 'allow'],
  ])('%s -> %s', (_case, actor, action, expected) => {
    expect(decideCall(actor, action)).toBe(expected);
  });

  it.each(ACTIONS)('never refuses a call that decide would allow on some object: %s', (action) => {
    for (const actor of Object.values(ACTORS)) {
      if ([OWN_ORG, FOREIGN_ORG, undefined].some((subject) => decide(actor, action, subject) === 'allow')) {
        expect(decideCall(actor, action)).toBe('allow');
      }
    }
  });

  it.each(ACTIONS)('decides global actions exactly like decide: %s', (action) => {
    if (isTenantAction(action)) return;
    for (const actor of Object.values(ACTORS)) expect(decideCall(actor, action)).toBe(decide(actor, action));
  });
});

describe('scopeFor', () => {
  it.each<[ActorKind, TenantAction, ReturnType<typeof scopeFor>]>([
    ['staff', 'organisation.read', { all: true }],
    ['admin', 'touristTax.declare', { all: true }],
    ['owner', 'organisation.update', { all: false, organisationIds: ['org-a'] }],
    ['member', 'organisation.update', { all: false, organisationIds: ['org-a'] }],
    ['committee', 'organisation.read', { all: false, organisationIds: [] }],
    // Let in to read committee news, never given every organisation's rows.
    ['committee', 'news.read', { all: false, organisationIds: [] }],
  ])('%s for %s -> %j', (kind, action, expected) => {
    expect(scopeFor(ACTORS[kind]!, action)).toEqual(expected);
  });
});

describe('isStaff', () => {
  it.each<[ActorKind, boolean]>([
    ['anonymous', false],
    ['owner', false],
    ['member', false],
    ['committee', false],
    ['staff', true],
    ['admin', true],
  ])('%s -> %p', (kind, expected) => {
    expect(isStaff(ACTORS[kind])).toBe(expected);
  });
});
