// Ports for the browser journeys' server and its embedded PostgreSQL. Taken from the environment
// (E2E_PORT, E2E_POSTGRES_PORT) when set, otherwise asked of the system, so that a server already
// running on 3100 or on PostgreSQL's usual ports does not fail the run. Written back to the
// environment: Playwright loads its configuration again in each worker, and the workers inherit
// this process's environment, so everyone agrees on the same ports.
import { execFileSync } from 'node:child_process';

/** Listens on port 0 twice at once (two different ports), prints both, closes: synchronous for the config. */
const ASK_SYSTEM = `
const net = require('node:net');
const servers = [net.createServer(), net.createServer()];
let open = 0;
for (const server of servers) server.listen(0, '127.0.0.1', () => {
  if (++open < servers.length) return;
  console.log(servers.map((s) => s.address().port).join(' '));
  servers.forEach((s) => s.close());
});
`;

export function e2ePorts() {
  if (!process.env.E2E_PORT || !process.env.E2E_POSTGRES_PORT) {
    const [web, postgres] = execFileSync(process.execPath, ['-e', ASK_SYSTEM], { encoding: 'utf8' }).trim().split(' ');
    process.env.E2E_PORT ||= web;
    process.env.E2E_POSTGRES_PORT ||= postgres;
  }
  return { web: Number(process.env.E2E_PORT), postgres: Number(process.env.E2E_POSTGRES_PORT) };
}

/** Each run's own database folder, so two runs on one machine never share (nor delete) each other's. */
export function e2eDataDir(webPort) {
  return `.data/e2e-${webPort}`;
}
