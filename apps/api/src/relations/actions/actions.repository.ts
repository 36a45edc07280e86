import { Injectable } from '@nestjs/common';
import type { AccessScope, ActionKind, ActionStatus, OrganisationCategory, RegistrationStatus } from '@extranet/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../prisma/prisma.service.js';
import { withinScope } from '../../prisma/scope.js';

export interface ActionRecord {
  id: string;
  title: string;
  kind: ActionKind;
  description: string;
  place: string;
  startsOn: string;
  endsOn: string;
  registrationDeadline: string;
  places: number;
  partnerCostCents: number | null;
  categories: OrganisationCategory[];
  status: ActionStatus;
  version: number;
  registered: number;
  waiting: number;
}

export interface RegistrationRecord {
  id: string;
  actionId: string;
  actionTitle: string;
  organisationId: string;
  organisationName: string;
  status: RegistrationStatus;
  queuedAt: Date;
  cancelledAt: Date | null;
}

export interface ActionWrite {
  title: string;
  kind: ActionKind;
  description: string;
  place: string;
  startsOn: string;
  endsOn: string;
  registrationDeadline: string;
  places: number;
  partnerCostCents: number | null;
  categories: OrganisationCategory[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const asDate = (d: string) => new Date(`${d}T00:00:00.000Z`);

const actionSelect = {
  id: true, title: true, kind: true, description: true, place: true, startsOn: true, endsOn: true, registrationDeadline: true,
  places: true, partnerCostCents: true, categories: true, status: true, version: true,
} as const;

const registrationSelect = {
  id: true, actionId: true, organisationId: true, status: true, queuedAt: true, cancelledAt: true,
  action: { select: { title: true } }, organisation: { select: { name: true } },
} as const;

type RegistrationRow = Prisma.ActionRegistrationGetPayload<{ select: typeof registrationSelect }>;

function toRegistration({ action, organisation, ...row }: RegistrationRow): RegistrationRecord {
  return { ...row, actionTitle: action.title, organisationName: organisation.name };
}

@Injectable()
export class ActionsRepository {
  constructor(private readonly db: PrismaService) {}

  private async withCounts(rows: Prisma.PromotionActionGetPayload<{ select: typeof actionSelect }>[]): Promise<ActionRecord[]> {
    if (!rows.length) return [];
    const counts = await this.db.client.actionRegistration.groupBy({ by: ['actionId', 'status'], where: { actionId: { in: rows.map((r) => r.id) } }, _count: { _all: true } });
    const count = (id: string, status: RegistrationStatus) => counts.find((c) => c.actionId === id && c.status === status)?._count._all ?? 0;
    return rows.map((r) => ({
      ...r, startsOn: day(r.startsOn), endsOn: day(r.endsOn), registrationDeadline: day(r.registrationDeadline),
      registered: count(r.id, 'REGISTERED'), waiting: count(r.id, 'WAITING'),
    }));
  }

  async findById(id: string): Promise<ActionRecord | null> {
    const row = await this.db.client.promotionAction.findUnique({ where: { id }, select: actionSelect });
    return row ? (await this.withCounts([row]))[0]! : null;
  }

  /**
   * Locks the action's row until the transaction ends: registrations and cancellations of one
   * action then happen one after the other, so two partners never take the last place both.
   */
  async lock(id: string): Promise<void> {
    await this.db.client.$queryRaw`SELECT "id" FROM "promotion_action" WHERE "id" = ${id}::uuid FOR UPDATE`;
  }

  async list(status: ActionStatus | null): Promise<ActionRecord[]> {
    const rows = await this.db.client.promotionAction.findMany({ where: status ? { status } : {}, select: actionSelect, orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] });
    return this.withCounts(rows);
  }

  /** Open actions an organisation of this category may join, and any it registered for. */
  async forOrganisation(organisationId: string, category: OrganisationCategory): Promise<ActionRecord[]> {
    const rows = await this.db.client.promotionAction.findMany({
      where: {
        OR: [
          { status: 'OPEN', OR: [{ categories: { isEmpty: true } }, { categories: { has: category } }] },
          { status: { in: ['OPEN', 'CLOSED'] }, registrations: { some: { organisationId, status: { not: 'CANCELLED' } } } },
        ],
      },
      select: actionSelect,
      orderBy: [{ startsOn: 'asc' }, { id: 'asc' }],
    });
    return this.withCounts(rows);
  }

  async create(data: ActionWrite): Promise<ActionRecord> {
    const row = await this.db.client.promotionAction.create({ data: this.fields(data), select: actionSelect });
    return (await this.withCounts([row]))[0]!;
  }

  async update(id: string, version: number, data: Partial<ActionWrite> & { status?: ActionStatus }): Promise<ActionRecord | null> {
    const { status, ...fields } = data;
    const { count } = await this.db.client.promotionAction.updateMany({
      where: { id, version },
      data: { ...('title' in fields ? this.fields(fields as ActionWrite) : {}), ...(status ? { status } : {}), version: { increment: 1 } },
    });
    return count === 1 ? this.findById(id) : null;
  }

  private fields(data: ActionWrite) {
    return { ...data, startsOn: asDate(data.startsOn), endsOn: asDate(data.endsOn), registrationDeadline: asDate(data.registrationDeadline), categories: [...data.categories] };
  }

  async registrationOf(actionId: string, organisationId: string): Promise<RegistrationRecord | null> {
    const row = await this.db.client.actionRegistration.findUnique({ where: { actionId_organisationId: { actionId, organisationId } }, select: registrationSelect });
    return row ? toRegistration(row) : null;
  }

  async registrationsOfOrganisation(organisationId: string): Promise<RegistrationRecord[]> {
    const rows = await this.db.client.actionRegistration.findMany({ where: { organisationId }, select: registrationSelect, orderBy: [{ queuedAt: 'desc' }] });
    return rows.map(toRegistration);
  }

  async findRegistration(id: string, scope: AccessScope): Promise<RegistrationRecord | null> {
    const row = await this.db.client.actionRegistration.findFirst({ where: withinScope({ id }, scope), select: registrationSelect });
    return row ? toRegistration(row) : null;
  }

  /** Registered first (by arrival), then the waiting list in order, then cancellations. */
  async registrationsOfAction(actionId: string): Promise<(RegistrationRecord & { organisationEmail: string | null; communeName: string; category: OrganisationCategory })[]> {
    const rows = await this.db.client.actionRegistration.findMany({
      where: { actionId },
      select: { ...registrationSelect, organisation: { select: { name: true, email: true, category: true, commune: { select: { name: true } } } } },
      orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }],
    });
    const order: Record<RegistrationStatus, number> = { REGISTERED: 0, WAITING: 1, CANCELLED: 2 };
    return rows
      .map(({ action, organisation, ...row }) => ({ ...row, actionTitle: action.title, organisationName: organisation.name, organisationEmail: organisation.email, category: organisation.category, communeName: organisation.commune.name }))
      .sort((a, b) => order[a.status] - order[b.status]);
  }

  async countRegistered(actionId: string): Promise<number> {
    return this.db.client.actionRegistration.count({ where: { actionId, status: 'REGISTERED' } });
  }

  /** 1 for the first on the waiting list. */
  async waitingPosition(registration: RegistrationRecord): Promise<number | null> {
    if (registration.status !== 'WAITING') return null;
    const ahead = await this.db.client.actionRegistration.count({ where: { actionId: registration.actionId, status: 'WAITING', OR: [{ queuedAt: { lt: registration.queuedAt } }, { queuedAt: registration.queuedAt, id: { lt: registration.id } }] } });
    return ahead + 1;
  }

  /** A new registration, or a cancelled one taken up again (it goes to the back of the queue). */
  async register(actionId: string, organisationId: string, status: RegistrationStatus, userId: string, now: Date): Promise<RegistrationRecord> {
    const row = await this.db.client.actionRegistration.upsert({
      where: { actionId_organisationId: { actionId, organisationId } },
      create: { actionId, organisationId, status, registeredById: userId, queuedAt: now },
      update: { status, registeredById: userId, queuedAt: now, cancelledAt: null },
      select: registrationSelect,
    });
    return toRegistration(row);
  }

  async cancel(id: string, now: Date): Promise<RegistrationRecord> {
    const row = await this.db.client.actionRegistration.update({ where: { id }, data: { status: 'CANCELLED', cancelledAt: now }, select: registrationSelect });
    return toRegistration(row);
  }

  /** Moves the first `count` of the waiting list onto the registered list; returns them. */
  async promoteWaiting(actionId: string, count: number): Promise<RegistrationRecord[]> {
    if (count <= 0) return [];
    const first = await this.db.client.actionRegistration.findMany({ where: { actionId, status: 'WAITING' }, select: { id: true }, orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }], take: count });
    if (!first.length) return [];
    await this.db.client.actionRegistration.updateMany({ where: { id: { in: first.map((f) => f.id) } }, data: { status: 'REGISTERED' } });
    const rows = await this.db.client.actionRegistration.findMany({ where: { id: { in: first.map((f) => f.id) } }, select: registrationSelect });
    return rows.map(toRegistration);
  }

  async organisationCategory(organisationId: string): Promise<OrganisationCategory | null> {
    return (await this.db.client.organisation.findUnique({ where: { id: organisationId }, select: { category: true } }))?.category ?? null;
  }

  /** Active owners of an organisation: whom to tell about its registrations. */
  async ownersOf(organisationId: string): Promise<{ email: string; name: string }[]> {
    return this.db.client.user.findMany({ where: { active: true, memberships: { some: { organisationId, role: 'OWNER' } } }, select: { email: true, name: true }, orderBy: { email: 'asc' } });
  }
}
