import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';

/** The `session` table is written by connect-pg-simple; revocation is ours. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly db: PrismaService) {}

  /** Removes every session of the user except `keepSid` (the one making the request, if any). */
  async revokeAllForUser(userId: string, keepSid?: string): Promise<number> {
    return this.db.client.$executeRaw`
      DELETE FROM "session"
      WHERE "sess"->'passport'->>'user' = ${userId} AND "sid" <> ${keepSid ?? ''}`;
  }
}
