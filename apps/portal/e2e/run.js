// `npm run test:e2e`: builds the app and runs the browser journeys. Without a browser, outside CI,
// the journeys are skipped with a loud warning; under CI=true a missing browser is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { e2eDataDir, e2ePorts } from './ports.js';

const browser = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!browser) {
  const banner = '#'.repeat(78);
  const message = 'NO CHROMIUM FOUND (set CHROME_PATH or `apt-get install -y chromium`): BROWSER TESTS NOT RUN';
  console.error(`\n${banner}\n# ${message}\n${banner}\n`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

const built = run('npm', ['run', 'build']);
if (built !== 0) process.exit(built);
// Chosen here, before Playwright starts, and passed down through the environment.
const ports = e2ePorts();
console.log(`Browser journeys on http://localhost:${ports.web} (PostgreSQL on ${ports.postgres})`);
const status = run('npx', ['playwright', 'test', '-c', 'apps/portal/e2e/playwright.config.ts', ...process.argv.slice(2)]);
rmSync(e2eDataDir(ports.web), { recursive: true, force: true });
process.exit(status);
