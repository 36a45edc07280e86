// npm run bench -- start   how long `npm start` takes to be ready on an unchanged checkout, and a
// restart of the built server, on an embedded PostgreSQL of its own (a temporary DATA_DIR, free
// ports). A first start, not timed, builds what changed, creates the cluster, migrates and seeds.
// Ready = GET /health/ready answers 200. Prints the figures; nothing is asserted.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const ready = (port) =>
  new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port, path: '/health/ready', agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    }).on('error', () => resolve(false));
  });

const dataDir = mkdtempSync(join(tmpdir(), 'bench-start-'));
const port = await freePort();
const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_POSTGRES_PORT: String(await freePort()), DATABASE_URL: '', SMTP_URL: '', PUBLIC_URL: '' };

/** Starts `command`, waits until ready; returns the child and the seconds it took. */
async function start(command, args) {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  for (;;) {
    if (await ready(port)) break;
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited ${child.exitCode}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, exited, seconds: Number(process.hrtime.bigint() - started) / 1e9, output: () => output };
}

/** SIGTERM to the whole group (npm and the server under it); seconds until every process of it has exited. */
async function stop({ child, exited }) {
  const started = process.hrtime.bigint();
  process.kill(-child.pid, 'SIGTERM');
  const { code } = await exited;
  // npm itself exits at once on SIGTERM; the server under it stops in order: wait for the group.
  for (;;) {
    try {
      process.kill(-child.pid, 0);
    } catch {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, code };
}

try {
  const first = await start('npm', ['start', '--silent']);
  const firstStop = await stop(first);
  console.log(`first start (build if needed, new cluster, migrations, demo seed): ready in ${first.seconds.toFixed(1)} s; stopped in ${firstStop.seconds.toFixed(1)} s`);

  const cold = await start('npm', ['start', '--silent']);
  const coldStop = await stop(cold);
  console.log(`npm start, unchanged checkout: ready in ${cold.seconds.toFixed(1)} s (goal < 20 s); stopped in ${coldStop.seconds.toFixed(1)} s`);

  env.NODE_ENV = 'production';
  const restarts = [];
  for (let i = 0; i < 2; i++) {
    const restart = await start(process.execPath, ['dist/api/apps/api/src/main.js']);
    const restartStop = await stop(restart);
    restarts.push(restart.seconds);
    console.log(`restart of the built server: ready in ${restart.seconds.toFixed(1)} s (goal < 5 s); stopped in ${restartStop.seconds.toFixed(1)} s (exit ${restartStop.code})`);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
