// Backups without pg_dump: a dump of a database with data, restored into a new empty database,
// gives back every row of every table, and the app's migrations state.
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { dumpDatabase, restoreDatabase } from '../src/database/backup.js';
import { PrismaClient } from '../src/generated/prisma/client.js';
import { createPartner, createStaff } from './utils/factories.js';

async function createDatabase(template?: string): Promise<string> {
  const serverUrl = process.env.TEST_POSTGRES_URL!;
  const database = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  return serverUrl.replace(/\/[^/]+$/, `/${database}`);
}

/** Every table's rows, as PostgreSQL prints them, ordered: equal when the data is the same. */
async function contents(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    );
    const result: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ r: string }>(`SELECT t::text AS r FROM public."${name}" t ORDER BY 1`);
      result[name] = rows.map((row) => row.r);
    }
    return result;
  } finally {
    await client.end();
  }
}

it('dumps a database with data and restores it into an empty one, every row and the migrations', async () => {
  const sourceUrl = await createDatabase('extranet_template');
  const source = new PrismaClient({ adapter: new PrismaPg({ connectionString: sourceUrl }) });
  const { organisation, owner } = await createPartner(source);
  await createStaff(source);
  await source.auditEvent.create({ data: { action: 'test.backup', outcome: 'SUCCESS', detail: { note: 'apostrophe ’ et « guillemets »', list: [1, 2] } } });
  await source.$disconnect();

  const file = join(await mkdtemp(join(tmpdir(), 'extranet-backup-')), 'dump.jsonl.gz');
  const dumped = await dumpDatabase(sourceUrl, file);
  const targetUrl = await createDatabase();
  const restored = await restoreDatabase(targetUrl, file);
  process.stdout.write(`backup: ${dumped.tables} tables, ${dumped.rows} rows dumped; ${restored.rows} restored\n`);
  expect(restored).toEqual(dumped);
  const before = await contents(sourceUrl);
  expect(dumped.rows).toBe(Object.values(before).reduce((n, rows) => n + rows.length, 0));
  expect(before['organisation']!.length).toBeGreaterThan(0);
  expect(await contents(targetUrl)).toEqual(before);
  const target = new PrismaClient({ adapter: new PrismaPg({ connectionString: targetUrl }) });
  try {
    expect(await target.organisation.findUnique({ where: { id: organisation.id }, select: { name: true } })).toEqual({ name: organisation.name });
    expect(await target.membership.count({ where: { userId: owner.id } })).toBe(1);
    const migrations = await target.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL');
    const sourceMigrations = await new pg.Client({ connectionString: sourceUrl });
    await sourceMigrations.connect();
    const { rows } = await sourceMigrations.query<{ n: string }>('SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL');
    await sourceMigrations.end();
    expect(Number(migrations[0]!.n)).toBe(Number(rows[0]!.n));
  } finally {
    await target.$disconnect();
  }

  // Into a database that already holds data: refused, nothing changed.
  await expect(restoreDatabase(targetUrl, file)).rejects.toThrow('La base de destination contient déjà des données');
}, 240_000);
