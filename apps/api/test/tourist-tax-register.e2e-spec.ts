// Owners' correction requests of their accommodation's register data: the owner asks (message,
// fields, proposed values, checked with the register's rule), staff see the queue and the count on
// their to-do, accept (the usual staff edit, audited, in the same transaction) or decline with a
// reason; the owners are told by e-mail (outbox). Opening periods of flat-rate accounts: kept by
// staff, proposed by owners, and the flat-rate amount counts only the nights open in the quarter.
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';
import { createTaxAccommodation } from './utils/tourist-tax-factories.js';

const REQUEST = 'id status message fields proposed changes { field label current proposed } decisionReason requestedByName accommodationName version';
const ASK = `mutation($input: RequestTaxCorrectionInput!) { requestTaxCorrection(input: $input) { ${REQUEST} } }`;
const LIST = `query($id: ID!) { taxCorrectionRequests(accommodationId: $id) { ${REQUEST} } }`;
const PENDING = `{ taxPendingCorrectionRequests { total items { ${REQUEST} } } }`;
const ACCEPT = `mutation($input: AcceptTaxCorrectionInput!) { acceptTaxCorrection(input: $input) { ${REQUEST} } }`;
const DECLINE = `mutation($input: DeclineTaxCorrectionInput!) { declineTaxCorrection(input: $input) { ${REQUEST} } }`;
const ACCOUNT = 'query($id: ID!) { taxAccommodation(id: $id) { id name street communeCode kind stars capacity registrationNumber basis activeFrom activeTo openingPeriods { from to } listingId version } }';

let t: TestApp;
let staff: GraphQLClient;
beforeAll(async () => {
  t = await startTestApp();
  TestClock.of(t.app).set('2026-05-10T10:00:00Z');
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
});
afterAll(() => t.close());

async function host() {
  const partner = await createPartner(t.prisma);
  const accommodation = await createTaxAccommodation(t.prisma, partner.organisation.id, { name: `Gîte ${partner.organisation.name}`, kind: 'FURNISHED_LET', stars: null, capacity: 4 });
  return { ...partner, accommodation, asOwner: await signedInClient(t.baseUrl, partner.owner.email, PASSWORD), asMember: await signedInClient(t.baseUrl, partner.member.email, PASSWORD) };
}

const ask = (accommodationId: string, extra: Record<string, unknown> = {}) => ({
  input: { accommodationId, message: 'Le gîte a été agrandi et classé 3 étoiles.', fields: ['capacity', 'stars'], proposed: { capacity: 6, stars: 3 }, ...extra },
});

/** The account as staff load it in their edit form, with `changes` applied. */
async function edited(id: string, changes: Record<string, unknown>) {
  const { taxAccommodation: a } = await staff.ok(ACCOUNT, { id });
  return { ...a, openingPeriods: a.openingPeriods.map(({ from, to }: { from: string; to: string }) => ({ from, to })), ...changes };
}

describe('an owner asking for a correction', () => {
  it('records the request with the current and proposed values; the owner, its member and staff see it; staff count it on their to-do', async () => {
    const { accommodation, asOwner, asMember } = await host();
    const { requestTaxCorrection: request } = await asMember.ok(ASK, ask(accommodation.id));
    expect(request).toMatchObject({
      status: 'PENDING', fields: ['capacity', 'stars'], proposed: { capacity: 6, stars: 3 },
      changes: [{ field: 'capacity', label: 'Capacité', current: '4', proposed: '6' }, { field: 'stars', label: 'Classement', current: 'non classé', proposed: '3 étoiles' }],
    });
    expect((await asOwner.ok(LIST, { id: accommodation.id })).taxCorrectionRequests.map((r: { id: string }) => r.id)).toEqual([request.id]);
    const { taxPendingCorrectionRequests: pending } = await staff.ok(PENDING);
    expect(pending.items.map((r: { id: string }) => r.id)).toContain(request.id);
    expect((await staff.ok('{ taxStaffTodo { correctionRequests } }')).taxStaffTodo.correctionRequests).toBe(pending.total);
    expect(await t.prisma.auditEvent.count({ where: { action: 'touristTax.requestCorrection', objectId: request.id } })).toBe(1);
    // the register itself is unchanged until staff accept
    expect(await t.prisma.taxAccommodation.findUniqueOrThrow({ where: { id: accommodation.id } })).toMatchObject({ capacity: 4, stars: null, version: 1 });
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['a message too short', { message: 'Faux' }, 'message', /entre 10 et 2000/],
    ['an unknown field', { fields: ['basis'], proposed: {} }, 'fields', /dans la liste/],
    ['a capacity of zero', { fields: ['capacity'], proposed: { capacity: 0 } }, 'proposed.capacity', /entre 1 et 10000/],
    ['a bad registration number', { fields: ['registrationNumber'], proposed: { registrationNumber: 'ABC' } }, 'proposed.registrationNumber', /13 caractères/],
    ['the value already in the register', { fields: ['capacity'], proposed: { capacity: 4 } }, 'proposed.capacity', /déjà la valeur/],
  ])('refuses %s, naming the field, and saves nothing', async (_, extra, field, message) => {
    const { accommodation, asOwner } = await host();
    const result = await asOwner.request(ASK, ask(accommodation.id, extra));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)[field]).toMatch(message);
    expect(await t.prisma.taxCorrectionRequest.count({ where: { accommodationId: accommodation.id } })).toBe(0);
  });

  it('answers NOT_FOUND for another host’s accommodation, and FORBIDDEN when an owner tries to decide', async () => {
    const mine = await host();
    const theirs = await host();
    expect(errorCode(await mine.asOwner.request(ASK, ask(theirs.accommodation.id)))).toBe('NOT_FOUND');
    const { requestTaxCorrection: request } = await mine.asOwner.ok(ASK, ask(mine.accommodation.id));
    expect(errorCode(await mine.asOwner.request(DECLINE, { input: { requestId: request.id, requestVersion: 1, reason: 'Je refuse ma propre demande' } }))).toBe('FORBIDDEN');
    expect(errorCode(await mine.asOwner.request(LIST, { id: theirs.accommodation.id }))).toBe('NOT_FOUND');
  });
});

describe('staff answering', () => {
  it('accept: saves the account as edited (audited), marks the request accepted and e-mails the owners; a second answer is refused', async () => {
    const { accommodation, asOwner, owner } = await host();
    const { requestTaxCorrection: request } = await asOwner.ok(ASK, ask(accommodation.id));
    const { acceptTaxCorrection: accepted } = await staff.ok(ACCEPT, { input: { requestId: request.id, requestVersion: request.version, accommodation: await edited(accommodation.id, { capacity: 6, stars: 3 }) } });
    expect(accepted).toMatchObject({ status: 'ACCEPTED', decisionReason: null });
    expect(await t.prisma.taxAccommodation.findUniqueOrThrow({ where: { id: accommodation.id } })).toMatchObject({ capacity: 6, stars: 3, version: 2 });
    const audit = await t.prisma.auditEvent.findMany({ where: { objectId: { in: [accommodation.id, request.id] }, outcome: 'SUCCESS' }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['touristTax.requestCorrection', 'touristTax.updateAccommodation', 'touristTax.acceptCorrection']);
    expect(audit[1]!.detail).toEqual({ correctionRequestId: request.id });
    const mails = await t.prisma.outboxMessage.findMany({ where: { recipient: owner.email, template: 'tourist-tax-correction-decision' } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('acceptée');
    expect(mails[0]!.text).toContain('Capacité\u00a0: 6\u00a0; Classement\u00a0: 3 étoiles');
    expect(mails[0]!.text).toContain(`/taxe-de-sejour/${accommodation.id}`);

    const again = await staff.request(DECLINE, { input: { requestId: request.id, requestVersion: request.version, reason: 'Trop tard pour refuser' } });
    expect(errorCode(again)).toBe('CONFLICT');
    const { taxCorrectionRequests } = await asOwner.ok(LIST, { id: accommodation.id });
    expect(taxCorrectionRequests[0]).toMatchObject({ status: 'ACCEPTED' });
    expect((await staff.ok(PENDING)).taxPendingCorrectionRequests.items.map((r: { id: string }) => r.id)).not.toContain(request.id);
  });

  it('accept with a bad edit: the field is named, nothing changes and the request stays pending', async () => {
    const { accommodation, asOwner } = await host();
    const { requestTaxCorrection: request } = await asOwner.ok(ASK, ask(accommodation.id));
    const result = await staff.request(ACCEPT, { input: { requestId: request.id, requestVersion: request.version, accommodation: await edited(accommodation.id, { capacity: 0 }) } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)['capacity']).toMatch(/capacité/i);
    expect(await t.prisma.taxAccommodation.findUniqueOrThrow({ where: { id: accommodation.id } })).toMatchObject({ capacity: 4, version: 1 });
    expect(await t.prisma.taxCorrectionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'PENDING', version: 1 });
    expect(await t.prisma.outboxMessage.count({ where: { template: 'tourist-tax-correction-decision', text: { contains: accommodation.name } } })).toBe(0);
    // another accommodation's edit cannot accept this request
    const other = await host();
    const wrong = await staff.request(ACCEPT, { input: { requestId: request.id, requestVersion: request.version, accommodation: await edited(other.accommodation.id, { capacity: 8 }) } });
    expect(fieldErrors(wrong)['accommodation.id']).toMatch(/autre hébergement/);
    expect(await t.prisma.taxAccommodation.findUniqueOrThrow({ where: { id: other.accommodation.id } })).toMatchObject({ capacity: 4, version: 1 });
  });

  it('decline: needs a reason, which the owners read in the e-mail and on the request', async () => {
    const { accommodation, asOwner, owner } = await host();
    const { requestTaxCorrection: request } = await asOwner.ok(ASK, ask(accommodation.id));
    const short = await staff.request(DECLINE, { input: { requestId: request.id, requestVersion: request.version, reason: 'Non' } });
    expect(fieldErrors(short)['reason']).toMatch(/entre 5 et 1000/);
    expect(await t.prisma.taxCorrectionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'PENDING' });

    const reason = 'Le classement 3 étoiles n’apparaît pas encore sur le site d’Atout France.';
    const { declineTaxCorrection: declined } = await staff.ok(DECLINE, { input: { requestId: request.id, requestVersion: request.version, reason } });
    expect(declined).toMatchObject({ status: 'DECLINED', decisionReason: reason });
    expect(await t.prisma.taxAccommodation.findUniqueOrThrow({ where: { id: accommodation.id } })).toMatchObject({ capacity: 4, version: 1 });
    const mails = await t.prisma.outboxMessage.findMany({ where: { recipient: owner.email, template: 'tourist-tax-correction-decision' } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('refusée');
    expect(mails[0]!.text).toContain(reason);
    expect(errorCode(await staff.request(ACCEPT, { input: { requestId: request.id, requestVersion: request.version, accommodation: await edited(accommodation.id, { capacity: 6 }) } }))).toBe('CONFLICT');
  });

  it('a merge keeps the duplicate’s requests on the kept account', async () => {
    const { accommodation, organisation, asOwner } = await host();
    const duplicate = await createTaxAccommodation(t.prisma, organisation.id, { name: 'Doublon du gîte', kind: 'FURNISHED_LET', stars: null, capacity: 4 });
    const { requestTaxCorrection: request } = await asOwner.ok(ASK, ask(duplicate.id));
    await staff.ok('mutation($input: MergeTaxAccommodationsInput!) { mergeTaxAccommodations(input: $input) { id } }', { input: { keptId: accommodation.id, keptVersion: 1, mergedId: duplicate.id, mergedVersion: 1 } });
    expect((await asOwner.ok(LIST, { id: accommodation.id })).taxCorrectionRequests.map((r: { id: string }) => r.id)).toEqual([request.id]);
  });
});

describe('opening periods of a flat-rate account', () => {
  const CREATE = 'mutation($input: CreateTaxAccommodationInput!) { createTaxAccommodation(input: $input) { id basis openingPeriods { from to } version } }';
  const SUBMIT = 'mutation($input: TaxDeclarationInput!) { submitTaxDeclaration(input: $input) { amountCents } }';
  const SEASON = [{ from: '2026-04-01', to: '2026-09-30' }];
  const flatInput = (organisationId: string, extra: Record<string, unknown> = {}) => ({
    input: { organisationId, name: 'Hôtel saisonnier du col', communeCode: '01173', kind: 'HOTEL', stars: 2, capacity: 10, basis: 'FLAT_RATE', activeFrom: '2018-01-01', openingPeriods: SEASON, ...extra },
  });

  it('staff keep them; the flat rate counts the nights open in the quarter only (closed in Q1, 91 nights in Q2)', async () => {
    const partner = await createPartner(t.prisma);
    const { createTaxAccommodation: account } = await staff.ok(CREATE, flatInput(partner.organisation.id, { openingPeriods: [{ from: '2026-12-20', to: '2027-01-05' }, ...SEASON] }));
    expect(account.openingPeriods).toEqual([...SEASON, { from: '2026-12-20', to: '2027-01-05' }]);
    const asOwner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
    const quarter = (q: number) => ({ input: { accommodationId: account.id, year: 2026, quarter: q, noRental: true, lines: [] } });
    expect((await asOwner.ok(SUBMIT, quarter(1))).submitTaxDeclaration.amountCents).toBe(0);
    // 91 nights × 10 beds × 0.73 € = 664.30 €, + 10 % departmental = 66.43 €
    expect((await asOwner.ok(SUBMIT, quarter(2))).submitTaxDeclaration.amountCents).toBe(66430 + 6643);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['overlapping periods', { openingPeriods: [...SEASON, { from: '2026-09-01', to: '2026-10-31' }] }, 'openingPeriods.1.from', /chevauche/],
    ['an end before the start', { openingPeriods: [{ from: '2026-09-30', to: '2026-04-01' }] }, 'openingPeriods.0.to', /précède/],
    ['a day that does not exist', { openingPeriods: [{ from: '2026-02-30', to: '2026-04-01' }] }, 'openingPeriods.0.from', /date valide/],
    ['periods on the per-night basis', { basis: 'PER_NIGHT' }, 'openingPeriods', /régime forfaitaire/],
  ])('refuses %s, naming the field, and saves nothing', async (_, extra, field, message) => {
    const partner = await createPartner(t.prisma);
    const result = await staff.request(CREATE, flatInput(partner.organisation.id, extra));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)[field]).toMatch(message);
    expect(await t.prisma.taxAccommodation.count({ where: { organisationId: partner.organisation.id } })).toBe(0);
  });

  it('an owner proposes new periods; accepted, they are the account’s', async () => {
    const partner = await createPartner(t.prisma);
    const { createTaxAccommodation: account } = await staff.ok(CREATE, flatInput(partner.organisation.id));
    const asOwner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
    const proposed = [{ from: '2026-05-01', to: '2026-10-15' }];
    const { requestTaxCorrection: request } = await asOwner.ok(ASK, { input: { accommodationId: account.id, message: 'Nous ouvrons plus tard et fermons plus tard cette année.', fields: ['openingPeriods'], proposed: { openingPeriods: proposed } } });
    expect(request.changes).toEqual([{ field: 'openingPeriods', label: 'Périodes d’ouverture', current: 'du 1er avril 2026 au 30 septembre 2026', proposed: 'du 1er mai 2026 au 15 octobre 2026' }]);
    await staff.ok(ACCEPT, { input: { requestId: request.id, requestVersion: request.version, accommodation: await edited(account.id, { openingPeriods: request.proposed.openingPeriods }) } });
    expect((await asOwner.ok('query($id: ID!) { taxAccommodation(id: $id) { openingPeriods { from to } } }', { id: account.id })).taxAccommodation.openingPeriods).toEqual(proposed);
  });
});

describe('writing to a host from the undeclared list (staff)', () => {
  const WRITE = 'mutation($input: WriteToTaxHostInput!) { writeToTaxHost(input: $input) { recipients sentAt } }';
  const UNDECLARED = '{ taxUndeclared(year: 2026) { partners { items { organisationId lastWrittenAt } } silent { items { organisationId lastWrittenAt } } } }';
  const message = { subject: 'Taxe de séjour : déclarer votre gîte', text: 'Bonjour,\n\nNous ne trouvons pas de compte de taxe de séjour à votre nom.\n\nMerci de nous répondre.' };

  it('sends the message to the host’s owners through the outbox, keeps it, audits it; the list shows when', async () => {
    const { organisation, owner } = await host();
    // an account without declaration in 2026 although Q1's deadline passed (« silent »), named to come first
    const silentAccount = await createTaxAccommodation(t.prisma, organisation.id, { name: '0000 Gîte à qui l’office écrit' });
    const { writeToTaxHost } = await staff.ok(WRITE, { input: { organisationId: organisation.id, ...message } });
    expect(writeToTaxHost).toEqual({ recipients: 1, sentAt: '2026-05-10T10:00:00.000Z' });
    const mails = await t.prisma.outboxMessage.findMany({ where: { recipient: owner.email, template: 'tourist-tax-host-message' } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: message.subject });
    expect(mails[0]!.text).toContain('Nous ne trouvons pas de compte');
    expect(mails[0]!.html).toContain('<p>Merci de nous répondre.</p>');
    expect(await t.prisma.auditEvent.count({ where: { action: 'touristTax.writeToHost', organisationId: organisation.id } })).toBe(1);
    const { taxHostMessages } = await staff.ok('query($id: ID!) { taxHostMessages(organisationId: $id) { subject text recipients } }', { id: organisation.id });
    expect(taxHostMessages).toEqual([{ ...message, recipients: 1 }]);
    // the account has no declaration in 2026 although Q1's deadline passed: it is « silent », and shows the date
    const { taxUndeclared } = await staff.ok(UNDECLARED);
    expect(taxUndeclared.silent.items[0]).toEqual({ organisationId: silentAccount.organisationId, lastWrittenAt: '2026-05-10T10:00:00.000Z' });
    expect(taxUndeclared.silent.items.find((i: { organisationId: string }) => i.organisationId !== organisation.id)?.lastWrittenAt ?? null).toBeNull();
  });

  it('puts the message in the partner’s relations history, with its author; a refused one is not there', async () => {
    const HISTORY = 'query($id: ID!) { partnerRelationHistory(organisationId: $id) { messages { subject text recipients sentAt authorName } } }';
    const author = await createStaff(t.prisma, ['STAFF'], { name: `Agente ${Date.now()}` });
    const asAuthor = await signedInClient(t.baseUrl, author.email, PASSWORD);
    const { organisation } = await host();
    expect((await staff.ok(HISTORY, { id: organisation.id })).partnerRelationHistory.messages).toEqual([]);
    await asAuthor.ok(WRITE, { input: { organisationId: organisation.id, ...message } });
    const refused = await asAuthor.request(WRITE, { input: { organisationId: organisation.id, ...message, subject: '' } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect((await staff.ok(HISTORY, { id: organisation.id })).partnerRelationHistory.messages).toEqual([
      { ...message, recipients: 1, sentAt: '2026-05-10T10:00:00.000Z', authorName: author.name },
    ]);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['an empty subject', { subject: '' }, 'subject', /entre 5 et 200/],
    ['a subject on two lines', { subject: 'Taxe\nde séjour' }, 'subject', /une seule ligne/],
    ['a text too short', { text: 'Bonjour' }, 'text', /entre 20 et 5000/],
  ])('refuses %s, naming the field; nothing is sent or kept', async (_, change, field, pattern) => {
    const { organisation, owner } = await host();
    const result = await staff.request(WRITE, { input: { organisationId: organisation.id, ...message, ...change } });
    expect(fieldErrors(result)[field]).toMatch(pattern);
    expect(await t.prisma.taxHostMessage.count({ where: { organisationId: organisation.id } })).toBe(0);
    expect(await t.prisma.outboxMessage.count({ where: { recipient: owner.email } })).toBe(0);
  });

  it('refuses a host without an active owner, and an unknown host, sending nothing; a partner cannot write', async () => {
    const { organisation, owner, asOwner } = await host();
    await t.prisma.user.update({ where: { id: owner.id }, data: { active: false } });
    const result = await staff.request(WRITE, { input: { organisationId: organisation.id, ...message } });
    expect(fieldErrors(result)['organisationId']).toMatch(/aucun responsable actif/);
    expect(await t.prisma.taxHostMessage.count({ where: { organisationId: organisation.id } })).toBe(0);
    expect(errorCode(await staff.request(WRITE, { input: { organisationId: '00000000-0000-4000-8000-000000000000', ...message } }))).toBe('NOT_FOUND');
    expect(errorCode(await asOwner.request(WRITE, { input: { organisationId: organisation.id, ...message } }))).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });
});
