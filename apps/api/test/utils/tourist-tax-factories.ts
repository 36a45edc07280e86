// Test-data builders for the tourist tax, written straight to the database, valid by default.
import { validateAccommodation, type AccommodationInput } from '@extranet/domain';
import type { PrismaClient } from '../../src/generated/prisma/client.js';

let counter = 0;

/** A valid accommodation input: a 3-star hotel in Gex, active since 2018. */
export function validAccommodationInput(overrides: Partial<AccommodationInput> = {}): AccommodationInput {
  return {
    name: `Hôtel de test ${++counter}`, street: '1 rue de Genève', communeCode: '01173', kind: 'HOTEL', stars: 3, capacity: 20,
    registrationNumber: null, basis: 'PER_NIGHT', activeFrom: '2018-01-01', activeTo: null, ...overrides,
  };
}

export async function createTaxAccommodation(prisma: PrismaClient, organisationId: string, overrides: Partial<AccommodationInput> = {}) {
  const checked = validateAccommodation(validAccommodationInput(overrides));
  if (!checked.ok) throw new Error(`createTaxAccommodation: invalid ${JSON.stringify(checked.errors)}`);
  const a = checked.value;
  return prisma.taxAccommodation.create({
    data: { ...a, organisationId, activeFrom: new Date(`${a.activeFrom}T00:00:00Z`), activeTo: a.activeTo ? new Date(`${a.activeTo}T00:00:00Z`) : null, openingPeriods: (a.openingPeriods ?? []) as object[] },
  });
}

/** A submitted « no rental » declaration, straight to the database. */
export function createTaxDeclaration(prisma: PrismaClient, accommodation: { id: string; organisationId: string }, fields: { year: number; quarter: number; amountCents?: number; status?: 'DRAFT' | 'SUBMITTED' }) {
  return prisma.taxDeclaration.create({
    data: {
      accommodationId: accommodation.id, organisationId: accommodation.organisationId, year: fields.year, quarter: fields.quarter,
      status: fields.status ?? 'SUBMITTED', noRental: true, lines: [], totals: {}, category: 'STARS_3', amountCents: fields.amountCents ?? 0,
      submittedAt: fields.status === 'DRAFT' ? null : new Date(),
    },
  });
}
