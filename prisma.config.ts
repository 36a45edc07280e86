// Prisma CLI configuration. Migrations run through Prisma's WebAssembly schema engine with the pg
// driver adapter, because Prisma's native engines cannot be downloaded on these machines.
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import { randomUUID } from 'node:crypto';
import pg from 'pg';

const CHAR_OID = 18; // PostgreSQL's one-byte "char" (relkind, contype, …)
const NAME_OID = 19;
const NAME_ARRAY_OID = 1003;
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;

/** The driver adapter's column type for one character (@prisma/driver-adapter-utils ColumnTypeEnum). */
const CHARACTER_COLUMN = 6;
/** Positions of `"char"` columns in a result, kept on its rows for the adapter (see charColumnsAsCharacters). */
const CHAR_COLUMNS = Symbol('charColumns');

// prisma/orm#27403: the adapter cannot read the PostgreSQL `name` columns returned by the schema
// engine's catalogue queries; report them as text. Nor the one-byte `"char"` ones (constraint
// and relation kinds, read when `migrate diff` describes a database), which the engine wants as
// characters: reported as text here, their positions noted for the adapter to type them.
// Only the CLI needs this, never the app.
function readNameColumnsAsText(result: unknown): unknown {
  for (const one of Array.isArray(result) ? result : [result]) {
    const chars: number[] = [];
    ((one as pg.QueryResult | undefined)?.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
      if (field.dataTypeID === NAME_ARRAY_OID) field.dataTypeID = TEXT_ARRAY_OID;
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        chars.push(i);
      }
    });
    if (chars.length) Object.defineProperty((one as pg.QueryResult).rows, CHAR_COLUMNS, { value: chars });
  }
  return result;
}

function migrationPool(database?: string): pg.Pool {
  const url = new URL(process.env.DATABASE_URL ?? '');
  // Separate fields, not a connection string: the adapter derives the shadow database's
  // settings from these and a string would override its database name.
  const pool = new pg.Pool({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: database ?? url.pathname.slice(1),
    idleTimeoutMillis: 50, // the CLI otherwise lingers on idle sockets after it is done
  });
  const remapResults = (target: { query: unknown }) => {
    const query = (target.query as (...args: unknown[]) => unknown).bind(target);
    target.query = (...args: unknown[]) => {
      const pending = query(...args);
      return pending instanceof Promise ? pending.then(readNameColumnsAsText) : pending;
    };
  };
  remapResults(pool as unknown as { query: unknown });
  pool.on('connect', (client) => remapResults(client as unknown as { query: unknown }));
  return pool;
}

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;

function charColumnsAsCharacters(adapter: Adapter): Adapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const chars = (result.rows as unknown as { [CHAR_COLUMNS]?: number[] })[CHAR_COLUMNS] ?? [];
    for (const i of chars) (result.columnTypes as number[])[i] = CHARACTER_COLUMN;
    return result;
  };
  return adapter;
}

// The adapter splits migration scripts on every semicolon, which breaks PL/pgSQL bodies
// ($$ … ; … $$). PostgreSQL runs a multi-statement script in one simple query: send it whole.
function runScriptsWhole(adapter: Adapter): Adapter {
  const driver = adapter.underlyingDriver() as pg.Pool;
  adapter.executeScript = async (script: string) => {
    try {
      await driver.query(script);
    } catch (error) {
      (adapter as unknown as { onError(error: unknown): never }).onError(error);
    }
  };
  return adapter;
}

class MigrationAdapter extends PrismaPg {
  override async connect() {
    return charColumnsAsCharacters(runScriptsWhole(await super.connect()));
  }
  // The adapter's own shadow database (for `migrate diff --from-migrations`, `migrate dev`) copies
  // the pool's options, where pg keeps no password (P1000), and drops the database while its pool
  // is still connected. Here: the same settings as the main pool, and a forced drop after closing.
  override async connectToShadowDb() {
    const admin = migrationPool();
    const database = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadow = charColumnsAsCharacters(runScriptsWhole(await new PrismaPg(migrationPool(database), { disposeExternalPool: true }).connect()));
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  }
}

export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new MigrationAdapter(migrationPool(), { disposeExternalPool: true }),
});
