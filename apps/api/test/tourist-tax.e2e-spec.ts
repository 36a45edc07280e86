// Tourist tax: the register, declarations (draft, submit, lock, correct), the amount computed by
// the server with the domain engine, anomalies, payments, host and staff to-dos, reminders.
// The clock is set to 10 May 2026: Q1 2026 is past its deadline (20 April), Q2 2026 is running.
import ExcelJS from 'exceljs';
import { computeDeclaration, PAYS_DE_GEX_TARIFFS, validateDeclaration, taxPeriod, type DeclarationLine } from '@extranet/domain';
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';
import { createListing } from './utils/listing-factories.js';
import { createTaxAccommodation, createTaxDeclaration } from './utils/tourist-tax-factories.js';
import { waitFor } from './utils/wait-for.js';
import type { AccommodationInput } from '@extranet/domain';

const DECLARATION = 'id status revision amountCents nights personNights platformNights noRental late previousAmountCents correctionNote anomalies { code message } totals lines { stays nights persons nightlyPriceCents platformCollected exempted { MINOR } }';
const SUBMIT = `mutation($input: TaxDeclarationInput!) { submitTaxDeclaration(input: $input) { ${DECLARATION} } }`;
const DRAFT = `mutation($input: TaxDeclarationInput!) { saveTaxDeclarationDraft(input: $input) { ${DECLARATION} } }`;
const CORRECT = `mutation($input: CorrectTaxDeclarationInput!) { correctTaxDeclaration(input: $input) { ${DECLARATION} } }`;
const TODO = 'query($id: ID!) { taxTodo(organisationId: $id) { due { accommodationId year quarter deadline draftId } late { accommodationId year quarter daysLate } balance { declaredCents paidCents outstandingCents } } }';
const FOLLOW_UP = 'query($year: Int!) { taxFollowUp(year: $year) { periods { quarter expected received late closed declaredCents anomalies } balance { declaredCents paidCents outstandingCents } } }';
const LATE = 'query($filter: TaxLateFilter, $page: PageInput) { taxLateDeclarations(filter: $filter, page: $page) { total items { accommodationId organisationName year quarter daysLate lastReminderAt } } }';

const T2026 = PAYS_DE_GEX_TARIFFS.find((t) => t.year === 2026)!;

let t: TestApp;
let staff: GraphQLClient;
let clock: TestClock;
beforeAll(async () => {
  t = await startTestApp();
  clock = TestClock.of(t.app);
  clock.set('2026-05-10T10:00:00Z');
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
});
afterAll(() => t.close());

/** A partner with one accommodation in the register, its owner signed in. */
async function host(overrides: Partial<AccommodationInput> = {}) {
  const partner = await createPartner(t.prisma);
  const accommodation = await createTaxAccommodation(t.prisma, partner.organisation.id, overrides);
  return { ...partner, accommodation, asOwner: await signedInClient(t.baseUrl, partner.owner.email, PASSWORD) };
}

const input = (accommodationId: string, lines: Partial<DeclarationLine>[], extra: Record<string, unknown> = {}) => ({
  input: { accommodationId, year: 2026, quarter: 1, noRental: false, lines: lines.map((l) => ({ stays: 1, nights: 2, persons: 2, ...l })), ...extra },
});
const rows = (accommodationId: string) => t.prisma.taxDeclaration.findMany({ where: { accommodationId }, orderBy: { revision: 'asc' } });

describe('tariffs', () => {
  it('holds the Pays de Gex 2025 and 2026 tariffs, the same as the domain’s, with the guest’s price per night', async () => {
    const { touristTaxTariffs } = await staff.ok('{ touristTaxTariffs { year proportionalBasisPoints proportionalCapCents rates { category communalCents perPersonNightCents } additionalRates { code basisPoints } } }');
    expect(touristTaxTariffs.map((y: { year: number }) => y.year).slice(0, 2)).toEqual([2025, 2026]);
    const y2026 = touristTaxTariffs[1];
    expect(Object.fromEntries(y2026.rates.map((r: { category: string; communalCents: number }) => [r.category, r.communalCents]))).toEqual(T2026.rates);
    expect(y2026.rates.find((r: { category: string }) => r.category === 'STARS_3').perPersonNightCents).toBe(130);
    expect(y2026).toMatchObject({ proportionalBasisPoints: 500, proportionalCapCents: 318, additionalRates: [{ code: 'DEPARTEMENT_01', basisPoints: 1000 }] });
  });

  it('refuses a tariff outside the national bounds, naming the bound, and saves nothing', async () => {
    const before = await t.prisma.taxTariffYear.findUniqueOrThrow({ where: { year: 2026 } });
    const rates = Object.entries({ ...T2026.rates, STARS_3: 180 }).map(([category, communalCents]) => ({ category, communalCents }));
    const result = await staff.request('mutation($input: SetTaxTariffsInput!) { setTouristTaxTariffs(input: $input) { year } }', {
      input: { year: 2026, rates, proportionalBasisPoints: 500, proportionalCapCents: 318, additionalRates: T2026.additionalRates, version: before.version },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)['rates.STARS_3']).toMatch(/plafond national 2026 de 1,70/);
    expect(await t.prisma.taxTariffYear.findUniqueOrThrow({ where: { year: 2026 } })).toEqual(before);
  });

  it('publishes a later year, whose national bounds are not known yet, checked against the last known ones', async () => {
    const SET = 'mutation($input: SetTaxTariffsInput!) { setTouristTaxTariffs(input: $input) { year version } }';
    const year = 2027;
    const rates = (palace: number) => Object.entries({ ...T2026.rates, PALACE: palace }).map(([category, communalCents]) => ({ category, communalCents }));
    const tariffs = (palace: number) => ({ input: { year, rates: rates(palace), proportionalBasisPoints: 500, proportionalCapCents: 318, additionalRates: T2026.additionalRates, version: null } });
    const refused = await staff.request(SET, tariffs(495));
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(refused)['rates.PALACE']).toMatch(/plafond national 2026 \(dernières limites connues\) de 4,90/);
    expect(await t.prisma.taxTariffYear.findUnique({ where: { year } })).toBeNull();
    expect((await staff.ok(SET, tariffs(T2026.rates.PALACE))).setTouristTaxTariffs).toEqual({ year, version: 1 });
    // created once: creating it again is refused on the year (an edit names its version)
    const again = await staff.request(SET, tariffs(T2026.rates.PALACE));
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(again)['year']).toBe('Cette valeur est déjà utilisée.');
    const { touristTaxTariffs } = await staff.ok('{ touristTaxTariffs { year rates { category perPersonNightCents } } }');
    expect(touristTaxTariffs.find((y: { year: number }) => y.year === year).rates.find((r: { category: string }) => r.category === 'STARS_3').perPersonNightCents).toBe(130);
  });
});

describe('a host declaring a quarter', () => {
  it('submits; the server computes the amount with the engine; the declaration is locked and a second submission is refused', async () => {
    const { accommodation, asOwner } = await host();
    const lines = [{ nights: 3, persons: 2 }, { nights: 2, persons: 3, exempted: { MINOR: 1 } }];
    const { submitTaxDeclaration: declaration } = await asOwner.ok(SUBMIT, input(accommodation.id, lines));
    const valid = validateDeclaration({ noRental: false, lines: lines.map((l) => ({ stays: 1, ...l })) }, { category: 'STARS_3', capacity: 20, pitches: false, period: taxPeriod(2026, 1) });
    if (!valid.ok) throw new Error('invalid');
    const expected = computeDeclaration(valid.value, 'STARS_3', T2026).dueCents;
    expect(declaration).toMatchObject({ status: 'SUBMITTED', revision: 1, amountCents: expected, nights: 5, personNights: 12, late: true });
    expect(expected).toBe(130 * 2 * 3 + 130 * 2 * 2);

    const before = await rows(accommodation.id);
    const again = await asOwner.request(SUBMIT, input(accommodation.id, [{ nights: 1, persons: 1 }]));
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/déjà déposée/);
    const draft = await asOwner.request(DRAFT, input(accommodation.id, [{ nights: 1, persons: 1 }]));
    expect(errorCode(draft)).toBe('CONFLICT');
    expect(await rows(accommodation.id)).toEqual(before);
  });

  it('saves a draft, changes it, then submits the same declaration', async () => {
    const { accommodation, asOwner } = await host();
    const first = (await asOwner.ok(DRAFT, input(accommodation.id, [{ nights: 1 }]))).saveTaxDeclarationDraft;
    const second = (await asOwner.ok(DRAFT, input(accommodation.id, [{ nights: 4 }]))).saveTaxDeclarationDraft;
    expect(second).toMatchObject({ id: first.id, status: 'DRAFT', amountCents: 130 * 2 * 4 });
    const submitted = (await asOwner.ok(SUBMIT, input(accommodation.id, [{ nights: 5 }]))).submitTaxDeclaration;
    expect(submitted).toMatchObject({ id: first.id, status: 'SUBMITTED', amountCents: 130 * 2 * 5 });
    expect(await rows(accommodation.id)).toHaveLength(1);
  });

  it('declares « no rental » for zero', async () => {
    const { accommodation, asOwner } = await host();
    const { submitTaxDeclaration } = await asOwner.ok(SUBMIT, { input: { accommodationId: accommodation.id, year: 2026, quarter: 1, noRental: true, lines: [] } });
    expect(submitTaxDeclaration).toMatchObject({ noRental: true, amountCents: 0, status: 'SUBMITTED' });
  });

  it('declares platform-collected nights without charging them again', async () => {
    const { accommodation, asOwner } = await host();
    const { submitTaxDeclaration } = await asOwner.ok(SUBMIT, input(accommodation.id, [{ nights: 2, persons: 2 }, { nights: 5, persons: 2, platformCollected: true }]));
    expect(submitTaxDeclaration).toMatchObject({ amountCents: 520, nights: 7, platformNights: 5 });
    expect(submitTaxDeclaration.totals).toMatchObject({ platformCollectedCents: 1300, platformPersonNights: 10 });
  });

  it('applies the proportional rate and its cap to an unclassified let', async () => {
    const { accommodation, asOwner } = await host({ kind: 'FURNISHED_LET', stars: null, capacity: 4 });
    // 300 € ÷ 2 occupants × 5 % = 7.50 → capped at 3.18 → 3.50 with Ain's 10 %, × 2 × 2 nights
    const { submitTaxDeclaration } = await asOwner.ok(SUBMIT, input(accommodation.id, [{ nights: 2, persons: 2, nightlyPriceCents: 30000 }]));
    expect(submitTaxDeclaration.amountCents).toBe(1400);
    expect(submitTaxDeclaration.anomalies).toEqual([]);
  });

  it.each<[string, Partial<AccommodationInput>, Record<string, unknown>, string[]]>([
    ['negative nights', {}, { nights: -1 }, ['lines.0.nights']],
    ['negative persons', {}, { persons: -2 }, ['lines.0.persons']],
    ['more exempted than present', {}, { persons: 2, exempted: { MINOR: 3 } }, ['lines.0.exempted']],
    ['a date outside the period', {}, { arrival: '2026-04-02' }, ['lines.0.arrival']],
    ['a price of zero for an unclassified let', { kind: 'FURNISHED_LET', stars: null }, { nightlyPriceCents: 0 }, ['lines.0.nightlyPriceCents']],
  ])('refuses %s, naming the field, and saves nothing', async (_label, kind, line, fields) => {
    const { accommodation, asOwner } = await host(kind);
    for (const query of [SUBMIT, DRAFT]) {
      const result = await asOwner.request(query, input(accommodation.id, [line]));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fieldErrors(result))).toEqual(fields);
      expect(JSON.stringify(result.errors)).not.toMatch(/at .*\.js|stack/i);
    }
    expect(await rows(accommodation.id)).toEqual([]);
  });

  it('refuses a period not begun yet and a period before the accommodation opened', async () => {
    const { accommodation, asOwner } = await host({ activeFrom: '2026-01-15' });
    const future = await asOwner.request(SUBMIT, input(accommodation.id, [{}], { quarter: 3 }));
    expect(fieldErrors(future).quarter).toMatch(/pas encore commencé/);
    const before = await asOwner.request(SUBMIT, input(accommodation.id, [{}], { year: 2025, quarter: 4 }));
    expect(fieldErrors(before).quarter).toMatch(/pas en activité/);
    expect(await rows(accommodation.id)).toEqual([]);
  });

  it('corrects a submitted declaration with a new revision that staff see with its difference', async () => {
    const { accommodation, asOwner } = await host();
    const first = (await asOwner.ok(SUBMIT, input(accommodation.id, [{ nights: 2 }]))).submitTaxDeclaration;
    const noNote = await asOwner.request(CORRECT, input(accommodation.id, [{ nights: 3 }], { note: '  ' }));
    expect(Object.keys(fieldErrors(noNote))).toEqual(['note']);
    const corrected = (await asOwner.ok(CORRECT, input(accommodation.id, [{ nights: 3 }], { note: 'Un séjour oublié' }))).correctTaxDeclaration;
    expect(corrected).toMatchObject({ revision: 2, status: 'SUBMITTED', amountCents: 780, previousAmountCents: 520, correctionNote: 'Un séjour oublié' });
    expect((await rows(accommodation.id)).map((r) => [r.revision, r.status])).toEqual([[1, 'SUPERSEDED'], [2, 'SUBMITTED']]);
    const seen = await staff.ok(`query($id: ID!) { taxDeclaration(id: $id) { ${DECLARATION} previousNights previousPersonNights differences { line kind before after changes { label before after } } } }`, { id: corrected.id });
    expect(seen.taxDeclaration).toMatchObject({ amountCents: 780, previousAmountCents: 520, previousNights: 2, previousPersonNights: 4 });
    expect(seen.taxDeclaration.differences).toEqual([
      { line: 1, kind: 'CHANGED', before: '1 séjour de 2 nuitées, 2 personnes', after: '1 séjour de 3 nuitées, 2 personnes', changes: [{ label: 'Nuitées', before: '2', after: '3' }] },
    ]);
    const original = await staff.ok('query($id: ID!) { taxDeclaration(id: $id) { status differences { line } } }', { id: first.id });
    expect(original.taxDeclaration).toEqual({ status: 'SUPERSEDED', differences: null });
    const list = await asOwner.ok('query($id: ID!) { taxDeclarations(accommodationId: $id) { id revision } }', { id: accommodation.id });
    expect(list.taxDeclarations).toEqual([{ id: corrected.id, revision: 2 }]);
    expect(first.id).not.toBe(corrected.id);
  });

  it('flags anomalies to staff without refusing: above capacity, a price that looks like a total', async () => {
    const hotel = await host({ capacity: 2 });
    // 2 beds × 90 days = 180 person-nights; 100 stays × 1 night × 2 persons = 200
    const { submitTaxDeclaration: above } = await hotel.asOwner.ok(SUBMIT, input(hotel.accommodation.id, [{ stays: 100, nights: 1, persons: 2 }]));
    expect(above.anomalies.map((a: { code: string }) => a.code)).toEqual(['ABOVE_CAPACITY']);
    const rental = await host({ kind: 'FURNISHED_LET', stars: null, capacity: 4 });
    const { submitTaxDeclaration: total } = await rental.asOwner.ok(SUBMIT, input(rental.accommodation.id, [{ nights: 7, persons: 2, nightlyPriceCents: 140000 }]));
    expect(total.anomalies.map((a: { code: string }) => a.code)).toEqual(['PRICE_LOOKS_TOTAL']);
  });
});

describe('home to-dos, follow-up, reminders and payments', () => {
  it('shows the host the period due now and the late ones', async () => {
    const { accommodation, organisation, asOwner } = await host({ activeFrom: '2025-10-01' });
    await createTaxDeclaration(t.prisma, accommodation, { year: 2025, quarter: 4, amountCents: 1000 });
    const { taxTodo } = await asOwner.ok(TODO, { id: organisation.id });
    expect(taxTodo.late).toEqual([{ accommodationId: accommodation.id, year: 2026, quarter: 1, daysLate: 20 }]);
    expect(taxTodo.due).toEqual([{ accommodationId: accommodation.id, year: 2026, quarter: 2, deadline: '2026-07-20', draftId: null }]);
    expect(taxTodo.balance).toEqual({ declaredCents: 1000, paidCents: 0, outstandingCents: 1000 });
  });

  it('counts expected, received and late per period, and lists the late host', async () => {
    const before = (await staff.ok(FOLLOW_UP, { year: 2026 })).taxFollowUp;
    const late = await host({ activeFrom: '2026-01-01' });
    const onTime = await host({ activeFrom: '2026-01-01' });
    await onTime.asOwner.ok(SUBMIT, input(onTime.accommodation.id, [{ nights: 1, persons: 1 }]));
    const after = (await staff.ok(FOLLOW_UP, { year: 2026 })).taxFollowUp;
    const q1 = (f: typeof before) => f.periods[0];
    expect(q1(after).expected - q1(before).expected).toBe(2);
    expect(q1(after).received - q1(before).received).toBe(1);
    expect(q1(after).late - q1(before).late).toBe(1);
    expect(q1(after).declaredCents - q1(before).declaredCents).toBe(130);
    expect(q1(after).closed).toBe(true);
    expect(after.periods[1]).toMatchObject({ closed: false, late: 0 });

    const { taxLateDeclarations } = await staff.ok(LATE, { filter: { year: 2026, quarter: 1 }, page: { limit: 100 } });
    const ids = taxLateDeclarations.items.map((i: { accommodationId: string }) => i.accommodationId);
    expect(ids).toContain(late.accommodation.id);
    expect(ids).not.toContain(onTime.accommodation.id);
    const staffTodo = (await staff.ok('{ taxStaffTodo { lateDeclarations outstandingCents } }')).taxStaffTodo;
    expect(staffTodo.lateDeclarations).toBeGreaterThanOrEqual(1);
  });

  it('sends a reminder to the host’s owners through the outbox, and refuses one for a declared period', async () => {
    const { accommodation, owner, asOwner } = await host({ name: 'Gîte à relancer' });
    const SEND = 'mutation($id: ID!, $year: Int!, $quarter: Int!) { sendTaxReminder(accommodationId: $id, year: $year, quarter: $quarter) { emails } }';
    expect((await staff.ok(SEND, { id: accommodation.id, year: 2026, quarter: 1 })).sendTaxReminder).toEqual({ emails: 1 });
    const mails = await t.prisma.outboxMessage.findMany({ where: { recipient: owner.email, template: 'tourist-tax-reminder' } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: expect.stringContaining('Gîte à relancer') });
    expect(mails[0]!.text).toContain('20 avril 2026');
    expect(mails[0]!.text).toContain(`http://portal.test/taxe-de-sejour/${accommodation.id}`);
    const { taxLateDeclarations } = await staff.ok(LATE, { filter: { year: 2026, quarter: 1 }, page: { limit: 100 } });
    expect(taxLateDeclarations.items.find((i: { accommodationId: string }) => i.accommodationId === accommodation.id).lastReminderAt).toEqual(expect.any(String));

    await asOwner.ok(SUBMIT, input(accommodation.id, [{}], { quarter: 1 }));
    const refused = await staff.request(SEND, { id: accommodation.id, year: 2026, quarter: 1 });
    expect(errorCode(refused)).toBe('CONFLICT');
  });

  it('records a payment against a declaration and updates the balances; refuses a bad one', async () => {
    const { accommodation, organisation, asOwner } = await host();
    const declaration = (await asOwner.ok(SUBMIT, input(accommodation.id, [{ nights: 2, persons: 2 }]))).submitTaxDeclaration;
    const RECORD = 'mutation($input: RecordTaxPaymentInput!) { recordTaxPayment(input: $input) { id amountCents paidOn method } }';
    const bad = await staff.request(RECORD, { input: { accommodationId: accommodation.id, declarationId: declaration.id, method: 'TRANSFER', paidOn: '2026-06-01', amountCents: 0 } });
    expect(Object.keys(fieldErrors(bad)).sort()).toEqual(['amountCents', 'paidOn']);
    expect(await t.prisma.taxPayment.count({ where: { accommodationId: accommodation.id } })).toBe(0);
    await staff.ok(RECORD, { input: { accommodationId: accommodation.id, declarationId: declaration.id, method: 'TRANSFER', paidOn: '2026-05-02', amountCents: 300, reference: 'VIR-1' } });
    const { taxTodo } = await asOwner.ok(TODO, { id: organisation.id });
    expect(taxTodo.balance).toEqual({ declaredCents: 520, paidCents: 300, outstandingCents: 220 });
    const { taxPayments } = await asOwner.ok('query($id: ID!) { taxPayments(accommodationId: $id) { amountCents paidOn method } }', { id: accommodation.id });
    expect(taxPayments).toEqual([{ amountCents: 300, paidOn: '2026-05-02', method: 'TRANSFER' }]);
  });
});

describe('the PDF receipt', () => {
  const get = (client: GraphQLClient, id: string) => fetch(`${t.baseUrl}/api/tourist-tax/declarations/${id}/receipt.pdf`, { headers: client.cookie ? { cookie: client.cookie } : {} });

  it('gives the host a PDF with the number, period and breakdown; another host gets NOT_FOUND, a draft has none', async () => {
    const { accommodation, asOwner } = await host({ name: 'Hôtel du reçu' });
    const { submitTaxDeclaration: declaration } = await asOwner.ok(SUBMIT, input(accommodation.id, [{ nights: 2, persons: 2 }]));
    const response = await get(asOwner, declaration.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const { extractText } = await import('unpdf');
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Hôtel du reçu');
    expect(text).toContain('1er trimestre (janvier à mars) 2026');
    expect(text).toContain(`${declaration.id.slice(0, 8).toUpperCase()}-1`);
    expect(text).toMatch(/Montant dû\s: 5,20/);

    const other = await host();
    expect((await get(other.asOwner, declaration.id)).status).toBe(404);
    const draft = (await other.asOwner.ok(DRAFT, input(other.accommodation.id, [{}]))).saveTaxDeclarationDraft;
    expect((await get(other.asOwner, draft.id)).status).toBe(409);
  });
});

describe('the formal notice (staff)', () => {
  const get = (id: string, year: number, quarter: number) =>
    fetch(`${t.baseUrl}/api/tourist-tax/accommodations/${id}/formal-notice.pdf?year=${year}&quarter=${quarter}`, { headers: { cookie: staff.cookie! } });

  it('writes the letter for a declaration missing 30 days after its deadline, and refuses it before or once declared', async () => {
    const { accommodation, organisation, asOwner } = await host({ name: 'Gîte à mettre en demeure', activeFrom: '2025-10-01' });
    const response = await get(accommodation.id, 2025, 4);
    expect(response.status).toBe(200);
    const { extractText } = await import('unpdf');
    const { text: raw } = await extractText(new Uint8Array(await response.arrayBuffer()), { mergePages: true });
    const text = raw.replace(/\s+/g, ' ');
    expect(text).toContain('mise en demeure');
    expect(text).toContain('Gîte à mettre en demeure');
    expect(text).toContain('4e trimestre (octobre à décembre) 2025');
    expect(text).toContain(organisation.name);
    // Q1 2026: deadline 20 April, 20 days late on 10 May
    expect((await get(accommodation.id, 2026, 1)).status).toBe(409);
    await asOwner.ok(SUBMIT, input(accommodation.id, [{}], { year: 2025, quarter: 4 }));
    expect((await get(accommodation.id, 2025, 4)).status).toBe(409);
    const partner = await signedInClient(t.baseUrl, (await createPartner(t.prisma)).owner.email, PASSWORD);
    const refused = await fetch(`${t.baseUrl}/api/tourist-tax/accommodations/${accommodation.id}/formal-notice.pdf?year=2025&quarter=4`, { headers: { cookie: partner.cookie! } });
    expect(refused.status).toBe(403);
  });
});

describe('statistics (staff)', () => {
  const ROW = 'key label amountCents previousAmountCents nights previousNights personNights previousPersonNights platformNights';
  const STATS = `query($year: Int!) { taxStatistics(year: $year) { byMonth { ${ROW} } byQuarter { ${ROW} } byCommune { ${ROW} } byCategory { ${ROW} } monthMethod forecast { declaredCents forecastCents previousYearCents method } } }`;
  const row = (rows: { key: string }[], key: string) => rows.find((r) => r.key === key) as Record<string, number> | undefined;
  const submit = async (client: GraphQLClient, accommodationId: string, year: number, quarter: number, lines: Partial<DeclarationLine>[]) =>
    (await client.ok(SUBMIT, input(accommodationId, lines, { year, quarter }))).submitTaxDeclaration as { id: string; amountCents: number };

  it('sums submitted declarations by month, quarter, commune and category against the previous year, through the summary kept on submission and correction', async () => {
    const before = (await staff.ok(STATS, { year: 2026 })).taxStatistics;
    const { accommodation, asOwner } = await host({ communeCode: '01419', activeFrom: '2025-01-01' });
    // 2025: totals without dates (spread over the quarter by days); 2026: a stay across January and February
    const q1Before = await submit(asOwner, accommodation.id, 2025, 1, [{ stays: 9, nights: 10, persons: 2 }]);
    const q2Before = await submit(asOwner, accommodation.id, 2025, 2, [{ stays: 1, nights: 4, persons: 2 }]);
    const first = await submit(asOwner, accommodation.id, 2026, 1, [{ arrival: '2026-01-30', nights: 3, persons: 2 }]);
    await asOwner.ok(DRAFT, input(accommodation.id, [{ nights: 5 }], { year: 2026, quarter: 2 }));
    let after = (await staff.ok(STATS, { year: 2026 })).taxStatistics;
    const delta = (list: string, key: string, field: string) => (row(after[list], key)?.[field] ?? 0) - (row(before[list], key)?.[field] ?? 0);
    expect(after.byMonth.map((r: { key: string }) => r.key)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect([delta('byMonth', '1', 'nights'), delta('byMonth', '2', 'nights'), delta('byMonth', '3', 'nights')]).toEqual([2, 1, 0]);
    expect(delta('byMonth', '1', 'amountCents') + delta('byMonth', '2', 'amountCents')).toBe(first.amountCents);
    expect(delta('byMonth', '1', 'amountCents')).toBe(Math.floor((first.amountCents * 2) / 3));
    expect([delta('byMonth', '1', 'previousNights'), delta('byMonth', '2', 'previousNights'), delta('byMonth', '3', 'previousNights')]).toEqual([31, 28, 31]);
    expect(delta('byQuarter', '1', 'amountCents')).toBe(first.amountCents);
    expect(delta('byQuarter', '1', 'previousAmountCents')).toBe(q1Before.amountCents);
    expect(delta('byQuarter', '1', 'previousPersonNights')).toBe(180);
    expect(delta('byQuarter', '2', 'amountCents')).toBe(0); // a draft counts for nothing
    expect(delta('byQuarter', '2', 'previousAmountCents')).toBe(q2Before.amountCents);
    expect(row(after.byCommune, '01419')).toMatchObject({ label: 'Thoiry' });
    expect(delta('byCommune', '01419', 'amountCents')).toBe(first.amountCents);
    expect(delta('byCategory', 'STARS_3', 'amountCents')).toBe(first.amountCents);
    expect(after.forecast.declaredCents - before.forecast.declaredCents).toBe(first.amountCents);
    expect(after.forecast.method).toMatch(/Trimestres échus \(1\)/);
    expect(after.monthMethod).toMatch(/au prorata de leurs jours/);
    expect(after.forecast.forecastCents).toBeGreaterThanOrEqual(after.forecast.declaredCents);

    // a correction takes the first revision out and puts the new one in
    const corrected = (await asOwner.ok(CORRECT, input(accommodation.id, [{ arrival: '2026-03-01', nights: 4, persons: 3 }], { year: 2026, quarter: 1, note: 'Mauvais séjour' }))).correctTaxDeclaration;
    after = (await staff.ok(STATS, { year: 2026 })).taxStatistics;
    expect([delta('byMonth', '1', 'nights'), delta('byMonth', '2', 'nights'), delta('byMonth', '3', 'nights')]).toEqual([0, 0, 4]);
    expect(delta('byMonth', '3', 'personNights')).toBe(12);
    expect(delta('byQuarter', '1', 'amountCents')).toBe(corrected.amountCents);
    expect(delta('byCommune', '01419', 'amountCents')).toBe(corrected.amountCents);
  });

  it('exports the year as an Excel workbook with the same figures, for staff only', async () => {
    const { taxStatistics } = await staff.ok(STATS, { year: 2026 });
    const response = await fetch(`${t.baseUrl}/api/tourist-tax/statistics/2026.xlsx`, { headers: { cookie: staff.cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="taxe-de-sejour-statistiques-2026.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Par mois', 'Par trimestre', 'Par commune', 'Par catégorie', 'Prévision']);
    const months = workbook.getWorksheet('Par mois')!;
    expect(months.getRow(1).getCell(7).value).toBe('Taxe 2026 (€)');
    expect(months.getRow(2).getCell(1).value).toBe('Janvier 2026');
    expect(months.getRow(2).getCell(7).value).toBe(taxStatistics.byMonth[0].amountCents / 100);
    expect(workbook.getWorksheet('Prévision')!.getRow(3).getCell(2).value).toBe(taxStatistics.forecast.forecastCents / 100);

    const { asOwner } = await host();
    expect((await fetch(`${t.baseUrl}/api/tourist-tax/statistics/2026.xlsx`, { headers: { cookie: asOwner.cookie! } })).status).toBe(403);
    expect((await fetch(`${t.baseUrl}/api/tourist-tax/statistics/20x6.xlsx`, { headers: { cookie: staff.cookie! } })).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/api/tourist-tax/statistics/1900.xlsx`, { headers: { cookie: staff.cookie! } })).status).toBe(400);
  });
});

describe('undeclared detection (staff)', () => {
  const UNDECLARED = 'query($year: Int!) { taxUndeclared(year: $year) { partners { total items { id name } } listings { total items { id organisationId } } silent { total items { id } } unregistered { total items { id name } } } }';

  it('lists accommodation partners and listings without an account, silent accounts and lets without a registration number', async () => {
    const withoutAccount = await createPartner(t.prisma, { category: 'CAMPSITE', name: 'Camping sans compte' });
    const shop = await createPartner(t.prisma, { category: 'SHOP' });
    const listing = await createListing(t.prisma, withoutAccount.organisation.id);
    const silent = await host({ activeFrom: '2025-01-01' });
    const declaring = await host({ activeFrom: '2025-01-01' });
    await createTaxDeclaration(t.prisma, declaring.accommodation, { year: 2025, quarter: 1 });
    const unregistered = await host({ kind: 'FURNISHED_LET', stars: null, name: 'Studio sans numéro' });
    const registered = await host({ kind: 'FURNISHED_LET', stars: null, registrationNumber: '01173ABC1234X' });

    const { taxUndeclared } = await staff.ok(UNDECLARED, { year: 2025 });
    const ids = (list: { items: { id: string }[] }) => list.items.map((i) => i.id);
    expect(ids(taxUndeclared.partners)).toContain(withoutAccount.organisation.id);
    expect(ids(taxUndeclared.partners)).not.toContain(shop.organisation.id);
    expect(ids(taxUndeclared.partners)).not.toContain(silent.organisation.id);
    expect(ids(taxUndeclared.listings)).toContain(listing.id);
    expect(ids(taxUndeclared.silent)).toContain(silent.accommodation.id);
    expect(ids(taxUndeclared.silent)).not.toContain(declaring.accommodation.id);
    expect(ids(taxUndeclared.unregistered)).toContain(unregistered.accommodation.id);
    expect(ids(taxUndeclared.unregistered)).not.toContain(registered.accommodation.id);
  });

  it('leaves out the listings of the office itself (its own accommodation listings owe no tax account)', async () => {
    const LISTINGS = 'query($year: Int!) { taxUndeclared(year: $year) { listings { total items { id } } } }';
    const before = (await staff.ok(LISTINGS, { year: 2025 })).taxUndeclared.listings;
    const office = await createPartner(t.prisma, { category: 'TOURISM_OFFICE', name: 'Office de Tourisme du Pays de Gex' });
    const ownListing = await createListing(t.prisma, office.organisation.id);
    const partner = await createPartner(t.prisma, { category: 'HOTEL' });
    const partnerListing = await createListing(t.prisma, partner.organisation.id);

    const after = (await staff.ok(LISTINGS, { year: 2025 })).taxUndeclared.listings;
    expect(after.total).toBe(before.total + 1);
    expect(after.items.map((i: { id: string }) => i.id)).toContain(partnerListing.id);
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(ownListing.id);
  });
});

describe('the register (staff)', () => {
  it('creates an accommodation, then refuses bad input naming the field and saves nothing', async () => {
    const partner = await createPartner(t.prisma);
    const CREATE = 'mutation($input: CreateTaxAccommodationInput!) { createTaxAccommodation(input: $input) { id name category categoryLabel communeName capacityInPitches } }';
    const base = { organisationId: partner.organisation.id, name: 'Camping des Bois', street: '', communeCode: '01143', kind: 'CAMPSITE', stars: 4, capacity: 50, activeFrom: '2020-01-01' };
    const { createTaxAccommodation } = await staff.ok(CREATE, { input: base });
    expect(createTaxAccommodation).toMatchObject({ category: 'CAMPSITE_HIGH', communeName: 'Divonne-les-Bains', capacityInPitches: true });
    const bad = await staff.request(CREATE, { input: { ...base, capacity: -3, communeCode: '75056', registrationNumber: 'XX' } });
    expect(Object.keys(fieldErrors(bad)).sort()).toEqual(['capacity', 'communeCode', 'registrationNumber']);
    expect(await t.prisma.taxAccommodation.count({ where: { organisationId: partner.organisation.id } })).toBe(1);
  });

  it('merges a duplicate account: its declarations and payments move to the kept one in one transaction, the duplicate goes; refuses overlaps and other hosts', async () => {
    const MERGE = 'mutation($input: MergeTaxAccommodationsInput!) { mergeTaxAccommodations(input: $input) { id version balance { declaredCents paidCents } } }';
    const { accommodation: kept, organisation, asOwner } = await host({ name: 'Hôtel du Lac', activeFrom: '2025-01-01' });
    const duplicate = await createTaxAccommodation(t.prisma, organisation.id, { name: 'Hotel du lac (doublon)', activeFrom: '2025-01-01' });
    const onKept = (await asOwner.ok(SUBMIT, input(kept.id, [{ nights: 2 }], { year: 2025, quarter: 1 }))).submitTaxDeclaration;
    const onDuplicate = (await asOwner.ok(SUBMIT, input(duplicate.id, [{ nights: 3 }], { year: 2025, quarter: 2 }))).submitTaxDeclaration;
    await staff.ok('mutation($input: RecordTaxPaymentInput!) { recordTaxPayment(input: $input) { id } }', {
      input: { accommodationId: duplicate.id, declarationId: onDuplicate.id, method: 'TRANSFER', paidOn: '2025-07-10', amountCents: onDuplicate.amountCents, reference: 'VIR-1' },
    });
    const versions = async () => Object.fromEntries((await t.prisma.taxAccommodation.findMany({ where: { organisationId: organisation.id } })).map((a) => [a.id, a.version]));
    const v = await versions();

    // overlapping periods: refused, naming the period, nothing moves
    const overlap = (await asOwner.ok(SUBMIT, input(duplicate.id, [{ nights: 1 }], { year: 2025, quarter: 1 }))).submitTaxDeclaration;
    const refused = await staff.request(MERGE, { input: { keptId: kept.id, keptVersion: v[kept.id], mergedId: duplicate.id, mergedVersion: v[duplicate.id] } });
    expect(fieldErrors(refused).mergedId).toMatch(/1er trimestre \(janvier à mars\) 2025/);
    expect(await t.prisma.taxDeclaration.count({ where: { accommodationId: duplicate.id } })).toBe(2);
    await t.prisma.taxDeclaration.delete({ where: { id: overlap.id } });

    // another host's account: refused
    const other = await host();
    const foreign = await staff.request(MERGE, { input: { keptId: kept.id, keptVersion: v[kept.id], mergedId: other.accommodation.id, mergedVersion: 1 } });
    expect(fieldErrors(foreign).mergedId).toMatch(/partenaires différents/);
    // the owner may not merge
    expect(errorCode(await asOwner.request(MERGE, { input: { keptId: kept.id, keptVersion: v[kept.id], mergedId: duplicate.id, mergedVersion: v[duplicate.id] } }))).toBe('FORBIDDEN');
    // a stale version: CONFLICT
    expect(errorCode(await staff.request(MERGE, { input: { keptId: kept.id, keptVersion: v[kept.id] - 1, mergedId: duplicate.id, mergedVersion: v[duplicate.id] } }))).toBe('CONFLICT');

    const { mergeTaxAccommodations } = await staff.ok(MERGE, { input: { keptId: kept.id, keptVersion: v[kept.id], mergedId: duplicate.id, mergedVersion: v[duplicate.id] } });
    expect(mergeTaxAccommodations).toMatchObject({ id: kept.id, version: v[kept.id]! + 1, balance: { declaredCents: onKept.amountCents + onDuplicate.amountCents, paidCents: onDuplicate.amountCents } });
    expect(await t.prisma.taxAccommodation.findUnique({ where: { id: duplicate.id } })).toBeNull();
    expect((await t.prisma.taxDeclaration.findMany({ where: { id: { in: [onKept.id, onDuplicate.id] } } })).map((d) => d.accommodationId)).toEqual([kept.id, kept.id]);
    expect(await t.prisma.taxPayment.count({ where: { accommodationId: kept.id } })).toBe(1);
    const list = await asOwner.ok('query($id: ID!) { taxDeclarations(accommodationId: $id) { year quarter } }', { id: kept.id });
    expect(list.taxDeclarations).toEqual([{ year: 2025, quarter: 2 }, { year: 2025, quarter: 1 }]);
  });

  it('a declaration written on the duplicate while the merge runs moves with it, never deleted with the duplicate', async () => {
    const MERGE = 'mutation($input: MergeTaxAccommodationsInput!) { mergeTaxAccommodations(input: $input) { id } }';
    const { accommodation: kept, organisation } = await host({ name: 'Gîte des Cerisiers', activeFrom: '2025-01-01' });
    const duplicate = await createTaxAccommodation(t.prisma, organisation.id, { name: 'Gite des cerisiers (doublon)', activeFrom: '2025-01-01' });
    const blocked = () => t.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%tax_accommodation%'`;
    let merge: ReturnType<GraphQLClient['request']> | undefined;
    // The host's submission, in flight: written, not yet committed, when staff merge.
    const written = await t.prisma.$transaction(
      async (tx) => {
        const declaration = await createTaxDeclaration(tx as never, { id: duplicate.id, organisationId: organisation.id }, { year: 2025, quarter: 3, amountCents: 1234 });
        merge = staff.request(MERGE, { input: { keptId: kept.id, keptVersion: kept.version, mergedId: duplicate.id, mergedVersion: duplicate.version } });
        await waitFor('the merge to wait for the submission', async () => (await blocked())[0]!.n > 0);
        return declaration;
      },
      { timeout: 30_000 },
    );
    expect((await merge!).errors).toBeUndefined();
    expect(await t.prisma.taxAccommodation.findUnique({ where: { id: duplicate.id } })).toBeNull();
    expect((await t.prisma.taxDeclaration.findUnique({ where: { id: written.id } }))?.accommodationId).toBe(kept.id);
  });

  it('closes an accommodation with its end date; a stale version is refused', async () => {
    const { accommodation, organisation, asOwner } = await host();
    const UPDATE = 'mutation($input: UpdateTaxAccommodationInput!) { updateTaxAccommodation(input: $input) { id activeTo version } }';
    const fields = { id: accommodation.id, version: 1, name: accommodation.name, street: accommodation.street, communeCode: accommodation.communeCode, kind: 'HOTEL', stars: 3, capacity: 20, activeFrom: '2018-01-01', activeTo: '2025-12-31' };
    expect((await staff.ok(UPDATE, { input: fields })).updateTaxAccommodation).toMatchObject({ activeTo: '2025-12-31', version: 2 });
    expect(errorCode(await staff.request(UPDATE, { input: fields }))).toBe('CONFLICT');
    const { taxTodo } = await asOwner.ok(TODO, { id: organisation.id });
    expect(taxTodo.due).toEqual([]);
    // still late for 2025 (the years with tariffs, two at most back), nothing after its closing
    expect(taxTodo.late.map((l: { year: number; quarter: number }) => `${l.year}-T${l.quarter}`)).toEqual(['2025-T1', '2025-T2', '2025-T3', '2025-T4']);
  });
});
