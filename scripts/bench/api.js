// npm run bench -- api [--scale N] [--rounds R] [--duration S] [--connections C] [--read K] [--cpu-prof 1]
//
// The API's reads against the same reads written with node:http + pg (raw-server.js), on one
// embedded PostgreSQL seeded at N× the demo partners (default 1; 100 is 15,300 partners):
// the built API (dist/, NODE_ENV=production) and the raw server run side by side, each read is
// loaded for S seconds with C connections (keep-alive) on each server in turn, in R interleaved
// rounds (the order flips every round). Both answers are checked equal before any timing.
// Prints req/s, p50/p95/p99, the API/raw ratio, SQL statements per request (counted in each
// server's pg client) and resident memory, idle and under load. Nothing here is asserted by tests;
// on a shared machine the figures move with the load: compare ratios, and report the conditions.
// --read K measures only the K-th read (1-based); --cpu-prof 1 profiles the API (node --cpu-prof)
// and prints where its CPU time went, by package.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { apiEnv, freePort, privateBuild, seedInto, startServer, stopServer as stop, waitForReady } from './server.js';

const BUILD = 'dist/bench-api';
const options = { scale: 1, rounds: 3, duration: 5, connections: 10, read: 0, 'cpu-prof': 0 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const name = argv[i].replace(/^--/, '');
  if (!(name in options) || !Number.isInteger(Number(argv[i + 1])) || Number(argv[i + 1]) < 1) {
    console.error(`usage: npm run bench -- api [--scale N] [--rounds R] [--duration S] [--connections C] [--read K] [--cpu-prof 1] (got ${argv.join(' ')})`);
    process.exit(2);
  }
  options[name] = Number(argv[i + 1]);
}

const ORGANISATION_FIELDS = 'id name category legalForm siret address { street postalCode communeCode communeName } phone email website version updatedAt';
const DIRECTORY = `query($filter: OrganisationFilter, $page: PageInput, $after: String) {
  organisations(filter: $filter, page: $page, after: $after) {
    total offset limit nextCursor items { id name category address { street postalCode communeCode communeName } } } }`;
const QUERIES = {
  typename: '{ __typename }',
  organisation: `query($id: ID!) { organisation(id: $id) { ${ORGANISATION_FIELDS} } }`,
  team: `query($id: ID!) {
    organisation(id: $id) { id name }
    members(organisationId: $id) { userId name email role active }
    invitations(organisationId: $id) { id email role status expiresAt createdAt } }`,
  directory: DIRECTORY,
  outbox: `query($page: PageInput) { outbox(page: $page) {
    total offset limit smtpConfigured items { id recipient subject template text status attempts lastError createdAt sentAt } } }`,
};

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POST JSON; resolves with the status and the body as text. */
function post(port, path, body, cookie) {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1', port, path, method: 'POST', agent,
        headers: {
          'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'x-requested-with': 'bench',
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The two ways to ask for one read: GraphQL from the API, /read/<name> from the raw server. */
function requester(read, server) {
  return server.kind === 'api'
    ? () => post(server.port, '/graphql', { query: QUERIES[read.query], variables: read.variables }, read.cookie)
    : () => post(server.port, `/read/${read.query}`, read.variables, read.cookie);
}

/** Waits for a child's answer over IPC. */
function ask(child, message, key) {
  return new Promise((resolve) => {
    const onMessage = (reply) => {
      if (reply && key in reply) {
        child.off('message', onMessage);
        resolve(reply[key]);
      }
    };
    child.on('message', onMessage);
    if (message) child.send(message);
  });
}

function rssMiB(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN; // the process is gone; its exit is reported
  }
}

const CLOCK_TICKS = 100; // USER_HZ on Linux, the unit of /proc/<pid>/stat's times

/** CPU time (user + system, ms) a process has used so far, from /proc (threads included). */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0; // gone
  }
}

/** The processes under `pid` (the API starts the embedded PostgreSQL: postmaster and backends). */
function descendants(pid) {
  const parent = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited meanwhile
    }
  }
  const found = [];
  const walk = (p) => {
    for (const [child, ppid] of parent) if (ppid === p) { found.push(child); walk(child); }
  };
  walk(pid);
  return found;
}

/** CPU used so far by the server, by PostgreSQL (per process, so a backend started later counts from 0) and by this client. */
function cpuSnapshot(server, postgresRoot) {
  return {
    server: cpuMs(server.child.pid),
    postgres: new Map(descendants(postgresRoot).map((pid) => [pid, cpuMs(pid)])),
    client: process.cpuUsage(),
  };
}

function cpuSpent(before, after) {
  let postgres = 0;
  for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? 0);
  const client = process.cpuUsage(before.client);
  return { server: after.server - before.server, postgres, client: (client.user + client.system) / 1000 };
}

/** SQL statements one request of `read` costs on `server`, net of the background's (pg-boss polling). */
async function statementsPerRequest(read, server, n = 30) {
  const send = requester(read, server);
  await send();
  const before = await ask(server.child, 'statements', 'statements');
  const started = performance.now();
  for (let i = 0; i < n; i++) await send();
  const elapsed = performance.now() - started;
  const afterRequests = await ask(server.child, 'statements', 'statements');
  await sleep(elapsed);
  const background = (await ask(server.child, 'statements', 'statements')) - afterRequests;
  return Math.max(0, afterRequests - before - background) / n;
}

/** `connections` loops sending one request after another for `seconds`. */
async function load(read, server, seconds, connections, postgresRoot) {
  const send = requester(read, server);
  const cpuBefore = cpuSnapshot(server, postgresRoot);
  const latencies = [];
  let failures = 0;
  let rssMax = rssMiB(server.child.pid);
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, rssMiB(server.child.pid));
  }, 200);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          const { status, text } = await send();
          latencies.push(performance.now() - t0);
          if (status !== 200 || text.startsWith('{"errors"') || text.includes('"errors":[')) failures += 1;
        }
      }),
    );
  } finally {
    clearInterval(sampler);
  }
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuSpent(cpuBefore, cpuSnapshot(server, postgresRoot));
  return { requests: latencies.length, elapsed, latencies, failures, rssMax, cpu };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** JSON with keys sorted, to compare the two answers whatever their key order. */
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
  return value;
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Where the API's CPU time went during the timed loads (self time, by package), idle time left out. */
function printProfile(dir, windows) {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return console.log('no CPU profile written');
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const layerOf = new Map();
  for (const node of profile.nodes) {
    const { url, functionName } = node.callFrame;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    layerOf.set(node.id,
      pkg ? pkg
        : url.includes('/dist/api/') ? 'the API’s own code (dist/)'
        : url.startsWith('node:') ? `Node.js ${url.replace(/^node:(internal\/)?/, '')}`
        : url.startsWith('wasm://') ? 'WebAssembly (Prisma query compiler)'
        : functionName.startsWith('(') ? functionName
        : `native ${functionName}`);
  }
  // Sample times are CLOCK_MONOTONIC microseconds, like process.hrtime() here: keep the loads only.
  const time = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (!windows.some(([from, to]) => at >= from && at <= to)) return;
    const layer = layerOf.get(id);
    time.set(layer, (time.get(layer) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  time.delete('(idle)');
  const busy = [...time.values()].reduce((a, b) => a + b, 0);
  const grouped = new Map();
  for (const [name, us] of time) {
    const layer = LAYERS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
    grouped.set(layer, (grouped.get(layer) ?? 0) + us);
  }
  const print = (entries) => {
    for (const [name, us] of [...entries].sort((a, b) => b[1] - a[1])) console.log(`  ${fmt((100 * us) / busy, 1).padStart(5)} %  ${name}`);
  };
  console.log(`\n${join(dir, file)}: API CPU profile of the timed loads (${fmt(busy / 1e6, 1)} s on CPU), self time by layer:`);
  print(grouped);
  console.log('by package or function (top 25):');
  print([...time].sort((a, b) => b[1] - a[1]).slice(0, 25));
}

/** Packages and functions of a profile, grouped in the layers a request crosses. */
const LAYERS = [
  ['Prisma client and its WebAssembly query compiler', /^@prisma\/|^WebAssembly/],
  ['pg driver', /^pg(-protocol|-pool|-types|-connection-string)?$|^postgres-/],
  ['Apollo Server, graphql-js, graphql-armor', /^@apollo\/|^graphql$|^@escape\.tech\/|^@graphql-|^@as-integrations\/|^@envelop\//],
  ['NestJS (router, guards, pipes, class-validator)', /^@nestjs\/|^class-validator|^class-transformer|^reflect-metadata|^rxjs|^tslib|^validator$/],
  ['express-session, passport, cookies', /^express-session|^passport|^cookie|^on-headers|^uid-safe|^random-bytes|^connect-pg-simple|^crc$|crypto/],
  ['Express and middleware (router, body parser, helmet, compression)', /^express$|^router$|^body-parser|^raw-body|^helmet|^compression|^negotiator|^accepts|^type-is|^content-type|^qs$|^finalhandler|^depd|^vary|^on-finished|^iconv-lite|^bytes|^media-typer|^mime|^parseurl|^encodeurl|^etag|^fresh|^send$|^statuses|^http-errors|^path-to-regexp|^safe-buffer|^debug|^ms$|^setprototypeof/],
  ['the API’s own code (dist/)', /own code/],
  ['garbage collector', /garbage collector/],
  ['Node.js: HTTP, sockets, streams, timers (syscalls such as writev included)', /^Node\.js|^native |^\(program\)/],
];

/** [from, to] in monotonic microseconds of every timed load on the API, for --cpu-prof. */
const apiLoadWindows = [];
const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

async function main() {
  console.log(`bench api: scale ${options.scale}, ${options.rounds} rounds × ${options.duration} s per read and server, ${options.connections} connections`);
  // A private build: others' `npm run build:api` rewriting dist/api mid-run would break the servers.
  privateBuild(BUILD);
  const { DEMO_LOGINS } = await import(`../../${BUILD}/prisma/seed/seed.js`);

  const dataDir = mkdtempSync(join(tmpdir(), 'bench-api-'));
  const profileDir = join(tmpdir(), `bench-api-profile-${process.pid}`); // kept, for a closer look
  const [pgPort, apiPort, rawPort] = [await freePort(), await freePort(), await freePort()];
  const sessionSecret = randomBytes(32).toString('hex');
  const databaseUrl = `postgresql://extranet:extranet@127.0.0.1:${pgPort}/extranet`;
  const logs = [];
  let api;
  let raw;
  let failed = true;
  try {
    const seconds = seedInto({ build: BUILD, dataDir, scale: options.scale, pgPort, stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`seeded in ${fmt(seconds, 1)} s`);

    api = startServer(`${BUILD}/apps/api/src/main.js`, apiEnv({ dataDir, pgPort, apiPort, SESSION_SECRET: sessionSecret }), logs, options['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []);
    await waitForReady(apiPort, api, 'the API');

    // The outbox page needs messages: the demo seed writes none. Some carry single-use links,
    // which the page masks for staff.
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    await db.query(
      `INSERT INTO "outbox_message" ("id", "recipient", "subject", "template", "html", "text", "status", "created_at")
       SELECT gen_random_uuid(), 'partenaire' || i || '@demo.paysdegex.test', 'Message ' || i,
         (ARRAY['invitation', 'password-reset', 'listing-decision'])[1 + i % 3], '<p>…</p>',
         'Bonjour,' || E'\\n' || 'https://extranet.test/invitation?token=' || md5(i::text) || E'\\n' || 'Cordialement',
         (ARRAY['PENDING', 'SENT'])[1 + i % 2]::"OutboxStatus", now() - make_interval(mins => i)
       FROM generate_series(1, $1::int) AS i`,
      [50 * options.scale],
    );
    await db.query('VACUUM ANALYZE');
    await db.end();

    raw = startServer('scripts/bench/raw-server.js', {
      ...process.env, DATABASE_URL: databaseUrl, SESSION_SECRET: sessionSecret, PORT: String(rawPort), DOMAIN_BUILD: `${BUILD}/libs/domain/src/index.js`,
    }, logs);
    await ask(raw, null, 'listening');
    const servers = [{ kind: 'api', port: apiPort, child: api }, { kind: 'raw', port: rawPort, child: raw }];

    // Sign in through the API; the raw server checks the same cookies in the same table.
    const signIn = async (email) => {
      const { headers, text } = await post(apiPort, '/graphql', {
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { id memberships { organisation { id } } } }',
        variables: { input: { email, password: DEMO_LOGINS.password } },
      });
      const cookie = headers['set-cookie']?.find((c) => c.startsWith('extranet.sid='))?.split(';')[0];
      if (!cookie) throw new Error(`sign-in of ${email} failed: ${text}`);
      return { cookie, user: JSON.parse(text).data.signIn };
    };
    const email = (role) => DEMO_LOGINS.accounts.find((a) => a.role.startsWith(role)).email;
    const partner = await signIn(email('Partenaire'));
    const staff = await signIn(email('Agent'));
    const organisationId = partner.user.memberships[0].organisation.id;

    const directoryPage = async (variables) =>
      JSON.parse((await post(apiPort, '/graphql', { query: DIRECTORY, variables }, staff.cookie)).text).data.organisations;
    const { total } = await directoryPage({ page: { limit: 1 } });
    const deepOffset = Math.max(0, total - 20);
    const { nextCursor } = await directoryPage({ page: { offset: Math.max(0, deepOffset - 1), limit: 1 } });

    const allReads = [
      { name: 'signed-in { __typename }', query: 'typename', cookie: partner.cookie, variables: {} },
      { name: "partner's own organisation", query: 'organisation', cookie: partner.cookie, variables: { id: organisationId } },
      { name: "partner's team (members + invitations)", query: 'team', cookie: partner.cookie, variables: { id: organisationId } },
      { name: 'staff directory, page 1', query: 'directory', cookie: staff.cookie, variables: { page: { offset: 0, limit: 20 } } },
      { name: 'staff directory, search « jura »', query: 'directory', cookie: staff.cookie, variables: { filter: { search: 'jura' }, page: { offset: 0, limit: 20 } } },
      { name: `staff directory, deep page (offset ${fmt(deepOffset)})`, query: 'directory', cookie: staff.cookie, variables: { page: { offset: deepOffset, limit: 20 } } },
      { name: 'staff directory, deep page (cursor)', query: 'directory', cookie: staff.cookie, variables: { page: { offset: 0, limit: 20 }, after: nextCursor } },
      { name: 'outbox, page 1', query: 'outbox', cookie: staff.cookie, variables: { page: { offset: 0, limit: 20 } } },
    ];
    const reads = options.read ? [allReads[options.read - 1]].filter(Boolean) : allReads;

    for (const read of reads) {
      const [fromApi, fromRaw] = await Promise.all(servers.map((s) => requester(read, s)()));
      const a = JSON.stringify(canonical(JSON.parse(fromApi.text)));
      const b = JSON.stringify(canonical(JSON.parse(fromRaw.text)));
      if (a !== b || a.includes('"errors"')) {
        throw new Error(`the two servers disagree on "${read.name}":\n  API ${a.slice(0, 600)}\n  raw ${b.slice(0, 600)}`);
      }
      for (const s of servers) read[`statements_${s.kind}`] = await statementsPerRequest(read, s);
    }
    console.log(`checked: both servers answer the same JSON for the ${reads.length} reads (${fmt(total)} partners in the directory)`);

    const idle = Object.fromEntries(servers.map((s) => [s.kind, rssMiB(s.child.pid)]));
    const results = new Map(reads.map((read) => [read, { api: [], raw: [] }]));
    const loadBefore = loadavg()[0];
    for (let round = 0; round < options.rounds; round++) {
      for (const read of reads) {
        for (const server of round % 2 ? [...servers].reverse() : servers) {
          await load(read, server, 1, options.connections, api.pid); // warm-up, not counted
          const from = monotonicMicros();
          results.get(read)[server.kind].push(await load(read, server, options.duration, options.connections, api.pid));
          if (server.kind === 'api') apiLoadWindows.push([from, monotonicMicros()]);
        }
      }
      process.stdout.write(`  round ${round + 1}/${options.rounds} done (load average ${fmt(loadavg()[0], 1)})\n`);
    }

    const summary = (runs) => {
      const latencies = runs.flatMap((r) => r.latencies).sort((x, y) => x - y);
      const requests = runs.reduce((n, r) => n + r.requests, 0);
      const seconds = runs.reduce((n, r) => n + r.elapsed, 0);
      return {
        rps: requests / seconds,
        p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99),
        failures: runs.reduce((n, r) => n + r.failures, 0),
        rssMax: Math.max(...runs.map((r) => r.rssMax)),
        perRound: runs.map((r) => r.requests / r.elapsed),
        cpu: Object.fromEntries(['server', 'postgres', 'client'].map((k) => [k, runs.reduce((n, r) => n + r.cpu[k], 0) / requests])),
      };
    };
    console.log('');
    console.log(`| read | API req/s | API p50 / p95 / p99 ms | raw req/s | raw p50 / p95 / p99 ms | API/raw | statements API / raw |`);
    console.log(`|---|---|---|---|---|---|---|`);
    let rssLoad = { api: 0, raw: 0 };
    const cpuLines = [];
    for (const read of reads) {
      const api = summary(results.get(read).api);
      const rawResult = summary(results.get(read).raw);
      rssLoad = { api: Math.max(rssLoad.api, api.rssMax), raw: Math.max(rssLoad.raw, rawResult.rssMax) };
      const cpu = (s) => `${fmt(s.cpu.server, 2)} / ${fmt(s.cpu.postgres, 2)} / ${fmt(s.cpu.client, 2)}`;
      cpuLines.push(`| ${read.name} | ${cpu(api)} | ${cpu(rawResult)} | ${fmt(api.cpu.server / rawResult.cpu.server, 1)}× |`);
      const ms = (s) => `${fmt(s.p50, 1)} / ${fmt(s.p95, 1)} / ${fmt(s.p99, 1)}`;
      const failures = api.failures + rawResult.failures ? ` (failures: API ${api.failures}, raw ${rawResult.failures})` : '';
      console.log(
        `| ${read.name} | ${fmt(api.rps)} | ${ms(api)} | ${fmt(rawResult.rps)} | ${ms(rawResult)} | ${fmt(api.rps / rawResult.rps, 2)}× | ` +
          `${fmt(read.statements_api, 1)} / ${fmt(read.statements_raw, 1)} |${failures}`,
      );
    }
    console.log('');
    console.log('CPU time per request, ms (user + system, from /proc): the server process / PostgreSQL / this client');
    console.log('| read | API | raw | API server / raw server |');
    console.log('|---|---|---|---|');
    for (const line of cpuLines) console.log(line);
    console.log('');
    console.log(`req/s per round, API: ${reads.map((r) => summary(results.get(r).api).perRound.map((x) => fmt(x)).join('/')).join('  ')}`);
    console.log(`req/s per round, raw: ${reads.map((r) => summary(results.get(r).raw).perRound.map((x) => fmt(x)).join('/')).join('  ')}`);
    console.log(`RSS idle (after start and the checks): API ${fmt(idle.api)} MiB, raw ${fmt(idle.raw)} MiB; under load (max): API ${fmt(rssLoad.api)} MiB, raw ${fmt(rssLoad.raw)} MiB`);
    console.log(`machine: ${cpus().length} cores, load average ${fmt(loadBefore, 1)} before the rounds, ${fmt(loadavg()[0], 1)} after; client, both servers and PostgreSQL share it`);
    failed = false;
  } finally {
    if (failed && logs.length) console.error(`servers' error output:\n${logs.join('')}`);
    await Promise.all([stop(raw), stop(api)]);
    if (options['cpu-prof'] && !failed) printProfile(profileDir, apiLoadWindows);
    agent.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
