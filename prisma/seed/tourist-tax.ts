// Demo tourist-tax register: 282 accommodations per scale unit (the office's 2018 count), 3,973
// persons of capacity in all (beds; a campsite pitch counts for 3 persons, as the flat rate counts
// it), owned by the accommodation partners (hotels, residences, campsites, furnished lets and
// chambres d'hôtes), spread over the communes, with four years of quarterly declarations (2023 to
// 2026) up to `now` — most on time, some late, some missing — computed with the domain's engine
// (2023 and 2024 with the 2025 tariffs: history for the statistics, not tariff years of the
// extranet), payments for most of them, and the statistics summary (tax_statistic) they add up to.
// Deterministic (stable ids, no randomness) and idempotent (ON CONFLICT DO NOTHING).
import {
  COMMUNES, PAYS_DE_GEX_TARIFFS, computeDeclaration, declarationAnomalies, capacityInPitches, monthlyShares, parisDay, periodsOfYear, taxCategoryOf, validateDeclaration,
  type AccommodationKind, type DeclarationLine, type OrganisationCategory, type TaxPeriod,
} from '@extranet/domain';
import type { Prisma, PrismaClient } from '../../apps/api/src/generated/prisma/client.js';

/** Per scale unit. */
export const TAX_ACCOMMODATIONS_PER_UNIT = 282;
export const TAX_CAPACITY_PER_UNIT = 3_973;

export interface TaxSeedPartner {
  id: string;
  name: string;
  category: OrganisationCategory;
  communeCode: string;
}

interface AccommodationRow {
  id: string; organisation_id: string; name: string; street: string; commune_code: string; kind: AccommodationKind; stars: number | null;
  capacity: number; registration_number: string | null; active_from: string; active_to: string | null;
}

interface DeclarationRow {
  id: string; accommodation_id: string; organisation_id: string; year: number; quarter: number; status: 'DRAFT' | 'SUBMITTED';
  no_rental: boolean; lines: DeclarationLine[]; totals: unknown; category: string; amount_cents: number; nights: number; person_nights: number;
  platform_nights: number; anomalies: unknown; submitted_at: string | null; created_at: string; statistic: unknown;
}

/** The years the demo declares. */
export const TAX_DEMO_YEARS = [2023, 2024, 2025, 2026];

interface PaymentRow { id: string; organisation_id: string; accommodation_id: string; declaration_id: string; method: string; paid_on: string; amount_cents: number; reference: string }

const STREETS = ['Rue de Genève', 'Grande Rue', 'Chemin des Vignes', 'Route de Lyon', 'Avenue de la Gare', 'Rue du Jura', 'Chemin du Bois', 'Route de Divonne', 'Chemin de la Combe'];
const PLACES = ['Mont Rond', 'Colomby', 'Reculet', 'Valserine', 'Oudar', 'Versoix', 'Allondon', 'Florimont', 'Lion', 'Pralies', 'Crêt', 'Vignes', 'Forêt', 'Lac'];

/** A deterministic value in [0, 1) for a key (no Math.random: every run is the same). */
function unit(n: number): number {
  const x = Math.sin(n * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x);
}

/** Seasonal occupancy of person-capacity by quarter (winter skiing, summer lake and mountains). */
const OCCUPANCY = [0.3, 0.34, 0.46, 0.28];

/** The register of one scale unit: exactly 282 accommodations and 3,973 persons of capacity. */
export function demoTaxAccommodations(partners: readonly TaxSeedPartner[], copy: number, id: (key: string) => string): AccommodationRow[] {
  const by = (c: OrganisationCategory) => partners.filter((p) => p.category === c);
  const hotels = by('HOTEL');
  const residences = by('TOURIST_RESIDENCE');
  const campsites = by('CAMPSITE');
  // The last holiday-let partner of the first unit has not opened its account yet: the undeclared
  // list shows it (« Ouvrir un compte »), as it would a host the office has not registered.
  const lets = by('FURNISHED_LET').slice(0, copy === 0 ? -1 : undefined);
  const rows: AccommodationRow[] = [];
  const add = (partner: TaxSeedPartner, fields: Omit<AccommodationRow, 'id' | 'organisation_id' | 'street' | 'commune_code' | 'active_to' | 'registration_number'> & { commune_code?: string }) => {
    const n = rows.length;
    const commune = fields.commune_code ?? (n % 3 === 0 ? partner.communeCode : COMMUNES[(n * 7 + copy) % COMMUNES.length]!.code);
    rows.push({
      id: id(`tax-accommodation:${copy}:${n}`), organisation_id: partner.id, street: `${(n % 90) + 1} ${STREETS[n % STREETS.length]}`, commune_code: commune,
      registration_number: fields.kind === 'FURNISHED_LET' ? `${commune}${String(100000 + ((n * 7919 + copy) % 900000))}${'ABCDEFGHJK'[n % 10]}${n % 10}` : null,
      active_to: null, ...fields,
    });
  };
  // 14 hotels (the demo partner, the first, has its hotel and a holiday let), 9 residences, 2 campsites
  hotels.forEach((p, i) => add(p, { name: p.name, kind: 'HOTEL', stars: [3, 2, 3, 4, 2, 3, 1, 3, 2, 4, 3][i % 11]!, capacity: 40 + Math.round(unit(i + copy * 1000) * 80), active_from: '2018-01-01', commune_code: p.communeCode }));
  hotels.slice(1, 4).forEach((p, i) => add(p, { name: `${p.name} — annexe`, kind: 'HOTEL', stars: 2, capacity: 20 + i * 6, active_from: '2021-04-01' }));
  residences.forEach((p, i) => add(p, { name: p.name, kind: 'TOURIST_RESIDENCE', stars: [3, 4, 2, 3, 3, 4, 2][i % 7]!, capacity: 60 + Math.round(unit(i + 50 + copy * 1000) * 90), active_from: '2018-01-01', commune_code: p.communeCode }));
  residences.slice(0, 2).forEach((p, i) => add(p, { name: `${p.name} II`, kind: 'TOURIST_RESIDENCE', stars: 3, capacity: 48 + i * 12, active_from: '2022-01-01' }));
  campsites.forEach((p, i) => add(p, { name: p.name, kind: 'CAMPSITE', stars: i === 0 ? 3 : 2, capacity: i === 0 ? 70 : 45, active_from: '2018-01-01', commune_code: p.communeCode }));
  // the rest: furnished lets and chambres d'hôtes of the 55 holiday-let partners (the demo partner has one too)
  const demo = hotels[0];
  if (demo && copy === 0) add(demo, { name: 'Gîte du Jura', kind: 'FURNISHED_LET', stars: null, capacity: 4, active_from: '2024-06-01' });
  for (let i = 0; rows.length < TAX_ACCOMMODATIONS_PER_UNIT; i++) {
    const p = lets[i % lets.length]!;
    const r = unit(i + 200 + copy * 1000);
    const chambres = i % 6 === 1;
    const kind: AccommodationKind = chambres ? 'CHAMBRE_HOTES' : 'FURNISHED_LET';
    const stars = chambres ? null : r < 0.4 ? null : 1 + Math.floor(unit(i + 900) * 4);
    const label = chambres ? 'Chambres d’hôtes' : ['Gîte', 'Appartement', 'Chalet', 'Studio'][i % 4];
    add(p, { name: `${label} ${PLACES[i % PLACES.length]} ${Math.floor(i / PLACES.length) + 1}`, kind, stars, capacity: 2 + Math.floor(unit(i + 500) * 5), active_from: i % 9 === 0 ? '2025-04-01' : '2019-01-01' });
  }
  // bring the unit's person capacity to exactly 3,973 with the largest hotel
  const persons = (a: AccommodationRow) => (capacityInPitches(a.kind) ? 3 * a.capacity : a.capacity);
  const total = rows.reduce((s, a) => s + persons(a), 0);
  const big = rows.filter((a) => a.kind === 'HOTEL' || a.kind === 'TOURIST_RESIDENCE');
  const bigTotal = big.reduce((s, a) => s + a.capacity, 0);
  const factor = (TAX_CAPACITY_PER_UNIT - (total - bigTotal)) / bigTotal;
  for (const a of big) a.capacity = Math.max(8, Math.round(a.capacity * factor));
  const largest = [...big].sort((a, b) => b.capacity - a.capacity)[0];
  if (largest) largest.capacity += TAX_CAPACITY_PER_UNIT - rows.reduce((s, a) => s + persons(a), 0);
  // two lets closed in 2025 (the register keeps closed accounts)
  rows.filter((a) => a.kind === 'FURNISHED_LET').slice(5, 7).forEach((a) => (a.active_to = '2025-06-30'));
  return rows;
}

/** What each accommodation declared for each period up to `today`: on time, late, or nothing. */
export function demoTaxDeclarations(accommodations: readonly AccommodationRow[], today: string, id: (key: string) => string, demoOrganisationId: string | null): { declarations: DeclarationRow[]; payments: PaymentRow[] } {
  const declarations: DeclarationRow[] = [];
  const payments: PaymentRow[] = [];
  const periods = TAX_DEMO_YEARS.flatMap(periodsOfYear).filter((p) => p.from <= today);
  accommodations.forEach((a, n) => {
    const category = taxCategoryOf(a.kind, a.stars);
    const isDemo = a.organisation_id === demoOrganisationId;
    for (const period of periods) {
      if (a.active_from > period.to || (a.active_to !== null && a.active_to < period.from)) continue;
      const r = unit(n * 31 + period.year * 4 + period.quarter);
      const closed = today > period.deadline;
      const isLast = periods.indexOf(period) === periods.length - 1;
      // the demo partner: everything on time but the last closed quarter of its hotel, and the current one to do
      let fate: 'ON_TIME' | 'LATE' | 'MISSING' | 'DRAFT';
      if (isDemo) fate = closed && !isLast && !(periods.indexOf(period) === periods.length - 2 && a.kind === 'HOTEL') ? 'ON_TIME' : 'MISSING';
      // a few hosts silent all this year: the undeclared list's « silent » accounts to write to
      else if (n % 97 === 5 && period.year === Number(today.slice(0, 4))) fate = 'MISSING';
      else if (!closed) fate = r < 0.3 ? 'ON_TIME' : r < 0.35 ? 'DRAFT' : 'MISSING';
      else fate = r < 0.84 ? 'ON_TIME' : r < 0.93 ? 'LATE' : 'MISSING';
      if (fate === 'MISSING') continue;
      const tariffs = PAYS_DE_GEX_TARIFFS.find((t) => t.year === Math.max(2025, period.year))!;
      const content = demoContent(a, category, period, r, unit(n * 17 + period.quarter));
      const context = { category, capacity: a.capacity, pitches: capacityInPitches(a.kind), period };
      const valid = validateDeclaration(content, context);
      if (!valid.ok) throw new Error(`demo declaration invalid: ${JSON.stringify(valid.errors)}`);
      const { lines: lineTotals, ...totals } = computeDeclaration(valid.value, category, tariffs);
      const submittedDay = fate === 'LATE' ? addDaysIso(period.deadline, 5 + Math.floor(r * 40)) : addDaysIso(period.deadline, -1 - Math.floor(r * 15));
      const submittedAt = fate === 'DRAFT' ? null : `${submittedDay <= today ? submittedDay : today}T09:00:00.000Z`;
      const declarationId = id(`tax-declaration:${a.id}:${period.key}`);
      declarations.push({
        id: declarationId, accommodation_id: a.id, organisation_id: a.organisation_id, year: period.year, quarter: period.quarter,
        status: fate === 'DRAFT' ? 'DRAFT' : 'SUBMITTED', no_rental: valid.value.noRental, lines: valid.value.lines, totals, category,
        amount_cents: totals.dueCents, nights: totals.nights, person_nights: totals.personNights, platform_nights: totals.platformNights,
        anomalies: declarationAnomalies(valid.value, context), submitted_at: submittedAt, created_at: submittedAt ?? `${today}T08:00:00.000Z`,
        statistic: fate === 'DRAFT' ? null : { communeCode: a.commune_code, category, months: monthlyShares(valid.value, { lines: lineTotals }, period) },
      });
      // paid in full with the declaration, but late declarations and one in ten are still unpaid
      if (submittedAt && fate === 'ON_TIME' && totals.dueCents > 0 && unit(n + period.quarter * 7) > 0.1) {
        payments.push({
          id: id(`tax-payment:${declarationId}`), organisation_id: a.organisation_id, accommodation_id: a.id, declaration_id: declarationId,
          method: ['TRANSFER', 'TRANSFER', 'CHEQUE', 'CARD'][n % 4]!, paid_on: submittedAt.slice(0, 10), amount_cents: totals.dueCents, reference: `TS-${period.key}-${String(n + 1).padStart(5, '0')}`,
        });
      }
    }
  });
  return { declarations, payments };
}

function addDaysIso(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Totals per line as a host would declare them: grouped stays, some minors, platform nights for lets. */
function demoContent(a: AccommodationRow, category: string, period: TaxPeriod, r: number, r2: number) {
  const capacityPersons = capacityInPitches(a.kind) ? 3 * a.capacity : a.capacity;
  const isLet = a.kind === 'FURNISHED_LET' || a.kind === 'CHAMBRE_HOTES';
  if (isLet && r2 < 0.15) return { noRental: true, lines: [] };
  const personNights = Math.max(2, Math.round(capacityPersons * period.days * OCCUPANCY[period.quarter - 1]! * (0.7 + r * 0.6)));
  const nights = isLet ? 4 : 2;
  const persons = isLet ? Math.min(Math.max(2, a.capacity), 4) : a.kind === 'CAMPSITE' ? 3 : 2;
  const stays = Math.max(1, Math.floor(personNights / (nights * persons)));
  const price = category === 'UNCLASSIFIED' ? { nightlyPriceCents: 6000 + Math.round(r2 * 12000) } : {};
  const lines: DeclarationLine[] = [];
  const family = Math.floor(stays * 0.3);
  const platform = isLet ? Math.floor(stays * 0.5) : 0;
  const plain = stays - family - platform;
  if (plain > 0) lines.push({ stays: plain, nights, persons, ...price });
  if (family > 0) lines.push({ stays: family, nights, persons: persons + 1, exempted: { MINOR: Math.min(2, persons) }, ...price });
  if (platform > 0) lines.push({ stays: platform, nights, persons, platformCollected: true, ...price });
  if (lines.length === 0) lines.push({ stays: 1, nights, persons, ...price });
  return { noRental: false, lines };
}

export async function seedTouristTax(
  db: PrismaClient | Prisma.TransactionClient,
  options: { scale: number; partners: readonly TaxSeedPartner[]; partnersPerUnit: number; now: Date; id: (key: string) => string; log: (line: string) => void },
): Promise<void> {
  const today = parisDay(options.now);
  const demoOrganisationId = options.partners[0]?.id ?? null;
  let accommodations = 0;
  let declarations = 0;
  for (let copy = 0; copy < options.scale; copy++) {
    const partners = options.partners.slice(copy * options.partnersPerUnit, (copy + 1) * options.partnersPerUnit);
    const rows = demoTaxAccommodations(partners, copy, options.id);
    await insert(db, 'tax_accommodation', rows,
      `"id", "organisation_id", "name", "street", "commune_code", "kind", "stars", "capacity", "registration_number", "active_from", "active_to", "updated_at"`,
      `x.id, x.organisation_id, x.name, x.street, x.commune_code, x.kind::"TaxAccommodationKind", x.stars, x.capacity, x.registration_number, x.active_from, x.active_to, now()`,
      `id uuid, organisation_id uuid, name text, street text, commune_code text, kind text, stars int, capacity int, registration_number text, active_from date, active_to date`);
    const unitData = demoTaxDeclarations(rows, today, options.id, demoOrganisationId);
    for (let i = 0; i < unitData.declarations.length; i += 2000) {
      await insert(db, 'tax_declaration', unitData.declarations.slice(i, i + 2000),
        `"id", "accommodation_id", "organisation_id", "year", "quarter", "status", "no_rental", "lines", "totals", "category", "amount_cents", "nights", "person_nights", "platform_nights", "anomalies", "submitted_at", "created_at", "updated_at", "statistic"`,
        `x.id, x.accommodation_id, x.organisation_id, x.year, x.quarter, x.status::"TaxDeclarationStatus", x.no_rental, x.lines, x.totals, x.category, x.amount_cents, x.nights, x.person_nights, x.platform_nights, x.anomalies, x.submitted_at, x.created_at, x.created_at, x.statistic`,
        `id uuid, accommodation_id uuid, organisation_id uuid, year int, quarter int, status text, no_rental boolean, lines jsonb, totals jsonb, category text, amount_cents int, nights int, person_nights int, platform_nights int, anomalies jsonb, submitted_at timestamptz, created_at timestamptz, statistic jsonb`);
    }
    for (let i = 0; i < unitData.payments.length; i += 2000) {
      await insert(db, 'tax_payment', unitData.payments.slice(i, i + 2000),
        `"id", "organisation_id", "accommodation_id", "declaration_id", "method", "paid_on", "amount_cents", "reference"`,
        `x.id, x.organisation_id, x.accommodation_id, x.declaration_id, x.method::"TaxPaymentMethod", x.paid_on, x.amount_cents, x.reference`,
        `id uuid, organisation_id uuid, accommodation_id uuid, declaration_id uuid, method text, paid_on date, amount_cents int, reference text`);
    }
    accommodations += rows.length;
    declarations += unitData.declarations.length;
    if (copy === options.scale - 1 || (copy + 1) % 10 === 0) options.log(`${accommodations} hébergements (taxe de séjour), ${declarations} déclarations`);
  }
  await rebuildTaxStatistics(db);
  await rebuildTaxDashboardSummary(db);
}

/**
 * The statistics summary again from what each submitted declaration added: the procedure of
 * migration …_tax_summary_rebuild (idempotent, so a second seed leaves the same figures).
 */
export async function rebuildTaxStatistics(db: PrismaClient | Prisma.TransactionClient): Promise<void> {
  await db.$executeRaw`CALL rebuild_tax_statistics()`;
}

/**
 * The staff dashboard's summary (tax_period_total, tax_accommodation.declared_periods) again from
 * the declarations and payments: the procedure of migration …_tax_summary_rebuild. The triggers
 * already kept it during the inserts; rebuilding makes a second seed, or one into a database
 * written before the triggers, end with the same figures.
 */
export async function rebuildTaxDashboardSummary(db: PrismaClient | Prisma.TransactionClient): Promise<void> {
  await db.$executeRaw`CALL rebuild_tax_dashboard_summary()`;
}

/** One batch insert through jsonb_to_recordset; rows already there are left alone. */
function insert(db: PrismaClient | Prisma.TransactionClient, table: string, rows: object[], columns: string, values: string, types: string) {
  if (rows.length === 0) return Promise.resolve(0);
  return db.$executeRawUnsafe(`INSERT INTO "${table}" (${columns}) SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS x(${types}) ON CONFLICT DO NOTHING`, JSON.stringify(rows));
}
