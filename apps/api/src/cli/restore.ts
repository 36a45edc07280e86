// npm run restore -- FILE   restores a backup (npm run backup) into an empty database: DATABASE_URL,
// or the embedded PostgreSQL under DATA_DIR (a new DATA_DIR: the app must not be running on it).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from '../config/env.js';
import { restoreDatabase } from '../database/backup.js';
import { prepareDatabase } from '../database/database.js';

async function main(): Promise<number> {
  const env = parseEnv({ ...process.env, SMTP_URL: undefined, SCHEDULED_JOBS: 'off' });
  const [name, ...rest] = process.argv.slice(2);
  if (!name || rest.length || name.startsWith('-')) {
    process.stderr.write('Usage : npm run restore -- FICHIER\n');
    return 2;
  }
  const file = resolve(process.env['INIT_CWD'] ?? process.cwd(), name);
  if (!existsSync(file)) {
    process.stderr.write(`Fichier introuvable : ${file}\n`);
    return 2;
  }
  const database = await prepareDatabase(env);
  try {
    const started = Date.now();
    const { tables, rows } = await restoreDatabase(database.url, file);
    process.stdout.write(`Sauvegarde restaurée : ${tables} tables, ${rows} lignes (${((Date.now() - started) / 1000).toFixed(1)} s).\n`);
    return 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Restauration impossible : ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
