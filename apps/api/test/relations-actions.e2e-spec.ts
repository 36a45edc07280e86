// Partner relations — promotion actions: staff publish actions with places; a partner owner
// registers its organisation or joins the waiting list, cancels up to the deadline; a freed place
// goes to the first waiting (told by e-mail); two partners taking the last place at once: exactly
// one gets it; staff list and export the registrations (XLSX) and close the action.
import ExcelJS from 'exceljs';
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';

const ACTION = 'id title status places registered waiting placesLeft partnerCostCents categories startsOn registrationDeadline version descriptionHtml';
const REGISTRATION = 'id actionId status waitingPosition organisationId';
const SAVE = `mutation($input: SavePromotionActionInput!) { savePromotionAction(input: $input) { ${ACTION} } }`;
const OPEN = `mutation($id: ID!, $v: Int!) { openPromotionAction(id: $id, version: $v) { ${ACTION} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) { closePromotionAction(id: $id, version: $v) { ${ACTION} } }`;
const LIST = `query($org: ID!) { promotionActions(organisationId: $org) { ${ACTION} registration { ${REGISTRATION} } } }`;
const REGISTER = `mutation($input: RegisterForActionInput!) { registerForAction(input: $input) { ${REGISTRATION} } }`;
const CANCEL = `mutation($id: ID!) { cancelActionRegistration(id: $id) { ${REGISTRATION} } }`;
const MINE = `query($org: ID!) { organisationActionRegistrations(organisationId: $org) { ${REGISTRATION} actionTitle } }`;
const ROWS = `query($id: ID!) { promotionActionRegistrations(actionId: $id) { organisationName status waitingPosition communeName } }`;

let t: TestApp;
let clock: TestClock;
let staff: GraphQLClient;
beforeAll(async () => {
  t = await startTestApp();
  clock = TestClock.of(t.app);
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
});
afterAll(() => t.close());
afterEach(() => clock.reset());

const input = (overrides: Record<string, unknown> = {}) => ({
  title: 'Salon de la Montagne',
  kind: 'TRADE_SHOW',
  description: 'Stand partagé **Pays de Gex**.',
  place: 'Lyon, Eurexpo',
  startsOn: '2030-03-20',
  endsOn: '2030-03-22',
  registrationDeadline: '2030-02-28',
  places: 2,
  partnerCostCents: 25_000,
  categories: ['HOTEL'],
  ...overrides,
});

async function openAction(overrides: Record<string, unknown> = {}) {
  const { savePromotionAction: draft } = await staff.ok(SAVE, { input: input(overrides) });
  return (await staff.ok(OPEN, { id: draft.id, v: draft.version })).openPromotionAction;
}

async function partner(category: 'HOTEL' | 'SHOP' = 'HOTEL') {
  const p = await createPartner(t.prisma, { category });
  return { ...p, owner$: await signedInClient(t.baseUrl, p.owner.email, PASSWORD) };
}

const register = (p: Awaited<ReturnType<typeof partner>>, actionId: string) => p.owner$.request<{ registerForAction: { id: string; status: string } }>(REGISTER, { input: { actionId, organisationId: p.organisation.id } });

describe('registering', () => {
  it('registers while places remain, then puts organisations on the waiting list in order', async () => {
    const action = await openAction();
    const [a, b, c, d] = await Promise.all([partner(), partner(), partner(), partner()]);
    const listed = (await a.owner$.ok(LIST, { org: a.organisation.id })).promotionActions.find((x: { id: string }) => x.id === action.id);
    expect(listed).toMatchObject({ placesLeft: 2, registration: null, descriptionHtml: '<p>Stand partagé <strong>Pays de Gex</strong>.</p>\n' });

    expect((await register(a, action.id)).data!.registerForAction).toMatchObject({ status: 'REGISTERED', waitingPosition: null });
    expect((await register(b, action.id)).data!.registerForAction).toMatchObject({ status: 'REGISTERED' });
    expect((await register(c, action.id)).data!.registerForAction).toMatchObject({ status: 'WAITING', waitingPosition: 1 });
    expect((await register(d, action.id)).data!.registerForAction).toMatchObject({ status: 'WAITING', waitingPosition: 2 });
    expect(errorCode(await register(a, action.id))).toBe('CONFLICT');

    const after = (await c.owner$.ok(LIST, { org: c.organisation.id })).promotionActions.find((x: { id: string }) => x.id === action.id);
    expect(after).toMatchObject({ placesLeft: 0, registered: 2, waiting: 2, registration: { status: 'WAITING', waitingPosition: 1 } });
    expect((await c.owner$.ok(MINE, { org: c.organisation.id })).organisationActionRegistrations).toEqual([expect.objectContaining({ actionId: action.id, status: 'WAITING', actionTitle: 'Salon de la Montagne' })]);
  });

  it('gives a cancelled place to the first waiting, who is told by e-mail', async () => {
    const action = await openAction({ places: 1 });
    const [a, b, c] = await Promise.all([partner(), partner(), partner()]);
    const first = (await register(a, action.id)).data!.registerForAction;
    await register(b, action.id);
    await register(c, action.id);
    expect((await a.owner$.ok(CANCEL, { id: first.id })).cancelActionRegistration.status).toBe('CANCELLED');

    const statuses = await t.prisma.actionRegistration.findMany({ where: { actionId: action.id }, select: { organisationId: true, status: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.organisationId, s.status]))).toEqual({ [a.organisation.id]: 'CANCELLED', [b.organisation.id]: 'REGISTERED', [c.organisation.id]: 'WAITING' });
    const mails = await t.prisma.outboxMessage.findMany({ where: { template: 'action-place-freed', recipient: { in: [a.owner.email, b.owner.email, c.owner.email, b.member.email] } }, select: { recipient: true, subject: true } });
    expect(mails).toEqual([{ recipient: b.owner.email, subject: 'Une place s’est libérée\u00a0: Salon de la Montagne' }]);
    expect((await c.owner$.ok(MINE, { org: c.organisation.id })).organisationActionRegistrations[0].waitingPosition).toBe(1);

    // Registering again after cancelling goes to the back of the queue.
    expect((await register(a, action.id)).data!.registerForAction).toMatchObject({ status: 'WAITING', waitingPosition: 2 });
  });

  it('gives the last place to exactly one of two partners asking at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const action = await openAction({ places: 2 });
      const [first, a, b] = await Promise.all([partner(), partner(), partner()]);
      await register(first, action.id);
      const results = await Promise.all([register(a, action.id), register(b, action.id)]);
      expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(results.map((r) => r.data!.registerForAction.status).sort()).toEqual(['REGISTERED', 'WAITING']);
      expect(await t.prisma.actionRegistration.count({ where: { actionId: action.id, status: 'REGISTERED' } })).toBe(2);
    }
  });

  it('keeps actions to the categories they are open to, and drafts to staff', async () => {
    const action = await openAction({ categories: ['HOTEL'] });
    const shop = await partner('SHOP');
    expect((await shop.owner$.ok(LIST, { org: shop.organisation.id })).promotionActions.map((x: { id: string }) => x.id)).not.toContain(action.id);
    expect(errorCode(await register(shop, action.id))).toBe('NOT_FOUND');
    const { savePromotionAction: draft } = await staff.ok(SAVE, { input: input() });
    const hotel = await partner();
    expect(errorCode(await register(hotel, draft.id))).toBe('NOT_FOUND');
    expect(await t.prisma.actionRegistration.count({ where: { actionId: { in: [action.id, draft.id] } } })).toBe(0);
  });

  it('lets only the owner register, and no one after the deadline or once closed', async () => {
    const action = await openAction();
    const hotel = await partner();
    const member = await signedInClient(t.baseUrl, hotel.member.email, PASSWORD);
    expect(errorCode(await member.request(REGISTER, { input: { actionId: action.id, organisationId: hotel.organisation.id } }))).toBe('FORBIDDEN');

    clock.set('2030-02-28T23:30:00Z'); // 1 March in Paris
    const late = await register(hotel, action.id);
    expect(late.errors?.[0]?.message).toBe('La date limite d’inscription est passée.');
    clock.reset();

    const registration = (await register(hotel, action.id)).data!.registerForAction;
    clock.set('2030-03-01T08:00:00Z');
    const lateCancel = await hotel.owner$.request(CANCEL, { id: registration.id });
    expect(errorCode(lateCancel)).toBe('BAD_USER_INPUT');
    expect(lateCancel.errors?.[0]?.message).toBe('La date limite est passée\u00a0: contactez l’office pour annuler.');
    clock.reset();

    const fresh = (await staff.ok('query($id: ID!) { managedPromotionAction(id: $id) { version } }', { id: action.id })).managedPromotionAction;
    await staff.ok(CLOSE, { id: action.id, v: fresh.version });
    const other = await partner();
    expect(errorCode(await register(other, action.id))).toBe('BAD_USER_INPUT');
    expect((await t.prisma.actionRegistration.findUniqueOrThrow({ where: { id: registration.id } })).status).toBe('REGISTERED');
  });
});

describe('staff managing actions', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ['fewer than one place', { places: 0 }, 'places', 'Il faut au moins une place.'],
    ['a deadline after the start', { registrationDeadline: '2030-03-21' }, 'registrationDeadline', 'La date limite d’inscription doit précéder le début de l’action.'],
    ['a javascript: link in the description', { description: '[x](javascript:alert(1))' }, 'description', 'Le texte ne peut pas contenir de lien «\u00a0javascript:\u00a0» ni d’autre lien qui exécute du code.'],
    ['a negative cost', { partnerCostCents: -100 }, 'partnerCostCents', 'La participation doit être un montant positif ou nul.'],
    ['an impossible date', { startsOn: '2030-02-30' }, 'startsOn', 'Date invalide (jj/mm/aaaa).'],
  ])('refuses %s and saves nothing', async (_case, overrides, field, message) => {
    const before = await t.prisma.promotionAction.count();
    const result = await staff.request(SAVE, { input: input(overrides) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual({ [field]: message });
    expect(await t.prisma.promotionAction.count()).toBe(before);
  });

  it('refuses fewer places than organisations registered, and gives added places to the waiting list', async () => {
    const action = await openAction({ places: 1 });
    const [a, b] = await Promise.all([partner(), partner()]);
    await register(a, action.id);
    await register(b, action.id);
    const fewer = await staff.request(SAVE, { input: { ...input({ places: 0 }), id: action.id, version: action.version } });
    expect(errorCode(fewer)).toBe('BAD_USER_INPUT');
    const more = (await staff.ok(SAVE, { input: { ...input({ places: 2 }), id: action.id, version: action.version } })).savePromotionAction;
    expect(more).toMatchObject({ registered: 2, waiting: 0, placesLeft: 0 });
    expect(await t.prisma.outboxMessage.count({ where: { template: 'action-place-freed', recipient: b.owner.email } })).toBe(1);
  });

  it('lists the registrations in order and exports them as XLSX, to staff only', async () => {
    const action = await openAction({ title: 'Tour de l’Ain — village', places: 1 });
    const [a, b] = await Promise.all([partner(), partner()]);
    await register(a, action.id);
    await register(b, action.id);
    const rows = (await staff.ok(ROWS, { id: action.id })).promotionActionRegistrations;
    expect(rows.map((r: { status: string; waitingPosition: number | null }) => [r.status, r.waitingPosition])).toEqual([['REGISTERED', null], ['WAITING', 1]]);

    const url = `${t.baseUrl}/api/promotion-actions/${action.id}/registrations.xlsx`;
    const response = await fetch(url, { headers: { cookie: staff.cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="inscriptions-tour-de-l-ain-village.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Inscriptions')!;
    expect(sheet.getRow(2).getCell(1).value).toBe(a.organisation.name);
    expect(sheet.getRow(2).getCell(5).value).toBe('Inscrit');
    expect(sheet.getRow(2).getCell(8).value).toBe(250);
    expect(sheet.getRow(3).getCell(5).value).toBe('En liste d’attente');
    expect(sheet.getRow(3).getCell(6).value).toBe(1);

    expect((await fetch(url, { headers: { cookie: a.owner$.cookie! } })).status).toBe(403);
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(`${t.baseUrl}/api/promotion-actions/00000000-0000-4000-8000-000000000000/registrations.xlsx`, { headers: { cookie: staff.cookie! } })).status).toBe(404);
  });
});
