// Prisma CLI configuration. Migrations run through Prisma's WebAssembly schema engine with the pg
// driver adapter, because Prisma's native engines cannot be downloaded on these machines.
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

const NAME_OID = 19;
const NAME_ARRAY_OID = 1003;
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;

// prisma/orm#27403: the adapter cannot read the PostgreSQL `name` columns returned by the schema
// engine's catalogue queries; report them as text. Only the CLI needs this, never the app.
function readNameColumnsAsText(result: unknown): unknown {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of (one as pg.QueryResult | undefined)?.fields ?? []) {
      if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
      if (field.dataTypeID === NAME_ARRAY_OID) field.dataTypeID = TEXT_ARRAY_OID;
    }
  }
  return result;
}

function migrationPool(): pg.Pool {
  const url = new URL(process.env.DATABASE_URL ?? '');
  // Separate fields, not a connection string: the adapter derives the shadow database's
  // settings from these and a string would override its database name.
  const pool = new pg.Pool({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
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
    return runScriptsWhole(await super.connect());
  }
  override async connectToShadowDb() {
    return runScriptsWhole(await super.connectToShadowDb());
  }
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new MigrationAdapter(migrationPool(), { disposeExternalPool: true }),
});
