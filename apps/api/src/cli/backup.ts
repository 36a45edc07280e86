// npm run backup [-- DIR]   a consistent dump of the app's database (DATABASE_URL, or the embedded
// PostgreSQL under DATA_DIR, running or not) to DIR (default DATA_DIR/backups), named
// extranet-YYYY-MM-DDTHH-MM-SSZ.jsonl.gz. See README « Sauvegardes ».
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../config/paths.js';
import { dumpDatabase } from '../database/backup.js';
import { prepareDatabase } from '../database/database.js';
import { embeddedUrl } from '../database/embedded-postgres.js';
import { runDatabaseCommand } from './database-command.js';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

runDatabaseCommand({
  failure: 'Sauvegarde impossible',
  async prepare(env, [target, ...rest]) {
    if (rest.length || target?.startsWith('-')) {
      process.stderr.write('Usage : npm run backup [-- DOSSIER]\n');
      return 2;
    }
    const dir = target ? resolve(process.env['INIT_CWD'] ?? process.cwd(), target) : resolve(REPO_ROOT, env.DATA_DIR, 'backups');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, `extranet-${new Date().toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.jsonl.gz`);
    return {
      // The embedded database of a running app is read where it runs; otherwise it is started here.
      open: async () => {
        const running = !env.DATABASE_URL && (await reachable(embeddedUrl(env.EMBEDDED_POSTGRES_PORT)));
        return running ? { url: embeddedUrl(env.EMBEDDED_POSTGRES_PORT), stop: async () => undefined } : prepareDatabase(env);
      },
      run: (url) => dumpDatabase(url, file),
      report: ({ tables, rows }, seconds) => `Sauvegarde écrite : ${file} (${tables} tables, ${rows} lignes, ${seconds} s)`,
    };
  },
});
