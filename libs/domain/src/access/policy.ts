import type { GlobalRole, MembershipRole } from '../accounts/roles.js';

/** The signed-in user as the policy sees it; the API builds it from the session. */
export interface Actor {
  userId: string;
  globalRoles: readonly GlobalRole[];
  memberships: readonly { organisationId: string; role: MembershipRole }[];
}

/**
 * A loaded tenant object: every listing, subscription, declaration, invitation… carries the
 * organisation that owns it (an organisation owns itself). Services decide on the loaded object,
 * never on an id taken from the arguments.
 */
export interface Owned {
  organisationId: string;
}

/**
 * Which tenant rows an actor may even see for an action, for the repository's `WHERE`: every
 * organisation for the office, otherwise the actor's own. A foreign row then loads as missing.
 */
export type AccessScope = { readonly all: true } | { readonly all: false; readonly organisationIds: readonly string[] };

export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden' | 'not_found';

interface Rule {
  /** Tenant actions concern one organisation and need a subject; global ones do not. */
  scope: 'tenant' | 'global';
  /** Global roles allowed on every organisation. ADMIN holds every STAFF right implicitly. */
  globalRoles: readonly GlobalRole[];
  /** Membership roles allowed within the subject organisation. */
  membershipRoles: readonly MembershipRole[];
  /**
   * Global roles that may call a tenant action without belonging to any organisation, seeing
   * only what is addressed to that role (news targeted to the committee). They never get every
   * organisation: their scope stays their own memberships, and a foreign object stays not found.
   */
  addresseeRoles?: readonly GlobalRole[];
}

const STAFF: readonly GlobalRole[] = ['STAFF'];
const ADMIN: readonly GlobalRole[] = ['ADMIN'];
const ANY_MEMBER: readonly MembershipRole[] = ['OWNER', 'MEMBER'];
const OWNER: readonly MembershipRole[] = ['OWNER'];
const NO_MEMBER: readonly MembershipRole[] = [];

function tenantRule(
  globalRoles: readonly GlobalRole[],
  membershipRoles: readonly MembershipRole[],
): Rule & { scope: 'tenant' } {
  return { scope: 'tenant', globalRoles, membershipRoles };
}

/** A tenant rule that also lets in the holders of `addresseeRoles`, for what targets them. */
function addressedRule(
  globalRoles: readonly GlobalRole[],
  membershipRoles: readonly MembershipRole[],
  addresseeRoles: readonly GlobalRole[],
): Rule & { scope: 'tenant' } {
  return { scope: 'tenant', globalRoles, membershipRoles, addresseeRoles };
}

function globalRule(globalRoles: readonly GlobalRole[]): Rule & { scope: 'global' } {
  return { scope: 'global', globalRoles, membershipRoles: NO_MEMBER };
}

/** The single source of who may do what, read by the API's services and the portal's UI. */
const RULES = {
  // Organisation profile and its people
  'organisation.read': tenantRule(STAFF, ANY_MEMBER),
  'organisation.update': tenantRule(STAFF, OWNER),
  // The category drives listings, packs and tourist tax, so only the office changes it.
  'organisation.changeCategory': tenantRule(STAFF, NO_MEMBER),
  'organisation.list': globalRule(STAFF),
  'organisation.create': globalRule(STAFF),
  'members.read': tenantRule(STAFF, ANY_MEMBER),
  'invitations.read': tenantRule(STAFF, OWNER),
  // The first owner is vouched for by the office; owners then invite their own colleagues.
  'invitation.createOwner': tenantRule(STAFF, NO_MEMBER),
  'invitation.createMember': tenantRule(STAFF, OWNER),
  // Whoever may invite may also withdraw an invitation and take a colleague off the team.
  'invitation.cancel': tenantRule(STAFF, OWNER),
  'member.remove': tenantRule(STAFF, OWNER),

  // Listings: partners propose changes, the office reviews them before publication.
  'listing.read': tenantRule(STAFF, ANY_MEMBER),
  'listing.submitChange': tenantRule(STAFF, ANY_MEMBER),
  'changeRequest.review': tenantRule(STAFF, NO_MEMBER),
  // How often each type of listing must be confirmed: the office's setting, for every partner.
  'listing.manageFrequencies': globalRule(STAFF),
  // Apidae import and export move every listing at once: office work.
  'listing.import': globalRule(STAFF),

  // Service packs: buying commits the organisation, so it is the owner's call.
  'subscription.read': tenantRule(STAFF, ANY_MEMBER),
  'subscription.create': tenantRule(STAFF, OWNER),
  'payment.recordOffline': tenantRule(STAFF, NO_MEMBER),
  // A credit note cancels an invoice: the office's accountant decides.
  'invoice.cancel': tenantRule(STAFF, NO_MEMBER),
  // A reminder e-mail to a partner about its pack (payment or renewal), in one click.
  'subscription.remind': tenantRule(STAFF, NO_MEMBER),
  // The catalogue, terms of sale, every subscription and the revenue: office work.
  'catalogue.manage': globalRule(STAFF),
  'subscription.list': globalRule(STAFF),

  // Tourist tax: staff may enter a declaration received on paper.
  'touristTax.read': tenantRule(STAFF, ANY_MEMBER),
  'touristTax.declare': tenantRule(STAFF, ANY_MEMBER),
  'touristTax.followUp': globalRule(STAFF),
  'tariff.manage': globalRule(STAFF),

  // Technical committee
  'committee.read': globalRule(['STAFF', 'COMMITTEE_MEMBER']),
  'committee.manage': globalRule(STAFF),

  // Partner relations (news, promotion actions, meetings). Partners read news targeted to them,
  // the actions open to their category and their own registrations and meetings; registering
  // commits the organisation (a cost share), so it is the owner's call. Committee members read
  // the news targeted to the committee even when they belong to no organisation.
  'news.read': addressedRule(STAFF, ANY_MEMBER, ['COMMITTEE_MEMBER']),
  'news.manage': globalRule(STAFF),
  'promotionAction.read': tenantRule(STAFF, ANY_MEMBER),
  'promotionAction.register': tenantRule(STAFF, OWNER),
  'promotionAction.manage': globalRule(STAFF),
  'meeting.read': tenantRule(STAFF, ANY_MEMBER),
  'meeting.request': tenantRule(STAFF, ANY_MEMBER),
  // Confirming, moving, declining, availability and the private follow-up notes: the office only.
  'meeting.manage': globalRule(STAFF),

  // Back office
  'dashboard.read': globalRule(STAFF),
  'outbox.read': globalRule(STAFF),
  'outbox.retry': globalRule(STAFF),
  'audit.read': globalRule(ADMIN),
  'role.assign': globalRule(ADMIN),
} satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;
export type TenantAction = { [A in Action]: (typeof RULES)[A]['scope'] extends 'tenant' ? A : never }[Action];
export type GlobalAction = Exclude<Action, TenantAction>;

export const ACTIONS = Object.keys(RULES) as readonly Action[];

export function isTenantAction(action: Action): action is TenantAction {
  return RULES[action].scope === 'tenant';
}

export function isStaff(actor: Actor | null): boolean {
  return actor !== null && (actor.globalRoles.includes('STAFF') || actor.globalRoles.includes('ADMIN'));
}

function holdsGlobalRole(actor: Actor, allowed: readonly GlobalRole[]): boolean {
  return allowed.some(
    (role) => actor.globalRoles.includes(role) || (role === 'STAFF' && actor.globalRoles.includes('ADMIN')),
  );
}

/**
 * A partner acting on an organisation it does not belong to gets `not_found`, exactly as for
 * a missing id, so ids of other partners cannot be probed. A tenant action asked without a
 * subject is refused to partners: they only ever act on a given object.
 */
export function decide(actor: Actor | null, action: Action, subject?: Owned): AccessDecision {
  if (actor === null) return 'unauthenticated';
  const rule: Rule = RULES[action];
  if (holdsGlobalRole(actor, rule.globalRoles)) return 'allow';
  if (rule.scope === 'global' || subject === undefined) return 'forbidden';
  const membership = actor.memberships.find((m) => m.organisationId === subject.organisationId);
  if (!membership) return 'not_found';
  return rule.membershipRoles.includes(membership.role) ? 'allow' : 'forbidden';
}

export function can(actor: Actor | null, action: Action, subject?: Owned): boolean {
  return decide(actor, action, subject) === 'allow';
}

/**
 * May this actor call an operation declared for `action` at all, before any object is loaded?
 * Global actions are decided here; a tenant action lets through the office and anyone holding
 * a membership, the service then deciding on the loaded object (so a foreign id still answers
 * `not_found`, like a missing one).
 */
export function decideCall(actor: Actor | null, action: Action): Exclude<AccessDecision, 'not_found'> {
  if (actor === null) return 'unauthenticated';
  const rule: Rule = RULES[action];
  if (holdsGlobalRole(actor, rule.globalRoles)) return 'allow';
  if (rule.scope === 'tenant' && rule.membershipRoles.length > 0 && actor.memberships.length > 0) return 'allow';
  if (rule.addresseeRoles?.some((role) => actor.globalRoles.includes(role))) return 'allow';
  return 'forbidden';
}

/** The rows an actor may load for `action`: all for the office, else its own organisations'. */
export function scopeFor(actor: Actor, action: TenantAction): AccessScope {
  if (holdsGlobalRole(actor, RULES[action].globalRoles)) return { all: true };
  return { all: false, organisationIds: actor.memberships.map((m) => m.organisationId) };
}
