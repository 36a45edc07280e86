import { Injectable } from '@nestjs/common';
import type { ApidaeObject, ListingContent, ListingType } from '@extranet/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../prisma/prisma.service.js';

/** A listing as an import compares it with an Apidae object. */
export interface ApidaeListing {
  id: string;
  organisationId: string;
  type: ListingType;
  content: ListingContent;
  version: number;
  lastConfirmedAt: Date;
  extra: ApidaeObject | null;
  /** A partner's change request waits for review: the import must not overwrite the listing. */
  hasOpenRequest: boolean;
}

export interface NewImportedListing {
  organisationId: string;
  type: ListingType;
  content: ListingContent;
  apidaeId: number;
  extra: ApidaeObject;
  lastConfirmedAt: Date;
  dueAt: Date;
  staleAt: Date;
}

/** A listing as the export writes it. */
export interface ApidaeExportRow {
  id: string;
  type: ListingType;
  content: ListingContent;
  apidaeId: number | null;
  extra: ApidaeObject | null;
}

/**
 * The Apidae side of listings: the id and the object kept beside each listing, the office that owns
 * imported listings, and the export's pages. Publishing itself goes through ListingsRepository.
 */
@Injectable()
export class ApidaeRepository {
  constructor(private readonly db: PrismaService) {}

  /** The listings already imported under these Apidae ids, by id: one query for a batch of objects. */
  async findByApidaeIds(apidaeIds: readonly number[]): Promise<Map<number, ApidaeListing>> {
    const rows = await this.db.client.listing.findMany({
      where: { apidaeId: { in: apidaeIds.map(BigInt) } },
      select: {
        id: true, apidaeId: true, organisationId: true, type: true, content: true, version: true, lastConfirmedAt: true, apidaeExtra: true,
        _count: { select: { changeRequests: { where: { status: 'OPEN' } } } },
      },
    });
    return new Map(
      rows.map(({ _count, apidaeExtra, apidaeId, content, ...rest }) => [
        Number(apidaeId),
        { ...rest, content: content as unknown as ListingContent, extra: (apidaeExtra as ApidaeObject | null) ?? null, hasOpenRequest: _count.changeRequests > 0 },
      ]),
    );
  }

  /** New listings with their Apidae id and object, in one statement; their ids by Apidae id. */
  async createImported(listings: readonly NewImportedListing[]): Promise<Map<number, string>> {
    if (listings.length === 0) return new Map();
    const rows = await this.db.client.listing.createManyAndReturn({
      data: listings.map(({ apidaeId, extra, content, ...rest }) => ({
        ...rest,
        content: content as unknown as Prisma.InputJsonValue,
        name: content.name,
        communeCode: content.address.communeCode,
        apidaeId: BigInt(apidaeId),
        apidaeExtra: extra as Prisma.InputJsonValue,
      })),
      select: { id: true, apidaeId: true },
    });
    return new Map(rows.map((row) => [Number(row.apidaeId), row.id]));
  }

  /** The office's own organisation (the oldest, should there be two): owner of listings without a partner. */
  async officeOrganisationId(): Promise<string | null> {
    const row = await this.db.client.organisation.findFirst({ where: { category: 'TOURISM_OFFICE' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true } });
    return row?.id ?? null;
  }

  /** After a re-import: the type Apidae gives the listing, and the object kept for the export. */
  async link(id: string, data: { apidaeId: number; type: ListingType; extra: ApidaeObject }): Promise<void> {
    await this.db.client.listing.update({
      where: { id },
      data: { apidaeId: BigInt(data.apidaeId), type: data.type, apidaeExtra: data.extra as Prisma.InputJsonValue },
      select: { id: true },
    });
  }

  /** One page of every listing, by id (keyset: the cost of a page does not grow with its rank). */
  async exportPage(afterId: string | null, limit: number): Promise<ApidaeExportRow[]> {
    const rows = await this.db.client.listing.findMany({
      where: afterId ? { id: { gt: afterId } } : {},
      orderBy: { id: 'asc' },
      take: limit,
      select: { id: true, type: true, content: true, apidaeId: true, apidaeExtra: true },
    });
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      content: row.content as unknown as ListingContent,
      apidaeId: row.apidaeId === null ? null : Number(row.apidaeId),
      extra: (row.apidaeExtra as ApidaeObject | null) ?? null,
    }));
  }
}
