import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import pg from 'pg';
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

/** The migration folders of this checkout. */
export function migrationNames(): string[] {
  return readdirSync(repoPath('prisma/migrations'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * True when `_prisma_migrations` lists every migration folder as applied, and none failed: then
 * `prisma migrate deploy` has nothing to do (and would cost about 11 s of start-up).
 */
export async function migrationsUpToDate(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; finished: boolean }>(
      `SELECT "migration_name", "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL AS "finished" FROM "_prisma_migrations"`,
    );
    if (rows.some((row) => !row.finished && !rows.some((other) => other.finished && other.migration_name === row.migration_name))) return false;
    const applied = new Set(rows.filter((row) => row.finished).map((row) => row.migration_name));
    return migrationNames().every((name) => applied.has(name));
  } catch {
    return false; // no migrations table yet: a new database
  } finally {
    await client.end();
  }
}

/**
 * Applies pending migrations with `prisma migrate deploy` (committed SQL, never `db push`); skipped
 * when every migration folder is already applied.
 */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  if (await migrationsUpToDate(databaseUrl)) return;
  const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  await promisify(execFile)(process.execPath, [prismaCli, 'migrate', 'deploy', '--config', repoPath('prisma.config.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    timeout: 120_000,
  }).catch((error: { stderr?: string; stdout?: string }) => {
    throw new Error(`prisma migrate deploy failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  });
}
