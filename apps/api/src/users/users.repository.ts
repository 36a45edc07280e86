import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';

/** What a user changes on their own account. */
@Injectable()
export class AccountRepository {
  constructor(private readonly db: PrismaService) {}

  async setName(userId: string, name: string): Promise<void> {
    await this.db.client.user.update({ where: { id: userId }, data: { name }, select: { id: true } });
  }
}
