// Test-data builders, one per aggregate, written straight to the database. Every field can be
// overridden; the defaults make a valid row that differs from every other one in the file.
import { hash } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import {
  findCommune,
  INVITATION_TTL_MS,
  makeSiret,
  type GlobalRole,
  type LegalForm,
  type MembershipRole,
  type OrganisationCategory,
} from '@extranet/domain';
import { hashToken, newToken } from '../../src/auth/auth.service.js';
import { ARGON2_OPTIONS } from '../../src/auth/password-hasher.js';
import type { PrismaClient } from '../../src/generated/prisma/client.js';

export const PASSWORD = 'un mot de passe de test solide';
/** Gex, the default commune of test organisations. */
const DEFAULT_COMMUNE = '01173';

let counter = 0;
const passwordHashes = new Map<string, Promise<string>>();
/** Argon2 is slow on purpose: hash each distinct password once per file. */
const hashOf = (password: string) => {
  if (!passwordHashes.has(password)) passwordHashes.set(password, hash(password, ARGON2_OPTIONS));
  return passwordHashes.get(password)!;
};

/** The overrides actually given: `{ name: undefined }` keeps the default, as it always did. */
function given<T extends object>(overrides: T): Partial<T> {
  return Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export interface OrganisationFields {
  name: string;
  category: OrganisationCategory;
  legalForm: LegalForm;
  siret: string | null;
  street: string;
  communeCode: string;
  /** Defaults to the commune's own postal code. */
  postalCode: string;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export async function createOrganisation(prisma: PrismaClient, overrides: Partial<OrganisationFields> = {}) {
  counter += 1;
  const communeCode = overrides.communeCode ?? DEFAULT_COMMUNE;
  const postalCode = overrides.postalCode ?? findCommune(communeCode)?.postalCode;
  if (!postalCode) throw new Error(`createOrganisation: commune ${communeCode} is not in COMMUNES, give a postalCode`);
  const fields: OrganisationFields = {
    name: `Organisation ${counter}`,
    category: 'HOTEL',
    legalForm: 'SARL',
    siret: null,
    street: `${counter} rue de Genève`,
    phone: null,
    email: `contact${counter}@example.fr`,
    website: null,
    ...given(overrides),
    communeCode,
    postalCode,
  };
  return prisma.organisation.create({ data: fields });
}

export interface UserFields {
  email: string;
  name: string;
  /** Hashed with argon2 like a real account; null for an account without a password. */
  password: string | null;
  active: boolean;
  globalRoles: GlobalRole[];
}

/** A user; with `organisationId`, also its membership (OWNER unless `role` says otherwise). */
export async function createUser(
  prisma: PrismaClient,
  overrides: Partial<UserFields> & { organisationId?: string; role?: MembershipRole } = {},
) {
  counter += 1;
  const { organisationId, role, password = PASSWORD, ...fields } = overrides;
  const user = await prisma.user.create({
    data: {
      email: `user${counter}-${randomUUID().slice(0, 8)}@example.fr`,
      name: `Utilisateur ${counter}`,
      active: true,
      globalRoles: [],
      ...given(fields),
      passwordHash: password === null ? null : await hashOf(password),
    },
    select: { id: true, email: true, name: true },
  });
  if (organisationId) await createMembership(prisma, { userId: user.id, organisationId, role: role ?? 'OWNER' });
  return user;
}

export function createMembership(prisma: PrismaClient, fields: { userId: string; organisationId: string; role?: MembershipRole }) {
  return prisma.membership.create({ data: { role: 'MEMBER', ...given(fields) } as { userId: string; organisationId: string; role: MembershipRole } });
}

export interface InvitationFields {
  email: string;
  role: MembershipRole;
  /** The secret of the link; only its hash is stored. */
  token: string;
  expiresAt: Date;
  acceptedAt: Date | null;
  invitedById: string | null;
}

/** A pending invitation to `organisationId`, with the token of its link. */
export async function createInvitation(prisma: PrismaClient, organisationId: string, overrides: Partial<InvitationFields> = {}) {
  counter += 1;
  const { token = newToken().token, ...fields } = overrides;
  const invitation = await prisma.invitation.create({
    data: {
      organisationId,
      email: `invite${counter}-${randomUUID().slice(0, 8)}@example.fr`,
      role: 'MEMBER',
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      acceptedAt: null,
      invitedById: null,
      ...given(fields),
      tokenHash: hashToken(token),
    },
  });
  return { ...invitation, token };
}

/** A partner organisation with an owner and a member. */
export async function createPartner(prisma: PrismaClient, overrides: Partial<OrganisationFields> = {}) {
  const organisation = await createOrganisation(prisma, overrides);
  const owner = await createUser(prisma, { organisationId: organisation.id, role: 'OWNER' });
  const member = await createUser(prisma, { organisationId: organisation.id, role: 'MEMBER' });
  return { organisation, owner, member };
}

/** Someone of the office: STAFF, or the global roles given. */
export function createStaff(prisma: PrismaClient, globalRoles: GlobalRole[] = ['STAFF'], overrides: Partial<UserFields> = {}) {
  return createUser(prisma, { ...overrides, globalRoles });
}

/** A valid SIRET, different for every call (or the same for the same `seed`). */
export function validSiret(seed: number = ++counter): string {
  return makeSiret(seed);
}

/** A valid `UpdateOrganisationInput` (optional fields filled, SIRET left empty); override what a test exercises. */
export function profileInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Hôtel du Jura',
    category: 'HOTEL',
    legalForm: 'SARL',
    siret: '',
    address: { street: '12 rue de Genève', postalCode: '01170', communeCode: '01173' },
    phone: '04 50 41 53 85',
    email: 'contact@hotel-jura.fr',
    website: 'https://www.hotel-jura.fr',
    ...overrides,
  };
}
