// npm run bench -- portal [--build 0]
//
// What the portal costs a partner on a weak signal, measured in Debian's Chromium against the
// production build served by the API (pre-compressed files, as in production): the bytes on the
// wire (compressed, as the browser received them) for the sign-in page and the partner's home, each
// first visit with an empty cache, then what each lazy area adds once the home is loaded, and the
// first contentful paint, unthrottled and under Lighthouse's « slow 4G » profile (150 ms RTT,
// 1.6 Mbit/s down, 4× CPU slowdown). The budget the issue sets: 150 kB for the initial download
// (index.html, styles, `main` and the chunks it imports: scripts/portal-initial.js) of the sign-in
// page and the partner home; the build fails above it (compress-portal.js, and angular.json in raw
// bytes). Each page's whole first visit (its lazy chunks and Apollo included) is printed beside it.
// Nothing here is asserted by the tests.
//
// --build 0 reuses dist/ as it is (after `npm run build`); --verbose 1 lists every file received.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { initialFiles } from '../portal-initial.js';

const options = { build: 1, verbose: 0 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const name = argv[i].replace(/^--/, '');
  if (!(name in options) || !/^[01]$/.test(argv[i + 1] ?? '')) {
    console.error(`usage: npm run bench -- portal [--build 0|1] [--verbose 0|1] (got ${argv.join(' ')})`);
    process.exit(2);
  }
  options[name] = Number(argv[i + 1]);
}

const BUDGET = 150_000;
const PASSWORD = 'Pays-de-Gex-2026';
const PARTNER = 'responsable@demo.paysdegex.test';
const STAFF = 'agent@demo.paysdegex.test';
/** Lazy areas, opened from the home once it is loaded: [label, who, path]. */
const AREAS = [
  ['Mon organisation', PARTNER, '/organisation/:org'],
  ['Mes fiches', PARTNER, '/organisation/:org/fiches'],
  ['Équipe', PARTNER, '/organisation/:org/equipe'],
  ['Taxe de séjour', PARTNER, '/taxe-de-sejour'],
  ['Packs', PARTNER, '/packs'],
  ['Actualités', PARTNER, '/actualites'],
  ['Compte', PARTNER, '/compte'],
  ['Partenaires (staff)', STAFF, '/partenaires'],
  ['Demandes à valider (staff)', STAFF, '/demandes'],
  ['Fraîcheur (staff)', STAFF, '/fraicheur'],
  ['Courriels (staff)', STAFF, '/courriels'],
];
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

if (options.build && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const [web, postgres] = [await freePort(), await freePort()];
const dataDir = mkdtempSync(join(tmpdir(), 'bench-portal-'));
const base = `http://localhost:${web}`;
const server = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
  env: { ...process.env, NODE_ENV: 'production', PORT: String(web), HOST: '127.0.0.1', PUBLIC_URL: base, DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(postgres), DATABASE_URL: '', SMTP_URL: '' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
};
process.on('exit', stop);

for (let ready = false; !ready; ) {
  if (server.exitCode !== null) throw new Error(`the server stopped (code ${server.exitCode})`);
  ready = await fetch(`${base}/health/ready`).then((r) => r.ok, () => false);
  if (!ready) await new Promise((r) => setTimeout(r, 250));
}

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });

/** Counts what the page receives, split into the portal's own files and the API's answers. */
async function meter(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map();
  const inFlight = new Set();
  let lastActivity = Date.now();
  const totals = { portal: 0, api: 0, files: 0, list: [] };
  cdp.on('Network.requestWillBeSent', ({ requestId }) => {
    inFlight.add(requestId);
    lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => urls.set(requestId, response.url));
  const done = (requestId) => {
    inFlight.delete(requestId);
    lastActivity = Date.now();
  };
  cdp.on('Network.loadingFailed', ({ requestId }) => done(requestId));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    done(requestId);
    const url = urls.get(requestId) ?? '';
    if (/\/graphql|\/api\//.test(url)) totals.api += encodedDataLength;
    else if (encodedDataLength > 0) {
      totals.portal += encodedDataLength;
      totals.files += 1;
      totals.list.push([url.replace(/^https?:\/\/[^/]+/, ''), encodedDataLength]);
    }
  });
  return {
    cdp,
    take() {
      const taken = { ...totals };
      Object.assign(totals, { portal: 0, api: 0, files: 0, list: [] });
      return taken;
    },
    /** Resolves once nothing has been in flight for half a second. */
    async quiet() {
      while (inFlight.size > 0 || Date.now() - lastActivity < 500) await new Promise((r) => setTimeout(r, 50));
    },
  };
}

function list(files) {
  if (!options.verbose) return;
  for (const [url, bytes] of files.sort((a, b) => b[1] - a[1])) console.log(`      ${kB(bytes).padStart(9)}  ${url}`);
}

async function signIn(page, email) {
  await page.goto(`${base}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  await page.locator('main h1').first().waitFor();
}

async function fcp(page) {
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
}

/** First visit of `path` with an empty cache; the partner home needs a session, taken first. */
async function firstVisit(path, { as, throttled }) {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  if (as) await signIn(page, as);
  const { cdp, take, quiet } = await meter(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  take();
  await page.goto(`${base}${path}`, { timeout: 120_000 });
  await page.locator('main h1').first().waitFor({ timeout: 120_000 });
  await quiet();
  const result = { ...take(), fcp: await fcp(page) };
  await context.close();
  return result;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;
const INITIAL = initialFiles('dist/portal/browser');
/** The part of a visit's portal files that is the initial download (the page's HTML is index.html). */
const initialBytes = (received) =>
  received.reduce((sum, [url, bytes]) => {
    const name = url.split('?')[0].replace(/^\//, '');
    return sum + (INITIAL.has(name) || !/\.\w+$/.test(name) ? bytes : 0);
  }, 0);

console.log(`\nbench portal: ${base}, Chromium ${browser.version()}\n`);
console.log('first visit, empty cache        initial download          whole first visit     API answers   FCP        FCP slow 4G + 4× CPU');
for (const [label, path, as] of [['sign-in page', '/connexion', null], ['partner home', '/', PARTNER]]) {
  const fast = await firstVisit(path, { as });
  const slow = await firstVisit(path, { as, throttled: true });
  const initial = initialBytes(fast.list);
  const verdict = initial <= BUDGET ? 'within' : 'OVER';
  console.log(
    `${label.padEnd(32)} ${kB(initial).padStart(9)} ${verdict.padEnd(6)}   ${kB(fast.portal).padStart(9)} (${String(fast.files).padStart(2)} files) ${kB(fast.api).padStart(9)}   ${ms(fast.fcp).padStart(8)}   ${ms(slow.fcp).padStart(8)}`,
  );
  list(fast.list);
}

console.log('\nlazy areas, what each adds once the home is loaded (portal files, compressed)');
for (const who of [PARTNER, STAFF]) {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await signIn(page, who);
  const { take, quiet } = await meter(page);
  for (const [label, as, path] of AREAS.filter(([, as]) => as === who)) {
    const organisationId = await page.evaluate(async () => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { memberships { organisation { id } } } }' }) });
      return (await response.json()).data.me.memberships[0]?.organisation.id ?? '';
    });
    await quiet();
    take();
    const before = await page.title();
    // An in-app navigation, as a click does, so that only the area's own chunks are counted.
    await page.evaluate((target) => {
      history.pushState(null, '', target);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path.replace(':org', organisationId));
    await page.waitForFunction((title) => document.title !== title, before);
    await page.locator('main h1').first().waitFor();
    await quiet();
    const { portal, files, list: received } = take();
    console.log(`  ${label.padEnd(30)} ${kB(portal).padStart(9)} (${files} files)   ${as === STAFF ? 'staff' : 'partner'}: ${page.url().replace(base, '')}`);
    list(received);
  }
  await context.close();
}

await browser.close();
console.log(`\nbudget: ${kB(BUDGET)} of initial download on the sign-in page and the partner home (the build fails above it)`);
process.exit(0);
