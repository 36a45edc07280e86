// Loaded through tsx by global-setup.js (Jest loads global setup outside its ESM transform).
// Starts one embedded PostgreSQL for the whole run and prepares a migrated template database;
// every test file then gets its own copy (CREATE DATABASE … TEMPLATE), so files never share data.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { COMMUNES } from '@extranet/domain';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { applyMigrations } from '../../src/database/database.js';
import { freePort } from './free-port.js';

export const TEMPLATE_DATABASE = 'extranet_template';

export async function startTestDatabase(): Promise<{ stop(): Promise<void>; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'extranet-test-'));
  const postgres = await startEmbeddedPostgres(dir, await freePort());

  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = postgres.url.replace(/\/[^/]+$/, `/${TEMPLATE_DATABASE}`);
  await applyMigrations(templateUrl);
  const template = new pg.Client({ connectionString: templateUrl });
  await template.connect();
  for (const c of COMMUNES) {
    await template.query('INSERT INTO commune (code, name, postal_code) VALUES ($1, $2, $3)', [c.code, c.name, c.postalCode]);
  }
  await template.end();
  process.env.TEST_POSTGRES_URL = postgres.url;
  return { stop: postgres.stop, dir };
}
