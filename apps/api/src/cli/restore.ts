// npm run restore -- FILE   restores a backup (npm run backup) into an empty database: DATABASE_URL,
// or the embedded PostgreSQL under DATA_DIR (a new DATA_DIR: the app must not be running on it).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { restoreDatabase } from '../database/backup.js';
import { prepareDatabase } from '../database/database.js';
import { runDatabaseCommand } from './database-command.js';

runDatabaseCommand({
  failure: 'Restauration impossible',
  async prepare(env, [name, ...rest]) {
    if (!name || rest.length || name.startsWith('-')) {
      process.stderr.write('Usage : npm run restore -- FICHIER\n');
      return 2;
    }
    const file = resolve(process.env['INIT_CWD'] ?? process.cwd(), name);
    if (!existsSync(file)) {
      process.stderr.write(`Fichier introuvable : ${file}\n`);
      return 2;
    }
    return {
      open: () => prepareDatabase(env),
      run: (url) => restoreDatabase(url, file),
      report: ({ tables, rows }, seconds) => `Sauvegarde restaurée : ${tables} tables, ${rows} lignes (${seconds} s).`,
    };
  },
});
