import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { ENV, type Env } from '../config/env.js';
import { PrismaService } from './prisma.service.js';
import { TransactionRunner } from './transaction-runner.js';

const logger = new Logger('Database');

/** One pg pool per process, shared by Prisma, the session store and the job queue. */
@Global()
@Module({
  providers: [
    {
      provide: pg.Pool,
      inject: [ENV],
      useFactory: (env: Env & { DATABASE_URL: string }) => {
        const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
        // An idle connection dropped by the server (restart, shutdown) must not crash the process;
        // the pool replaces it on next use.
        pool.on('error', (error) => logger.warn(`idle database connection lost: ${error.message}`));
        return pool;
      },
    },
    { provide: PrismaService, inject: [pg.Pool], useFactory: (pool: pg.Pool) => new PrismaService(pool) },
    TransactionRunner,
  ],
  exports: [pg.Pool, PrismaService, TransactionRunner],
})
export class PrismaModule implements OnApplicationShutdown {
  constructor(@Inject(pg.Pool) private readonly pool: pg.Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
