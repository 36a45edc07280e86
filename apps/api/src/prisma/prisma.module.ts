import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { ENV, type Env } from '../config/env.js';
import { PrismaService } from './prisma.service.js';

/** One pg pool per process, shared by Prisma, the session store and the job queue. */
@Global()
@Module({
  providers: [
    {
      provide: pg.Pool,
      inject: [ENV],
      useFactory: (env: Env & { DATABASE_URL: string }) =>
        new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 }),
    },
    { provide: PrismaService, inject: [pg.Pool], useFactory: (pool: pg.Pool) => new PrismaService(pool) },
  ],
  exports: [pg.Pool, PrismaService],
})
export class PrismaModule implements OnApplicationShutdown {
  constructor(@Inject(pg.Pool) private readonly pool: pg.Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
