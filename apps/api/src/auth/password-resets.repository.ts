import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';

@Injectable()
export class PasswordResetsRepository {
  constructor(private readonly db: PrismaService) {}

  async create(data: { userId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
    await this.db.client.passwordReset.create({ data, select: { id: true } });
  }

  findByTokenHash(tokenHash: string) {
    return this.db.client.passwordReset.findUnique({
      where: { tokenHash },
      select: { id: true, userId: true, expiresAt: true, usedAt: true, user: { select: { email: true, name: true, active: true } } },
    });
  }

  /** True when this call marked it; false when it was already used. */
  async markUsed(id: string): Promise<boolean> {
    const { count } = await this.db.client.passwordReset.updateMany({ where: { id, usedAt: null }, data: { usedAt: new Date() } });
    return count === 1;
  }

  /** Makes every still-unused link of the user unusable. */
  async invalidateAllForUser(userId: string): Promise<void> {
    await this.db.client.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  }
}
