// One API instance per test file, on its own copy of the migrated template database.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PrismaPg } from '@prisma/adapter-pg';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createApp, type CreateAppOptions } from '../../src/app.factory.js';
import { parseEnv, type Env } from '../../src/config/env.js';
import { PrismaClient } from '../../src/generated/prisma/client.js';

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  env: Env & { DATABASE_URL: string };
  /** Direct database access for factories and for asserting what was (not) written. */
  prisma: PrismaClient;
  close(): Promise<void>;
}

export interface TestAppOptions extends Pick<CreateAppOptions, 'modules' | 'portalDir'> {
  /** Start on this database instead of a fresh copy, e.g. a second instance beside `other.env.DATABASE_URL`. */
  databaseUrl?: string;
}

export async function startTestApp(overrides: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const url = options.databaseUrl ?? (await freshDatabase());

  const env = {
    ...parseEnv({ NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(40), PUBLIC_URL: 'http://portal.test', ...overrides }),
    DATABASE_URL: url,
  };
  const app = await createApp(env, { logger: false, modules: options.modules, portalDir: options.portalDir });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return {
    app,
    env,
    prisma,
    baseUrl: `http://127.0.0.1:${address.port}`,
    async close() {
      await prisma.$disconnect();
      await app.close();
    },
  };
}

/** A copy of the migrated template database, for one test file. */
async function freshDatabase(): Promise<string> {
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error('TEST_POSTGRES_URL is not set: run through the API jest config');
  const database = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} TEMPLATE extranet_template`);
  await admin.end();
  return serverUrl.replace(/\/[^/]+$/, `/${database}`);
}
