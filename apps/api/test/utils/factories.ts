// Test data written straight to the database: organisations, users, memberships.
import { hash } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import type { GlobalRole, MembershipRole, OrganisationCategory } from '@extranet/domain';
import { ARGON2_OPTIONS } from '../../src/auth/password-hasher.js';
import type { PrismaClient } from '../../src/generated/prisma/client.js';

export const PASSWORD = 'un mot de passe de test solide';
let passwordHash: Promise<string> | undefined;
let counter = 0;

export async function createOrganisation(prisma: PrismaClient, overrides: { name?: string; category?: OrganisationCategory; communeCode?: string } = {}) {
  counter += 1;
  return prisma.organisation.create({
    data: {
      name: overrides.name ?? `Organisation ${counter}`,
      category: overrides.category ?? 'HOTEL',
      legalForm: 'SARL',
      siret: null,
      street: `${counter} rue de Genève`,
      postalCode: overrides.communeCode === '01143' ? '01220' : '01170',
      communeCode: overrides.communeCode ?? '01173',
      email: `contact${counter}@example.fr`,
    },
    select: { id: true, name: true, version: true },
  });
}

export async function createUser(
  prisma: PrismaClient,
  options: { organisationId?: string; role?: MembershipRole; globalRoles?: GlobalRole[]; email?: string; active?: boolean } = {},
) {
  counter += 1;
  passwordHash ??= hash(PASSWORD, ARGON2_OPTIONS);
  const user = await prisma.user.create({
    data: {
      email: options.email ?? `user${counter}-${randomUUID().slice(0, 8)}@example.fr`,
      name: `Utilisateur ${counter}`,
      passwordHash: await passwordHash,
      globalRoles: options.globalRoles ?? [],
      active: options.active ?? true,
    },
    select: { id: true, email: true, name: true },
  });
  if (options.organisationId) {
    await prisma.membership.create({ data: { userId: user.id, organisationId: options.organisationId, role: options.role ?? 'OWNER' } });
  }
  return user;
}

/** A partner organisation with an owner and a member. */
export async function createPartner(prisma: PrismaClient, overrides: Parameters<typeof createOrganisation>[1] = {}) {
  const organisation = await createOrganisation(prisma, overrides);
  const owner = await createUser(prisma, { organisationId: organisation.id, role: 'OWNER' });
  const member = await createUser(prisma, { organisationId: organisation.id, role: 'MEMBER' });
  return { organisation, owner, member };
}

export function createStaff(prisma: PrismaClient, globalRoles: GlobalRole[] = ['STAFF']) {
  return createUser(prisma, { globalRoles });
}

/** A SIRET that passes the Luhn checks (SIREN and whole number), different for every `seed`. */
export function validSiret(seed: number = ++counter): string {
  const luhnKey = (digits: string): string => {
    for (let key = 0; key <= 9; key++) {
      const candidate = digits + key;
      let total = 0;
      for (let i = 0; i < candidate.length; i++) {
        let digit = Number(candidate[candidate.length - 1 - i]);
        if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        total += digit;
      }
      if (total % 10 === 0) return String(key);
    }
    throw new Error('unreachable');
  };
  // 8 digits starting with 7 (never La Poste's 356…), then the SIREN key, a NIC and the SIRET key.
  const siren = `7${String(seed % 10_000_000).padStart(7, '0')}`;
  const fullSiren = siren + luhnKey(siren);
  const nic = String(seed % 10_000).padStart(4, '0');
  return fullSiren + nic + luhnKey(fullSiren + nic);
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
