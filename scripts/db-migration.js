// npm run db:migration -- NAME   writes prisma/migrations/<UTC timestamp>_<NAME>/migration.sql: the
//                                SQL that takes the committed migrations to prisma/schema/*.prisma
//                                (`prisma migrate diff --from-migrations … --to-schema-datamodel …
//                                --script`). Review and complete it (comments, indexes Prisma cannot
//                                express), then commit it.
// node scripts/db-migration.js --check   fails when schema.prisma and the migrations have drifted
//                                (CI, in `npm run check:generated`).
//
// Both run on a temporary embedded PostgreSQL of their own, whose shadow database prisma.config.ts
// creates (with the password, unlike the adapter's own); nothing else needs to be running. Needs
// the API built (dist/). Statements listed in prisma/drift-allowed.sql are expected differences
// (hand-written objects the schema cannot describe): left out of new migrations, accepted by --check.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../dist/api/apps/api/src/database/embedded-postgres.js';

const MIGRATIONS = 'prisma/migrations';
const [arg] = process.argv.slice(2);
const check = arg === '--check';
if (!check && !/^[a-z][a-z0-9_]{0,60}$/.test(arg ?? '')) {
  console.error('usage: npm run db:migration -- NAME   (snake_case, e.g. listing_archive)\n       node scripts/db-migration.js --check');
  process.exit(2);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** SQL statements without comments or blank lines, whitespace-normalised, for comparison. */
function statements(sql) {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Prisma's script, without the allowed statements (with the comment line Prisma puts before each). */
function withoutAllowed(script, allowed) {
  const blocks = script.split(/\n(?=-- [A-Z][A-Za-z]+\n)/);
  return blocks.filter((block) => statements(block).some((s) => !allowed.has(s))).join('\n');
}

function timestampAfterLatest() {
  const now = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const latest = readdirSync(MIGRATIONS).map((d) => d.slice(0, 14)).filter((d) => /^\d{14}$/.test(d)).sort().at(-1) ?? '0';
  if (now > latest) return now;
  // Another migration carries a later time (a clock ahead): stay after it, keep the order.
  const t = new Date(Date.UTC(+latest.slice(0, 4), +latest.slice(4, 6) - 1, +latest.slice(6, 8), +latest.slice(8, 10), +latest.slice(10, 12), +latest.slice(12, 14)) + 60_000);
  return t.toISOString().replace(/\D/g, '').slice(0, 14);
}

const dir = mkdtempSync(join(tmpdir(), 'db-migration-'));
let postgres;
let code = 0;
try {
  postgres = await startEmbeddedPostgres(dir, await freePort());
  const prisma = createRequire(import.meta.url).resolve('prisma/build/index.js');
  const script = execFileSync(
    process.execPath,
    [prisma, 'migrate', 'diff', '--from-migrations', MIGRATIONS, '--to-schema-datamodel', 'prisma/schema', '--script', '--config', 'prisma.config.ts'],
    { env: { ...process.env, DATABASE_URL: postgres.url, PRISMA_HIDE_UPDATE_MESSAGE: '1' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const allowed = new Set(statements(readFileSync('prisma/drift-allowed.sql', 'utf8')));
  const pending = statements(script).filter((s) => !allowed.has(s));
  if (check) {
    if (pending.length) {
      console.error('prisma/schema/*.prisma and prisma/migrations differ; the migrations lack:\n');
      console.error(pending.map((s) => `  ${s};`).join('\n'));
      console.error('\nWrite the migration with `npm run db:migration -- NAME` (or list an intended difference in prisma/drift-allowed.sql).');
      code = 1;
    } else {
      console.log('prisma/schema/*.prisma and prisma/migrations agree.');
    }
  } else if (!pending.length) {
    console.log('Nothing to migrate: prisma/migrations already match prisma/schema/*.prisma. No file written.');
  } else {
    const folder = join(MIGRATIONS, `${timestampAfterLatest()}_${arg}`);
    mkdirSync(folder);
    const header = `-- ${arg}: written by \`npm run db:migration\` from prisma/schema/*.prisma. Review it, say why in a comment, then commit.\n\n`;
    writeFileSync(join(folder, 'migration.sql'), header + withoutAllowed(script, allowed).trim() + '\n');
    console.log(`Wrote ${join(folder, 'migration.sql')} (${pending.length} statement${pending.length > 1 ? 's' : ''}).`);
  }
} finally {
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
