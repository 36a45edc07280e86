import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';

/** Pending changes of a user's sign-in address (see AuthService.requestEmailChange). */
@Injectable()
export class EmailChangesRepository {
  constructor(private readonly db: PrismaService) {}

  async create(data: { userId: string; newEmail: string; tokenHash: string; expiresAt: Date }): Promise<void> {
    await this.db.client.emailChange.create({ data, select: { id: true } });
  }

  findByTokenHash(tokenHash: string) {
    return this.db.client.emailChange.findUnique({
      where: { tokenHash },
      select: { id: true, userId: true, newEmail: true, expiresAt: true, usedAt: true, user: { select: { email: true, name: true, active: true } } },
    });
  }

  /** True when this call marked it; false when it was already used. */
  async markUsed(id: string): Promise<boolean> {
    const { count } = await this.db.client.emailChange.updateMany({ where: { id, usedAt: null }, data: { usedAt: new Date() } });
    return count === 1;
  }

  /** A newer request, or the change itself, makes the user's other pending links unusable. */
  async invalidateAllForUser(userId: string): Promise<void> {
    await this.db.client.emailChange.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  }
}
