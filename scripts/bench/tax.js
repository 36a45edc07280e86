// npm run bench -- tax [--scale N] [--requests R] [--reseed 1] [--stays N] [--db 0]
//
// 1. The tourist-tax engine in a plain Node loop: `computeStay` (the engine the API and the portal
//    share) over N varied stays (default 5,000,000: classified and unclassified, with minors, caps
//    reached or not), then `calculateTouristTax` (the same with validation), then whole quarterly
//    declarations (computeDeclaration over 20 lines). Target: at least 1,000,000 stays per second.
// 2. The database side (skipped with --db 0): the demo seeded at N× (default 100: 28,200
//    accommodations, four years of quarterly declarations, about 450,000) under .data/bench-tax-N,
//    reused by later runs (--reseed 1 starts again). Then, one request at a time, R times each
//    (default 100) after 10 warm-up: the staff dashboard (the follow-up page's query: periods of the
//    year, balance and the first page of late declarations, plus the staff home's to-do) and the
//    year's statistics (taxStatistics) through POST /graphql on the built API (NODE_ENV=production),
//    beside the same aggregates sent straight to PostgreSQL with pg, and the dashboard's figures and
//    the statistics computed from the declarations themselves (what the summaries avoid).
//    Target: p95 < 200 ms.
// Nothing here is asserted by tests; on a shared machine the figures move with the load (printed).
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { apiEnv, gql, percentiles, privateBuild, seedOnce, signIn, startServer, stopServer, waitForReady } from './server.js';

const BUILD = 'dist/bench-tax';
const options = { scale: 100, requests: 100, reseed: 0, stays: 5_000_000, db: 1 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const name = argv[i].replace(/^--/, '');
  if (!(name in options) || !Number.isInteger(Number(argv[i + 1])) || Number(argv[i + 1]) < 0) {
    console.error(`usage: npm run bench -- tax [--scale N] [--requests R] [--reseed 1] [--stays N] [--db 0] (got ${argv.join(' ')})`);
    process.exit(2);
  }
  options[name] = Number(argv[i + 1]);
}
const N = options.stays;
if (N < 1000) {
  console.error('--stays must be at least 1000');
  process.exit(2);
}

privateBuild(BUILD);
const domain = await import(`../../${BUILD}/libs/domain/src/tourist-tax/index.js`);
const { computeStay, calculateTouristTax, computeDeclaration, PAYS_DE_GEX_TARIFFS, CLASSIFIED_CATEGORIES } = domain;

const tariffs = PAYS_DE_GEX_TARIFFS.find((t) => t.year === 2026);
const categories = [...CLASSIFIED_CATEGORIES, 'UNCLASSIFIED', 'UNCLASSIFIED'];
const stays = Array.from({ length: 4096 }, (_, i) => {
  const persons = 1 + (i % 6);
  return {
    category: categories[i % categories.length],
    nights: 1 + (i % 14),
    persons,
    exempted: { MINOR: i % 3 === 0 ? Math.min(2, persons - 1) : 0 },
    nightlyPriceCents: 3000 + ((i * 7919) % 40000),
  };
});

function run(label, fn, count) {
  // warm-up, then the timed loop
  let sink = 0;
  for (let i = 0; i < 100_000; i++) sink += fn(stays[i & 4095]);
  const started = performance.now();
  for (let i = 0; i < count; i++) sink += fn(stays[i & 4095]);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label.padEnd(44)} ${count.toLocaleString('en')} in ${seconds.toFixed(2)} s = ${Math.round(count / seconds).toLocaleString('en')} /s (checksum ${sink})`);
  return count / seconds;
}

console.log(`bench tax on ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const engine = run('computeStay (engine, no validation)', (s) => computeStay(s, tariffs).totalCents, N);
run('calculateTouristTax (validation + engine)', (s) => { const r = calculateTouristTax(s, tariffs); return r.ok ? r.value.totalCents : 0; }, Math.max(1000, Math.floor(N / 2)));
const lines = stays.slice(0, 20).map((s) => ({ ...s, category: undefined, stays: 3, platformCollected: false }));
const declarations = Math.max(1000, Math.floor(N / 50));
run('computeDeclaration (20 lines, STARS_3)', () => computeDeclaration({ noRental: false, lines }, 'STARS_3', tariffs).dueCents, declarations);
console.log(engine >= 1_000_000 ? `target met: ≥ 1,000,000 stays/s` : `TARGET MISSED: < 1,000,000 stays/s`);

// ---------------------------------------------------------------------------------------------
// The database side

const TARGET_MS = 200;
const ROW = 'key label nights personNights platformNights amountCents previousNights previousPersonNights previousAmountCents';
const STATISTICS = `query($year: Int!) { taxStatistics(year: $year) { year monthMethod byMonth { ${ROW} } byQuarter { ${ROW} } byCommune { ${ROW} } byCategory { ${ROW} }
  forecast { declaredCents forecastCents previousYearCents method } } }`;
const DASHBOARD = `query($year: Int!, $page: PageInput) {
  taxFollowUp(year: $year) { year periods { year quarter label deadline closed expected received late declaredCents anomalies } balance { declaredCents paidCents outstandingCents } }
  taxLateDeclarations(page: $page) { total offset limit items { accommodationId accommodationName organisationId organisationName communeName year quarter periodLabel deadline daysLate lastReminderAt } }
  taxStaffTodo { lateDeclarations anomalies outstandingCents } }`;

/** The aggregates the API runs for each read (tax.repository.ts), sent straight with pg. */
const SQL = {
  summary: (key) => `SELECT s."year", ${key} AS key, sum(s."nights") AS nights, sum(s."person_nights") AS person_nights, sum(s."platform_nights") AS platform_nights,
      sum(s."amount_cents") AS amount FROM "tax_statistic" s WHERE s."year" = ANY($1::int[]) GROUP BY s."year", 2`,
  fromDeclarations: (key) => `SELECT d."year", ${key} AS key, sum(d."nights") AS nights, sum(d."person_nights") AS person_nights, sum(d."platform_nights") AS platform_nights,
      sum(d."amount_cents") AS amount FROM "tax_declaration" d JOIN "tax_accommodation" a ON a."id" = d."accommodation_id"
      WHERE d."status" = 'SUBMITTED' AND d."year" = ANY($1::int[]) GROUP BY d."year", 2`,
  // the dashboard on the summary (tax_period_total, tax_accommodation.declared_periods)
  activeIn: (p) => `a."active_from" <= '${p.to}'::date AND (a."active_to" IS NULL OR a."active_to" >= '${p.from}'::date)`,
  expected: (periods) => `SELECT ${periods.map((p, i) => `count(*) FILTER (WHERE ${SQL.activeIn(p)}) AS p${i}`).join(', ')} FROM "tax_accommodation" a`,
  periodTotals: (periods) => `SELECT "year", "quarter", "received", "declared_cents" AS declared, "anomalies" FROM "tax_period_total"
      WHERE ("year", "quarter") IN (${periods.map((p) => `(${p.year}, ${p.quarter})`).join(', ')})`,
  lateCounts: (periods) => `SELECT ${periods.map((p, i) => `count(*) FILTER (WHERE ${SQL.activeIn(p)} AND ${p.year * 10 + p.quarter} <> ALL(coalesce(a."declared_periods", ARRAY[]::int[]))) AS p${i}`).join(', ')}
      FROM "tax_accommodation" a`,
  latePage: (values) => `WITH l AS MATERIALIZED (SELECT a."id", a."name", a."organisation_id", a."commune_code", p.year, p.quarter FROM "tax_accommodation" a
        JOIN (VALUES ${values}) p(year, quarter, d_from, d_to) ON a."active_from" <= p.d_to AND (a."active_to" IS NULL OR a."active_to" >= p.d_from)
        WHERE p.year * 10 + p.quarter <> ALL(coalesce(a."declared_periods", ARRAY[]::int[])))
      SELECT l."id", l."name", o."name", l."commune_code", l.year, l.quarter,
        (SELECT max(r."sent_at") FROM "tax_reminder" r WHERE r."accommodation_id" = l."id" AND r."year" = l.year AND r."quarter" = l.quarter) AS last_reminder_at
      FROM l JOIN "organisation" o ON o."id" = l."organisation_id" ORDER BY l.year, l.quarter, o."name", l."name", l."id" LIMIT 20`,
  totals: (where) => `SELECT sum("declared_cents") AS declared, sum("paid_cents") AS paid FROM "tax_period_total" ${where}`,
  anomalies: `SELECT sum("anomalies") AS n FROM "tax_period_total"`,
  // the same figures from the declarations and payments (before the summary: tax.repository.ts at 2d0ff7b)
  oldPeriodStats: (values) => `WITH p(year, quarter, d_from, d_to) AS (VALUES ${values})
      SELECT p.year, p.quarter,
        (SELECT count(*) FROM "tax_accommodation" a WHERE a."active_from" <= p.d_to AND (a."active_to" IS NULL OR a."active_to" >= p.d_from)) AS expected,
        (SELECT count(*) FROM "tax_declaration" d WHERE d."year" = p.year AND d."quarter" = p.quarter AND d."status" = 'SUBMITTED') AS received,
        (SELECT sum(d."amount_cents") FROM "tax_declaration" d WHERE d."year" = p.year AND d."quarter" = p.quarter AND d."status" = 'SUBMITTED') AS declared,
        (SELECT count(*) FROM "tax_declaration" d WHERE d."year" = p.year AND d."quarter" = p.quarter AND d."status" = 'SUBMITTED' AND jsonb_array_length(d."anomalies") > 0) AS anomalies
      FROM p ORDER BY p.year, p.quarter`,
  oldDeclared: (where) => `SELECT sum("amount_cents") FROM "tax_declaration" WHERE "status" = 'SUBMITTED' ${where}`,
  oldPaid: (where) => `SELECT sum(p."amount_cents") FROM "tax_payment" p ${where}`,
  oldLate: (values, years, select, tail) => `SELECT ${select}
      FROM "tax_accommodation" a JOIN "organisation" o ON o."id" = a."organisation_id"
      JOIN (VALUES ${values}) p(year, quarter, d_from, d_to) ON a."active_from" <= p.d_to AND (a."active_to" IS NULL OR a."active_to" >= p.d_from)
      WHERE NOT EXISTS (SELECT 1 FROM "tax_declaration" d WHERE d."accommodation_id" = a."id" AND d."year" = p.year AND d."quarter" = p.quarter AND d."status" = 'SUBMITTED'
        AND d."year" BETWEEN ${Math.min(...years)} AND ${Math.max(...years)}) ${tail}`,
  oldAnomalies: `SELECT count(*) FROM "tax_declaration" WHERE "status" = 'SUBMITTED' AND jsonb_array_length("anomalies") > 0`,
  tariffYears: `SELECT "year" FROM "tax_tariff_year" ORDER BY "year"`,
};

const periodValues = (periods) => periods.map((p) => `(${p.year}::int, ${p.quarter}::int, '${p.from}'::date, '${p.to}'::date)`).join(', ');

async function database() {
  const { scale, requests } = options;
  const pgPort = process.env.BENCH_POSTGRES_PORT ?? '54423';
  const apiPort = process.env.BENCH_API_PORT ?? '3423';
  const dataDir = seedOnce({ build: BUILD, name: 'bench-tax', scale, pgPort, reseed: Boolean(options.reseed) });
  const logs = [];
  const api = startServer(`${BUILD}/apps/api/src/main.js`, apiEnv({ dataDir, pgPort, apiPort }), logs);
  const base = `http://127.0.0.1:${apiPort}`;
  const db = new pg.Client({ connectionString: `postgresql://extranet:extranet@127.0.0.1:${pgPort}/extranet` });
  let failed = true;
  try {
    await waitForReady(apiPort, api);
    await db.connect();
    const staff = await signIn(base, 'agent@demo.paysdegex.test');
    const today = domain.parisDay(new Date());
    const year = Number(today.slice(0, 4));
    const { rows: [counts] } = await db.query(`SELECT (SELECT count(*) FROM "tax_accommodation")::int AS accommodations, (SELECT count(*) FROM "tax_declaration")::int AS declarations,
      (SELECT count(*) FROM "tax_statistic")::int AS summary, (SELECT min("year") FROM "tax_declaration") AS first, (SELECT max("year") FROM "tax_declaration") AS last`);
    console.log(`\nScale ${scale}: ${counts.accommodations.toLocaleString('en')} accommodations, ${counts.declarations.toLocaleString('en')} declarations (${counts.first}–${counts.last}), ${counts.summary.toLocaleString('en')} summary rows; ${requests} requests per read after 10 warm-up, one at a time.`);

    // the late periods the API chases: deadline passed, at most two years back, years with tariffs
    const tariffYears = new Set((await db.query(SQL.tariffYears)).rows.map((r) => r.year));
    const late = domain.periodsPastDeadline(`${year - 2}-01-01`, today).filter((p) => tariffYears.has(p.year));
    const periods = domain.periodsOfYear(year);
    const years = [year, year - 1];
    const keys = { month: `s."month"::text`, quarter: `((s."month" - 1) / 3 + 1)::text`, commune: `s."commune_code"`, category: `s."category"` };
    const declarationKeys = { quarter: `d."quarter"::text`, commune: `a."commune_code"`, category: `d."category"` };
    const reads = [
      {
        label: `staff dashboard (follow-up ${year} + late list + staff to-do)`,
        api: () => gql(base, staff.cookie, DASHBOARD, { year, page: { limit: 20 } }),
        sql: async () => {
          await Promise.all([db.query(SQL.expected(periods)), db.query(SQL.periodTotals(periods))]);
          await db.query(SQL.totals(`WHERE "year" = ${year}`));
          // the late counts per period (the page's total and the to-do's count), then the page
          // from the periods it falls in (tax.repository.ts `late`)
          const { rows: [counts] } = await db.query(SQL.lateCounts(late));
          const touched = [];
          let before = 0;
          late.forEach((p, i) => {
            const n = Number(counts[`p${i}`]);
            if (n > 0 && before < 20) touched.push(p);
            before += n;
          });
          if (touched.length) await db.query(SQL.latePage(periodValues(touched)));
          await db.query(SQL.anomalies);
          await db.query(SQL.totals(''));
        },
      },
      {
        label: `the same dashboard figures from the declarations (no summary)`,
        api: null,
        sql: async () => {
          await db.query(SQL.oldPeriodStats(periodValues(periods)));
          await db.query(SQL.oldDeclared(`AND "year" = ${year}`));
          await db.query(SQL.oldPaid(`JOIN "tax_declaration" d ON d."id" = p."declaration_id" WHERE d."year" = ${year}`));
          const select = `a."id", a."name", o."name", a."commune_code", p.year, p.quarter,
            (SELECT max(r."sent_at") FROM "tax_reminder" r WHERE r."accommodation_id" = a."id" AND r."year" = p.year AND r."quarter" = p.quarter) AS last_reminder_at,
            count(*) OVER () AS total`;
          await db.query(SQL.oldLate(periodValues(late), late.map((p) => p.year), select, 'ORDER BY p.year, p.quarter, o."name", a."name", a."id" LIMIT 20'));
          await db.query(SQL.oldAnomalies);
          await db.query(SQL.oldDeclared(''));
          await db.query(SQL.oldPaid(''));
        },
      },
      {
        label: `statistics ${year} against ${year - 1} (summary table)`,
        api: () => gql(base, staff.cookie, STATISTICS, { year }),
        sql: async () => {
          for (const key of Object.values(keys)) await db.query(SQL.summary(key), [years]);
        },
      },
      {
        label: `the same statistics from the declarations (no summary)`,
        api: null,
        sql: async () => {
          for (const key of Object.values(declarationKeys)) await db.query(SQL.fromDeclarations(key), [years]);
        },
      },
    ];
    const loadBefore = loadavg()[0];
    const results = [];
    for (const read of reads) {
      for (let i = 0; i < 10; i++) {
        if (read.api) check(await read.api(), read.label);
        await read.sql();
      }
      const apiTimes = [];
      const sqlTimes = [];
      for (let i = 0; i < requests; i++) {
        if (read.api) {
          const started = performance.now();
          check(await read.api(), read.label);
          apiTimes.push(performance.now() - started);
        }
        const started = performance.now();
        await read.sql();
        sqlTimes.push(performance.now() - started);
      }
      results.push({ read, api: apiTimes.length ? percentiles(apiTimes) : null, sql: percentiles(sqlTimes) });
    }
    console.log('');
    console.log('| read | API p50 / p95 ms | same aggregates via pg p50 / p95 ms | target p95 |');
    console.log('|---|---|---|---|');
    for (const { read, api: a, sql } of results) {
      const verdict = a ? `< ${TARGET_MS} ms ${a.p95 < TARGET_MS ? 'met' : 'MISSED'}` : '—';
      console.log(`| ${read.label} | ${a ? `${a.p50.toFixed(1)} / ${a.p95.toFixed(1)}` : '—'} | ${sql.p50.toFixed(1)} / ${sql.p95.toFixed(1)} | ${verdict} |`);
    }
    console.log(`\nmachine: ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before the reads, ${loadavg()[0].toFixed(1)} after; client, API and PostgreSQL share it`);
    failed = false;
  } finally {
    if (failed && logs.length) console.error(`API error output:\n${logs.join('').slice(-5000)}`);
    await db.end().catch(() => undefined);
    await stopServer(api);
  }
}

function check(answer, label) {
  if (answer.errors) throw new Error(`${label}: ${JSON.stringify(answer.errors)}`);
}

if (options.db) await database();
