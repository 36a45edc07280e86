import { Injectable } from '@nestjs/common';
import type { OrganisationCategory, OrganisationProfile, Page } from '@extranet/domain';
import { PrismaService } from '../prisma/prisma.service.js';
import { translatePrismaErrors } from '../prisma/prisma-errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Organisation } from './models/organisation.model.js';

const organisationSelect = {
  id: true,
  name: true,
  category: true,
  legalForm: true,
  siret: true,
  street: true,
  postalCode: true,
  communeCode: true,
  commune: { select: { name: true } },
  phone: true,
  email: true,
  website: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.OrganisationSelect;

type OrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof organisationSelect }>;

function toModel(row: OrganisationRow): Organisation {
  const { street, postalCode, communeCode, commune, ...rest } = row;
  return { ...rest, address: { street, postalCode, communeCode, communeName: commune.name } };
}

export interface OrganisationSearch {
  search?: string | null;
  category?: OrganisationCategory | null;
  communeCode?: string | null;
}

const UNIQUE_MESSAGES = { siret: 'Ce SIRET est déjà utilisé par une autre organisation.' };

@Injectable()
export class OrganisationsRepository {
  constructor(private readonly db: PrismaService) {}

  async findById(id: string): Promise<Organisation | null> {
    const row = await this.db.client.organisation.findUnique({ where: { id }, select: organisationSelect });
    return row ? toModel(row) : null;
  }

  async findByIds(ids: string[]): Promise<Organisation[]> {
    const rows = await this.db.client.organisation.findMany({ where: { id: { in: ids } }, select: organisationSelect });
    return rows.map(toModel);
  }

  async search(filter: OrganisationSearch, page: Page): Promise<{ items: Organisation[]; total: number }> {
    const where: Prisma.OrganisationWhereInput = {
      ...(filter.search?.trim() ? { name: { contains: filter.search.trim(), mode: 'insensitive' } } : {}),
      ...(filter.category ? { category: filter.category } : {}),
      ...(filter.communeCode ? { communeCode: filter.communeCode } : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.client.organisation.findMany({
        where,
        select: organisationSelect,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        skip: page.offset,
        take: page.limit,
      }),
      this.db.client.organisation.count({ where }),
    ]);
    return { items: rows.map(toModel), total };
  }

  async update(id: string, profile: OrganisationProfile): Promise<Organisation> {
    const { address, ...fields } = profile;
    const row = await translatePrismaErrors(
      () =>
        this.db.client.organisation.update({
          where: { id },
          data: { ...fields, ...address, version: { increment: 1 } },
          select: organisationSelect,
        }),
      { unique: UNIQUE_MESSAGES },
    );
    return toModel(row);
  }
}
