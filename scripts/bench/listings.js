// npm run bench -- listings [--scale N] [--requests R] [--reseed 1] [--explain 1]
//
// The listings reads the issue sets targets for, through POST /graphql on the built API
// (NODE_ENV=production), beside the same SQL statements sent straight to PostgreSQL with pg, so
// that the API's own cost shows: the staff review queue (first page, and a page filtered by type
// and commune), a partner's « Mes fiches », and one change request with its diff. The database
// is seeded once at N× the demo data (default 100: 170,000 listings, 10,000 open requests) under
// .data/bench-listings-N and reused by later runs (--reseed 1 starts again); --scale 1 is a quick
// run. Requests go one at a time, R per read (default 200) after 20 warm-up, API and SQL in turn.
// Also times one freshness-reminders claim at that scale (rolled back). --explain 1 prints the
// plans of the hot statements. Nothing here is asserted by tests; on a shared machine the figures
// move with the load (printed): compare API with SQL, and report the conditions.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { apiEnv, gql, percentiles, privateBuild, seedOnce, signIn, startServer, stopServer, waitForReady } from './server.js';

const BUILD = 'dist/bench-listings';
const options = { scale: 100, requests: 200, reseed: 0, explain: 0 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const name = argv[i].replace(/^--/, '');
  if (!(name in options) || !Number.isInteger(Number(argv[i + 1])) || Number(argv[i + 1]) < 0) {
    console.error(`usage: npm run bench -- listings [--scale N] [--requests R] [--reseed 1] [--explain 1] (got ${argv.join(' ')})`);
    process.exit(2);
  }
  options[name] = Number(argv[i + 1]);
}

const TARGETS = { queue: 50, filtered: 50, mine: 50, diff: 30 };

/** The portal's documents (apps/portal/src/app/{review,listings}/*.graphql), inlined so the bench stands alone. */
const QUEUE = `query ReviewQueue($filter: ReviewQueueFilter, $page: PageInput) { reviewQueue(filter: $filter, page: $page) {
  total offset limit items { id listingId organisationId organisationName type listingName communeCode communeName status submittedAt submittedByName changes { path label } } } }`;
const MINE = `query Listings($organisationId: ID!, $page: PageInput) { listings(organisationId: $organisationId, page: $page) {
  total offset limit items { id organisationId type version freshness lastConfirmedAt dueAt staleAt content { name address { communeCode } } openRequest { id status submittedAt } } } }`;
const DIFF = `query ChangeRequest($id: ID!) { changeRequest(id: $id) { id listingId organisationId organisationName type listingName communeCode communeName
  status version baseVersion submittedAt submittedByName reviewedAt reviewedByName comment changes { path label kind before after } decisions { path decision correctedValue } } }`;

/**
 * The statements the API sends for each read, one for one (captured with a query hook on pg's
 * client; the API's own count is printed beside), run here with pg over one connection: the
 * session and the actor, then the read's own.
 */
const VIEW = `SELECT cr."id"::text AS id, cr."organisation_id"::text AS "organisationId", cr."listing_id"::text AS "listingId", cr."type"::text AS type,
    cr."listing_name" AS "listingName", cr."commune_code" AS "communeCode", cr."changes", cr."base_version" AS "baseVersion",
    cr."status"::text AS status, cr."version", cr."submitted_by_id"::text AS "submittedById", cr."submitted_at" AS "submittedAt",
    cr."reviewed_by_id"::text AS "reviewedById", cr."reviewed_at" AS "reviewedAt", cr."decisions", cr."comment",
    o."name" AS "organisationName", COALESCE(c."name", cr."commune_code") AS "communeName",
    submitter."name" AS "submittedByName", reviewer."name" AS "reviewedByName"
  FROM "change_request" cr
  JOIN "organisation" o ON o."id" = cr."organisation_id"
  LEFT JOIN "commune" c ON c."code" = cr."commune_code"
  LEFT JOIN "app_user" submitter ON submitter."id" = cr."submitted_by_id"
  LEFT JOIN "app_user" reviewer ON reviewer."id" = cr."reviewed_by_id"`;
const SQL = {
  session: 'SELECT sess FROM "session" WHERE sid = $1 AND expire >= to_timestamp($2)',
  actor: `SELECT u."id", u."email", u."name", u."global_roles"::text[] AS "globalRoles",
    COALESCE((SELECT json_agg(json_build_object('organisationId', m."organisation_id", 'role', m."role") ORDER BY m."created_at", m."organisation_id")
      FROM "membership" m WHERE m."user_id" = u."id"), '[]'::json) AS "memberships"
    FROM "app_user" u WHERE u."id" = $1::uuid AND u."active"`,
  queuePage: (where, n) => `${VIEW} WHERE cr."status" = 'OPEN'${where} ORDER BY cr."submitted_at" ASC, cr."id" ASC LIMIT $${n + 1} OFFSET $${n + 2}`,
  queueCount: (where) => `SELECT count(*) AS total FROM "change_request" cr WHERE cr."status" = 'OPEN'${where}`,
  requestById: `${VIEW} WHERE cr."id" = $1::uuid`,
  organisation: `SELECT o."id", o."name", o."category"::text AS "category", o."legal_form"::text AS "legalForm", o."siret", o."street",
    o."postal_code" AS "postalCode", o."commune_code" AS "communeCode", c."name" AS "communeName", o."phone", o."email", o."website",
    o."version", o."updated_at" AS "updatedAt" FROM "organisation" o JOIN "commune" c ON c."code" = o."commune_code"
    WHERE o."id" = $1::uuid AND o."id" = ANY($2::uuid[])`,
  listingsPage: `SELECT l."id"::text AS id, l."organisation_id"::text AS "organisationId", l."type"::text AS type, l."content", l."version",
    l."last_confirmed_at" AS "lastConfirmedAt", l."apidae_id" AS "apidaeId", l."updated_at" AS "updatedAt"
    FROM "listing" l WHERE l."organisation_id" = $1::uuid ORDER BY l."name" ASC, l."id" ASC LIMIT $2 OFFSET $3`,
  listingsCount: 'SELECT count(*) AS total FROM "listing" l WHERE l."organisation_id" = $1::uuid',
  frequencies: 'SELECT type::text, days FROM listing_frequency WHERE 1=1 OFFSET 0',
  openRequests: `${VIEW} WHERE cr."listing_id" = ANY($1::uuid[]) AND cr."status" = 'OPEN'`,
};

async function main() {
  const { scale, requests } = options;
  const pgPort = process.env.BENCH_POSTGRES_PORT ?? '54422';
  const apiPort = process.env.BENCH_API_PORT ?? '3422';
  privateBuild(BUILD);
  const dataDir = seedOnce({ build: BUILD, name: 'bench-listings', scale, pgPort, reseed: Boolean(options.reseed) });
  const logs = [];
  const api = startServer(`${BUILD}/apps/api/src/main.js`, apiEnv({ dataDir, pgPort, apiPort }), logs);
  const base = `http://127.0.0.1:${apiPort}`;
  const db = new pg.Client({ connectionString: `postgresql://extranet:extranet@127.0.0.1:${pgPort}/extranet` });
  let failed = true;
  try {
    await waitForReady(apiPort, api);
    await db.connect();
    const staff = await signIn(base, 'agent@demo.paysdegex.test');
    const partner = await signIn(base, 'responsable@demo.paysdegex.test');
    const organisationId = partner.user.memberships[0].organisation.id;
    const officeId = staff.user.memberships[0].organisation.id;

    // The filtered page: the type and commune with the most open requests (a full page).
    const { rows: [busiest] } = await db.query(`SELECT type::text, commune_code FROM change_request WHERE status = 'OPEN' GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1`);
    const filter = { type: busiest.type, communeCode: busiest.commune_code };
    const firstPage = (await gql(base, staff.cookie, QUEUE, { page: { limit: 20 } })).data.reviewQueue;
    const diffIds = firstPage.items.map((r) => r.id);
    const { rows: [counts] } = await db.query(`SELECT (SELECT count(*) FROM listing)::int AS listings, (SELECT count(*) FROM change_request WHERE status = 'OPEN')::int AS open`);
    console.log(`\nScale ${scale}: ${counts.listings} listings, ${counts.open} open change requests; ${requests} requests per read after 20 warm-up, one at a time.`);

    const direct = new Direct(db);
    const reads = [
      { name: 'queue', label: 'review queue, first page', api: () => gql(base, staff.cookie, QUEUE, { page: { limit: 20 } }), sql: () => direct.queue(staff, {}) },
      { name: 'filtered', label: `review queue, ${filter.type} × ${filter.communeCode}`, api: () => gql(base, staff.cookie, QUEUE, { filter, page: { limit: 20 } }), sql: () => direct.queue(staff, filter) },
      { name: 'mine', label: 'partner’s « Mes fiches »', api: () => gql(base, partner.cookie, MINE, { organisationId, page: { limit: 20 } }), sql: () => direct.mine(partner, organisationId) },
      { name: 'office', label: 'the office’s own listings, 20 of them (staff)', api: () => gql(base, staff.cookie, MINE, { organisationId: officeId, page: { limit: 20 } }), sql: () => direct.mine(staff, officeId) },
      { name: 'diff', label: 'one change request (diff)', api: (i) => gql(base, staff.cookie, DIFF, { id: diffIds[i % diffIds.length] }), sql: (i) => direct.diff(staff, diffIds[i % diffIds.length]) },
    ];
    const loadBefore = loadavg()[0];
    const results = [];
    for (const read of reads) {
      for (let i = 0; i < 20; i++) {
        await read.api(i);
        await read.sql(i);
      }
      const before = await statementsOf(api);
      for (let i = 0; i < 10; i++) await read.api(i);
      const apiStatements = ((await statementsOf(api)) - before) / 10;
      const apiTimes = [];
      const sqlTimes = [];
      let sqlStatements = 0;
      for (let i = 0; i < requests; i++) {
        let started = performance.now();
        const answer = await read.api(i);
        apiTimes.push(performance.now() - started);
        if (answer.errors) throw new Error(`${read.name}: ${JSON.stringify(answer.errors)}`);
        started = performance.now();
        sqlStatements = await read.sql(i);
        sqlTimes.push(performance.now() - started);
      }
      results.push({ read, api: percentiles(apiTimes), sql: percentiles(sqlTimes), apiStatements, sqlStatements });
    }

    console.log('');
    console.log('| read | API p50 / p95 ms | SQL via pg p50 / p95 ms | statements API / SQL | target p95 |');
    console.log('|---|---|---|---|---|');
    for (const { read, api: a, sql, apiStatements, sqlStatements } of results) {
      const target = TARGETS[read.name];
      const verdict = target ? `< ${target} ms ${a.p95 < target ? 'met' : 'MISSED'}` : '—';
      console.log(`| ${read.label} | ${a.p50.toFixed(1)} / ${a.p95.toFixed(1)} | ${sql.p50.toFixed(1)} / ${sql.p95.toFixed(1)} | ${apiStatements.toFixed(1)} / ${sqlStatements} | ${verdict} |`);
    }
    const sweep = await timeSweep(db);
    console.log(`\nFreshness reminders: one claim at scale ${scale} (rolled back) took ${sweep.ms.toFixed(1)} ms and found ${sweep.claimed} owed.`);
    console.log(`machine: ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before the reads, ${loadavg()[0].toFixed(1)} after; client, API and PostgreSQL share it`);
    if (options.explain) await explain(db, filter, organisationId, diffIds[0]);
    failed = false;
  } finally {
    if (failed && logs.length) console.error(`API error output:\n${logs.join('').slice(-5000)}`);
    await db.end().catch(() => undefined);
    await stopServer(api);
  }
}

/** The API's running count of SQL statements (count-statements.js, over IPC). */
function statementsOf(child) {
  return new Promise((done) => {
    const onMessage = (reply) => {
      if (reply && 'statements' in reply) {
        child.off('message', onMessage);
        done(reply.statements);
      }
    };
    child.on('message', onMessage);
    child.send('statements');
  });
}

/** Runs the API's statements for each read with pg; returns how many it sent. */
class Direct {
  constructor(db) {
    this.db = db;
  }

  async request(who) {
    await this.db.query(SQL.session, [who.sid, Math.floor(Date.now() / 1000)]);
    await this.db.query(SQL.actor, [who.user.id]);
  }

  async queue(who, filter) {
    await this.request(who);
    const values = [];
    let where = '';
    if (filter.type) where += ` AND cr."type" = $${values.push(filter.type)}::"ListingType"`;
    if (filter.communeCode) where += ` AND cr."commune_code" = $${values.push(filter.communeCode)}`;
    // The API sends these two at once on two pooled connections; one connection sends them in turn.
    await this.db.query(SQL.queuePage(where, values.length), [...values, 20, 0]);
    await this.db.query(SQL.queueCount(where), values);
    return 4;
  }

  async mine(who, organisationId) {
    await this.request(who);
    await this.db.query(SQL.organisation, [organisationId, [organisationId]]);
    const { rows: listings } = await this.db.query(SQL.listingsPage, [organisationId, 20, 0]);
    await this.db.query(SQL.listingsCount, [organisationId]);
    await this.db.query(SQL.frequencies);
    await this.db.query(SQL.openRequests, [listings.map((l) => l.id)]);
    return 7;
  }

  async diff(who, id) {
    await this.request(who);
    await this.db.query(SQL.requestById, [id]);
    return 3;
  }
}

async function timeSweep(db) {
  await db.query('BEGIN');
  try {
    const started = performance.now();
    // The claim of ListingRemindersRepository.claimDue, whole: what one sweep batch costs at this scale.
    const { rows } = await db.query(`
      WITH owed AS MATERIALIZED (
        SELECT l."id", l."last_confirmed_at", s.step
        FROM "listing" l
        JOIN "organisation" o ON o."id" = l."organisation_id"
        CROSS JOIN LATERAL (SELECT CASE WHEN l."stale_at" <= now() THEN 'STALE' ELSE 'DUE_SOON' END AS step) s
        WHERE l."due_at" <= now() AND o."category" <> 'TOURISM_OFFICE'
          AND NOT EXISTS (SELECT 1 FROM "change_request" c WHERE c."listing_id" = l."id" AND c."status" = 'OPEN')
          AND NOT EXISTS (SELECT 1 FROM "listing_reminder" r WHERE r."listing_id" = l."id" AND r."step" = s.step AND r."period_start" = l."last_confirmed_at")
      ), claimed AS (
        INSERT INTO "listing_reminder" ("listing_id", "step", "period_start", "sent_at")
        SELECT owed."id", owed.step, owed."last_confirmed_at", now() FROM owed ORDER BY owed."id" LIMIT 100
        ON CONFLICT DO NOTHING RETURNING "listing_id"
      ) SELECT count(*)::int AS claimed FROM claimed`);
    return { ms: performance.now() - started, claimed: rows[0].claimed };
  } finally {
    await db.query('ROLLBACK');
  }
}

async function explain(db, filter, organisationId, requestId) {
  const plans = [
    ['queue page', SQL.queuePage('', 0), [20, 0]],
    ['queue count', SQL.queueCount(''), []],
    ['filtered page', SQL.queuePage(' AND cr."type" = $1::"ListingType" AND cr."commune_code" = $2', 2), [filter.type, filter.communeCode, 20, 0]],
    ['filtered count', SQL.queueCount(' AND cr."type" = $1::"ListingType" AND cr."commune_code" = $2'), [filter.type, filter.communeCode]],
    ['listings page', SQL.listingsPage, [organisationId, 20, 0]],
    ['listings count', SQL.listingsCount, [organisationId]],
    ['request view', SQL.requestById, [requestId]],
  ];
  for (const [name, sql, values] of plans) {
    const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values);
    console.log(`\n-- ${name}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
