import { Injectable } from '@nestjs/common';
import type { AccessScope, Owned } from '@extranet/domain';
import { PrismaService } from '../prisma/prisma.service.js';
import { withinScope } from '../prisma/scope.js';

/** A listing photo's record; its files are in FileStorage under `id` and `<id>.thumb`. */
export interface PhotoRecord extends Owned {
  id: string;
  contentType: string;
  size: number;
}

const photoSelect = { id: true, organisationId: true, contentType: true, size: true } as const;

@Injectable()
export class PhotosRepository {
  constructor(private readonly db: PrismaService) {}

  async create(photo: PhotoRecord & { uploadedById: string }): Promise<PhotoRecord> {
    return this.db.client.listingPhoto.create({ data: photo, select: photoSelect });
  }

  async findById(id: string, scope: AccessScope): Promise<PhotoRecord | null> {
    return this.db.client.listingPhoto.findFirst({ where: withinScope({ id }, scope), select: photoSelect });
  }

  /** Which of `ids` were uploaded for `organisationId`. */
  async idsOwnedBy(organisationId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.client.listingPhoto.findMany({ where: { organisationId, id: { in: [...ids] } }, select: { id: true } });
    return rows.map((row) => row.id);
  }
}
