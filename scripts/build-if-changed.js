// `npm start` and `npm run start:dev`: builds the API (and the portal) only when their sources
// changed since the last build. A build's inputs are hashed (paths and contents, so a checkout that
// only touches times rebuilds nothing, and any edit rebuilds); the hash is written next to the output
// once the build succeeds. Usage: node scripts/build-if-changed.js api|portal ...
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = ['package-lock.json', 'tsconfig.json', 'libs/domain/src'];
const TARGETS = {
  api: {
    inputs: [...SHARED, 'apps/api/src', 'apps/api/tsconfig.app.json', 'prisma/seed', 'prisma/schema'],
    output: 'dist/api/apps/api/src/main.js',
    stamp: 'dist/api/.sources-hash',
    command: 'npm run build:api --silent',
  },
  portal: {
    inputs: [...SHARED, 'apps/portal/src', 'apps/portal/public', 'apps/portal/tsconfig.app.json', 'angular.json', 'scripts/build-portal.js', 'scripts/compress-portal.js'],
    output: 'dist/portal/browser/index.html',
    stamp: 'dist/portal/.sources-hash',
    command: 'npm run build:portal --silent',
  },
};

function files(path) {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath ?? entry.path, entry.name)));
}

/** Hash of every input file, path and content, in a stable order. */
function sourcesHash(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of files(input).sort()) hash.update(file).update('\0').update(readFileSync(join(ROOT, file))).update('\0');
  }
  return hash.digest('hex');
}

for (const name of process.argv.slice(2)) {
  const target = TARGETS[name];
  if (!target) {
    console.error(`build-if-changed: unknown target ${name} (api, portal)`);
    process.exit(2);
  }
  const hash = sourcesHash(target.inputs);
  const stamp = join(ROOT, target.stamp);
  if (existsSync(join(ROOT, target.output)) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) {
    console.log(`${name}: unchanged since the last build, not rebuilt.`);
    continue;
  }
  console.log(`${name}: building…`);
  execSync(target.command, { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(stamp, `${hash}\n`);
}
