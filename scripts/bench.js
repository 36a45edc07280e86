// npm run bench -- seed [--scale N]   time the demo seed at N× the partners, on a fresh embedded
//                                      PostgreSQL (default N=100: 15,300 partners and their owners).
// npm run bench -- <name> [args]     runs scripts/bench/<name>.js (e.g. api) with the arguments.
// Prints the figure; nothing here is asserted by the test suite.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [what = 'seed', ...rest] = process.argv.slice(2);
if (/^[\w-]+$/.test(what) && existsSync(`scripts/bench/${what}.js`)) {
  process.exit(spawnSync(process.execPath, [`scripts/bench/${what}.js`, ...rest], { stdio: 'inherit' }).status ?? 1);
}
if (what !== 'seed') {
  console.error(`unknown benchmark "${what}"; available: seed, or any scripts/bench/<name>.js`);
  process.exit(2);
}
const scaleIndex = rest.indexOf('--scale');
const scale = scaleIndex >= 0 ? rest[scaleIndex + 1] : '100';

execFileSync('npm', ['run', 'build:api', '--silent'], { stdio: 'inherit' });
const dataDir = mkdtempSync(join(tmpdir(), 'bench-seed-'));
try {
  const env = { ...process.env, DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: '54420', DATABASE_URL: '' };
  const started = process.hrtime.bigint();
  execFileSync('node', ['dist/api/prisma/seed/cli.js', '--scale', scale], { stdio: 'inherit', env });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`bench seed: scale ${scale} (${Number(scale) * 153} partners) in ${seconds.toFixed(1)} s, including embedded PostgreSQL start and migrations`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
