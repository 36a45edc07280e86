// SIGTERM under load, on the built server in a child process: readiness answers 503 first, every
// request the server accepted is answered, keep-alive connections close cleanly, and the process
// exits 0 once jobs, pool and database are stopped. Prints the figures.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { repoPath } from '../src/config/paths.js';
import { freePort } from './utils/free-port.js';
import { waitFor } from './utils/wait-for.js';

const CONNECTIONS = 10;
const BODY = JSON.stringify({ query: '{ __typename }' });

interface Figures {
  okBefore: number;
  okAfter: number;
  refused: number;
  failures: string[];
  readiness: number[];
}

/** One request on `agent`'s connection: its status, or the error's code. */
function post(port: number, agent: http.Agent): Promise<{ status?: number; error?: string }> {
  return new Promise((resolve) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode }));
        response.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    request.end(BODY);
  });
}

function get(port: number, path: string): Promise<number | null> {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port, path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? null);
    }).on('error', () => resolve(null));
  });
}

async function freshDatabase(): Promise<string> {
  const serverUrl = process.env.TEST_POSTGRES_URL!;
  const database = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} TEMPLATE extranet_template`);
  await admin.end();
  return serverUrl.replace(/\/[^/]+$/, `/${database}`);
}

let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

it('loses no accepted request across a SIGTERM under load, and exits 0', async () => {
  // The built server (rebuilt only if its sources changed).
  execFileSync(process.execPath, [repoPath('scripts/build-if-changed.js'), 'api'], { stdio: 'ignore', timeout: 300_000 });
  const port = await freePort();
  const started = Date.now();
  child = spawn(process.execPath, [repoPath('dist/api/apps/api/src/main.js')], {
    cwd: repoPath('.'),
    env: {
      PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: await freshDatabase(), SESSION_SECRET: 's'.repeat(40), DATA_DIR: await mkdtemp(join(tmpdir(), 'extranet-stop-')),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child!.on('exit', (code, signal) => resolve({ code, signal })));
  await waitFor('the server to be ready', async () => (await get(port, '/health/ready')) === 200, { timeoutMs: 60_000, intervalMs: 100 });
  const readyAfter = (Date.now() - started) / 1000;

  const figures: Figures = { okBefore: 0, okAfter: 0, refused: 0, failures: [], readiness: [] };
  let sigtermAt = 0;
  const loops = Array.from({ length: CONNECTIONS }, async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (;;) {
      const { status, error } = await post(port, agent);
      if (error === 'ECONNREFUSED') {
        figures.refused += 1; // not accepted: the server had stopped listening
        break;
      }
      if (status === 200) figures[sigtermAt ? 'okAfter' : 'okBefore'] += 1;
      else figures.failures.push(error ?? `HTTP ${status}`);
    }
    agent.destroy();
  });
  let probing = true;
  const probe = (async () => {
    while (probing) {
      if (sigtermAt) figures.readiness.push((await get(port, '/health/ready')) ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();

  await waitFor('some load', () => figures.okBefore >= 200, { timeoutMs: 30_000, intervalMs: 20 });
  sigtermAt = Date.now();
  child.kill('SIGTERM');
  const exit = await exited;
  const stoppedIn = (Date.now() - sigtermAt) / 1000;
  await Promise.all(loops);
  probing = false;
  await probe;

  process.stdout.write(
    `SIGTERM under load (${CONNECTIONS} keep-alive connections, POST /graphql): ready in ${readyAfter.toFixed(1)} s; ` +
      `${figures.okBefore} answered before SIGTERM, ${figures.okAfter} after it, ${figures.failures.length} accepted requests failed ` +
      `${JSON.stringify(figures.failures.slice(0, 5))}, ${figures.refused} refused once it stopped listening; readiness after SIGTERM ` +
      `${JSON.stringify([...new Set(figures.readiness)])}; exit code ${exit.code} (signal ${exit.signal}) ${stoppedIn.toFixed(1)} s after SIGTERM\n`,
  );
  expect(figures.failures).toEqual([]);
  expect(figures.okAfter).toBeGreaterThan(0);
  expect(figures.readiness).toContain(503);
  expect(exit).toEqual({ code: 0, signal: null });
  expect(output).toMatch(/SIGTERM: arrêt en cours[\s\S]*Arrêté en/);
}, 420_000);
