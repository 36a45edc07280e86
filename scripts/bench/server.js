// What the benchmarks that run the API share (api.js, listings.js, tax.js): a private build, free
// ports, a database seeded once per scale, the built server started in production mode with the
// statement counter preloaded, waiting for /health/ready, stopping it, and GraphQL sign-in.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export const DEMO_PASSWORD = 'Pays-de-Gex-2026';

/**
 * Compiles the API, the domain and the seed into `outDir`: others' `npm run build:api` rewriting
 * dist/api mid-run would break the server.
 */
export function privateBuild(outDir) {
  execFileSync('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json', '--outDir', outDir], { stdio: 'inherit' });
  execFileSync('npx', ['tsc-alias', '-p', 'apps/api/tsconfig.app.json', '--outDir', outDir], { stdio: 'inherit' });
}

/** A TCP port free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

/**
 * The demo seeded at `scale` under .data/<name>-<scale>, once: later runs reuse it (`reseed`
 * starts again). Returns its folder.
 */
export function seedOnce({ build, name, scale, pgPort, reseed = false, stdio = 'inherit' }) {
  const dataDir = resolve('.data', `${name}-${scale}`);
  const marker = join(dataDir, 'seeded.json');
  if (reseed) rmSync(dataDir, { recursive: true, force: true });
  if (existsSync(marker)) {
    const seeded = JSON.parse(readFileSync(marker, 'utf8'));
    console.log(`\nReusing the database seeded ${seeded.seededAt} (in ${seeded.seconds.toFixed(0)} s) under ${dataDir}; --reseed 1 for a new one.`);
    return dataDir;
  }
  mkdirSync(dataDir, { recursive: true });
  const seconds = seedInto({ build, dataDir, scale, pgPort, stdio });
  writeFileSync(marker, JSON.stringify({ scale, seconds, seededAt: new Date().toISOString() }));
  console.log(`Seeded scale ${scale} in ${seconds.toFixed(1)} s (embedded PostgreSQL start and migrations included).`);
  return dataDir;
}

/** Runs the seed at `scale` into the embedded database under `dataDir`; returns the seconds it took. */
export function seedInto({ build, dataDir, scale, pgPort, stdio = 'inherit' }) {
  const started = performance.now();
  execFileSync('node', [`${build}/prisma/seed/cli.js`, '--scale', String(scale)], {
    stdio, env: { ...process.env, DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(pgPort), DATABASE_URL: '', SMTP_URL: '' },
  });
  return (performance.now() - started) / 1000;
}

/** The environment of the built API in production mode on its embedded database, no scheduled sweep. */
export function apiEnv({ dataDir, pgPort, apiPort, ...extra }) {
  return {
    ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(pgPort), PORT: String(apiPort), HOST: '127.0.0.1',
    DATABASE_URL: '', SMTP_URL: '', SCHEDULED_JOBS: 'off', PUBLIC_URL: `http://127.0.0.1:${apiPort}`, ...extra,
  };
}

/**
 * Starts `script` with the statement counter preloaded (count-statements.js, asked over IPC); its
 * last stderr lines are kept in `logs`, to show if the bench fails.
 */
export function startServer(script, env, logs, nodeOptions = []) {
  const child = spawn(process.execPath, [...nodeOptions, '--import', new URL('./count-statements.js', import.meta.url).pathname, script], {
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  child.stderr.on('data', (chunk) => {
    logs.push(chunk.toString('utf8'));
    if (logs.length > 200) logs.shift();
  });
  child.on('exit', (code, signal) => {
    if (!child.stopping) logs.push(`${script} exited (code ${code}, signal ${signal}) during the bench\n`);
  });
  return child;
}

/** Resolves once GET /health/ready answers 200; fails if the process exits or after `timeoutMs`. */
export async function waitForReady(port, child, what = 'the API', timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode} while starting`);
    try {
      const status = await new Promise((resolveStatus, reject) => {
        http.get({ host: '127.0.0.1', port, path: '/health/ready' }, (res) => {
          res.resume();
          resolveStatus(res.statusCode);
        }).on('error', reject);
      });
      if (status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not become ready within ${Math.round(timeoutMs / 1000)} s`);
    await sleep(250);
  }
}

/** SIGTERM, then SIGKILL after 20 s; resolves when the process has exited. */
export function stopServer(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.stopping = true;
    child.kill('SIGTERM');
  });
}

/** POST /graphql with fetch; the answer's body, plus the cookies it set. */
export async function gql(base, cookie, query, variables) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  return { ...body, setCookie: response.headers.getSetCookie() };
}

/** Signs a demo user in; the session cookie, its id (`sid`) and the user with its organisations. */
export async function signIn(base, email, password = DEMO_PASSWORD) {
  const answer = await gql(base, null, 'mutation($input: SignInInput!) { signIn(input: $input) { id memberships { organisation { id } } } }', { input: { email, password } });
  if (answer.errors) throw new Error(`sign-in of ${email}: ${JSON.stringify(answer.errors)}`);
  const cookie = answer.setCookie.find((c) => c.startsWith('extranet.sid='))?.split(';')[0];
  // express-session's cookie is « s:<sid>.<signature> », URL-encoded.
  const sid = decodeURIComponent(cookie.slice('extranet.sid='.length)).replace(/^s:/, '').replace(/\.[^.]*$/, '');
  return { cookie, sid, user: answer.data.signIn };
}

/** p50 and p95 of a list of durations. */
export function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: at(50), p95: at(95) };
}
