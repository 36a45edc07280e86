// npm run bench -- tax [--stays N]
//
// The tourist-tax engine in a plain Node loop: `computeStay` (the engine the API and the portal
// share) over N varied stays (default 5,000,000: classified and unclassified, with minors, caps
// reached or not), then `calculateTouristTax` (the same with validation), then whole quarterly
// declarations (computeDeclaration over 20 lines). The target is at least 1,000,000 stays
// per second. Nothing here is asserted by tests; on a shared machine the figure moves with the
// load (printed). The database-side figures of the issue (staff dashboard and statistics at
// --scale 100) are not measured here yet.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

const argv = process.argv.slice(2);
const staysIndex = argv.indexOf('--stays');
const N = staysIndex >= 0 ? Number(argv[staysIndex + 1]) : 5_000_000;
if (!Number.isInteger(N) || N < 1000) {
  console.error('usage: npm run bench -- tax [--stays N] (N ≥ 1000)');
  process.exit(2);
}

execFileSync('npm', ['run', 'build:api', '--silent'], { stdio: 'inherit' });
const { computeStay, calculateTouristTax, computeDeclaration, PAYS_DE_GEX_TARIFFS, CLASSIFIED_CATEGORIES } = await import('../../dist/api/libs/domain/src/tourist-tax/index.js');

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
