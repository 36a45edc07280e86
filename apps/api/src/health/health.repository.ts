import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';

@Injectable()
export class HealthRepository {
  constructor(private readonly db: PrismaService) {}

  /** Names of the migrations applied successfully (throws when the database is unreachable). */
  async appliedMigrations(): Promise<string[]> {
    const rows = await this.db.client.$queryRaw<{ migration_name: string }[]>`
      SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
    return rows.map((row) => row.migration_name);
  }
}
