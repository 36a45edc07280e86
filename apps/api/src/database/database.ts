import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import type { Env } from '../config/env.js';
import { REPO_ROOT, repoPath } from '../config/paths.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The database the app will use: DATABASE_URL, or an embedded PostgreSQL kept under DATA_DIR. */
export async function prepareDatabase(env: Env): Promise<PreparedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const running = await startEmbeddedPostgres(resolve(REPO_ROOT, env.DATA_DIR, 'postgres'), env.EMBEDDED_POSTGRES_PORT);
  return { url: running.url, embedded: true, stop: running.stop };
}

/** Applies pending migrations with `prisma migrate deploy` (committed SQL, never `db push`). */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  await promisify(execFile)(process.execPath, [prismaCli, 'migrate', 'deploy', '--config', repoPath('prisma.config.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    timeout: 120_000,
  }).catch((error: { stderr?: string; stdout?: string }) => {
    throw new Error(`prisma migrate deploy failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  });
}
