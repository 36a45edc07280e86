// The technical committee through the real endpoints: sessions (bad input refused, nothing saved),
// documents uploaded and downloaded over REST (byte for byte, type checked on the content, 20 MiB,
// names neutralised, versions kept), who may download (members and staff; a partner who is not a
// member gets 404, a removed member at once), minutes published once with one e-mail per member,
// reading confirmations, recommendations and the board's decisions, French full-text search.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { incomingUploadsDir } from '../src/common/rest/index.js';
import { storageDir } from '../src/storage/file-storage.js';
import { createPartner, createStaff, createUser, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const dataDir = mkdtempSync(join(tmpdir(), 'extranet-committee-'));
const stored = () => readdirSync(storageDir({ DATA_DIR: dataDir })).filter((name) => name !== '.partial').sort();
const incoming = () => readdirSync(incomingUploadsDir({ DATA_DIR: dataDir }));
const CSRF = { 'x-requested-with': 'XMLHttpRequest' };
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 0x90)]);

const SESSION = `id theme date status version myAttendance readAt minutesHtml minutesMarkdown
  agenda { title description } participants { userId attendance }
  documents { id kind title current { id version fileName contentType size downloadUrl } versions { id version downloadUrl } }
  recommendations { id status } readings { userId name readAt }`;
const CREATE = `mutation($input: CreateCommitteeSessionInput!) { createCommitteeSession(input: $input) { ${SESSION} } }`;
const GET = `query($id: ID!) { committeeSession(id: $id) { ${SESSION} } }`;

let t: TestApp;
let staff: GraphQLClient;
let member: GraphQLClient;
let memberId: string;
let otherMember: { id: string; email: string };
let partner: GraphQLClient;
let anonymous: GraphQLClient;

beforeAll(async () => {
  t = await startTestApp({ DATA_DIR: dataDir });
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
  const m = await createUser(t.prisma, { globalRoles: ['COMMITTEE_MEMBER'], name: 'Claire Membre' });
  memberId = m.id;
  member = await signedInClient(t.baseUrl, m.email, PASSWORD);
  otherMember = await createUser(t.prisma, { globalRoles: ['COMMITTEE_MEMBER'], name: 'Bruno Membre' });
  const p = await createPartner(t.prisma);
  partner = await signedInClient(t.baseUrl, p.owner.email, PASSWORD);
  anonymous = new GraphQLClient(t.baseUrl);
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function sessionInput(overrides: Record<string, unknown> = {}) {
  return { theme: 'Stratégie marketing', date: '2030-03-15', startTime: '14:30', place: 'Office de Tourisme, Gex', agenda: [{ title: 'Plan d’actions à cinq ans', description: 'Les réunions de travail' }], ...overrides };
}

async function createSession(overrides: Record<string, unknown> = {}) {
  return (await staff.ok(CREATE, { input: sessionInput(overrides) })).createCommitteeSession;
}

function pdf(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text(text);
    doc.end();
  });
}

async function call(client: GraphQLClient, path: string, init: RequestInit = {}) {
  const headers = { ...(init.headers as Record<string, string>), ...(client.cookie ? { cookie: client.cookie } : {}) };
  const response = await fetch(`${t.baseUrl}${path}`, { ...init, headers });
  const body = Buffer.from(await response.arrayBuffer());
  let json: any;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, body, json };
}

function upload(client: GraphQLClient, sessionId: string, content: Buffer, fields: { title?: string; kind?: string; filename?: string } = {}) {
  const form = new FormData();
  form.append('title', fields.title ?? 'Ordre du jour');
  form.append('kind', fields.kind ?? 'AGENDA');
  form.append('file', new Blob([content], { type: 'application/pdf' }), fields.filename ?? 'ordre-du-jour.pdf');
  return call(client, `/api/committee/sessions/${sessionId}/documents`, { method: 'POST', headers: CSRF, body: form });
}

async function snapshot() {
  return { files: stored(), rows: await t.prisma.committeeDocumentVersion.count() };
}

describe('sessions', () => {
  it('lets staff create a session that members see, with its agenda and every member invited', async () => {
    const session = await createSession();
    expect(session).toMatchObject({ theme: 'Stratégie marketing', date: '2030-03-15', status: 'PLANNED', agenda: [{ title: 'Plan d’actions à cinq ans' }] });
    // Every member at the time: other tests (in any order) may have added some.
    const members = await t.prisma.user.findMany({ where: { globalRoles: { has: 'COMMITTEE_MEMBER' }, active: true }, select: { id: true } });
    expect(members.map((m) => m.id)).toEqual(expect.arrayContaining([memberId, otherMember.id]));
    expect(session.participants.map((p: { userId: string }) => p.userId).sort()).toEqual(members.map((m) => m.id).sort());
    const { committeeSessions } = await member.ok('{ committeeSessions { id theme } }');
    expect(committeeSessions.map((s: { id: string }) => s.id)).toContain(session.id);
  });

  it.each([
    ['an empty theme', { theme: '  ' }, 'theme'],
    ['a date in an impossible format', { date: '31/02/2030' }, 'date'],
    ['an impossible date', { date: '2030-02-31' }, 'date'],
    ['an agenda item without a title', { agenda: [{ title: 'Bon point' }, { title: '' }] }, 'agenda.1.title'],
    ['neither place nor video link', { place: null, videoLink: null }, 'place'],
  ])('refuses %s, naming the field, and saves nothing', async (_case, overrides, field) => {
    const before = await t.prisma.committeeSession.count();
    const result = await staff.request(CREATE, { input: sessionInput(overrides) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)[field]).toEqual(expect.any(String));
    expect(await t.prisma.committeeSession.count()).toBe(before);
  });

  it('invites only the members chosen, and refuses someone who is not a member', async () => {
    const chosen = (await staff.ok(CREATE, { input: { ...sessionInput(), invitedUserIds: [memberId] } })).createCommitteeSession;
    expect(chosen.participants.map((p: { userId: string }) => p.userId)).toEqual([memberId]);
    const outsider = await createUser(t.prisma);
    const before = await t.prisma.committeeSession.count();
    const refused = await staff.request(CREATE, { input: { ...sessionInput(), invitedUserIds: [memberId, outsider.id] } });
    expect(fieldErrors(refused)['invitedUserIds.1']).toMatch(/pas membre/);
    expect(await t.prisma.committeeSession.count()).toBe(before);
  });

  it('refuses members and partners the office’s work', async () => {
    expect(errorCode(await member.request(CREATE, { input: sessionInput() }))).toBe('FORBIDDEN');
    expect(errorCode(await partner.request(CREATE, { input: sessionInput() }))).toBe('FORBIDDEN');
  });

  it('records a member’s attendance and refuses an edit from a stale version', async () => {
    const session = await createSession();
    const answered = (await member.ok('mutation($id: ID!) { answerCommitteeAttendance(sessionId: $id, attendance: YES) { myAttendance participants { userId attendance } } }', { id: session.id })).answerCommitteeAttendance;
    expect(answered.myAttendance).toBe('YES');
    expect(answered.participants).toContainEqual({ userId: memberId, attendance: 'YES' });
    const UPDATE = 'mutation($input: UpdateCommitteeSessionInput!) { updateCommitteeSession(input: $input) { version theme agenda { title } } }';
    const updated = (await staff.ok(UPDATE, { input: { ...sessionInput({ theme: 'Stratégie numérique', agenda: [{ title: 'Site web' }] }), id: session.id, version: session.version } })).updateCommitteeSession;
    expect(updated).toEqual({ version: session.version + 1, theme: 'Stratégie numérique', agenda: [{ title: 'Site web' }] });
    const stale = await staff.request(UPDATE, { input: { ...sessionInput(), id: session.id, version: session.version } });
    expect(errorCode(stale)).toBe('CONFLICT');
  });
});

describe('documents', () => {
  it('stores a valid PDF and gives it back byte for byte, as an attachment with nosniff, to members and staff', async () => {
    const session = await createSession();
    const content = await pdf('Ordre du jour : hébergements insolites et fréquentation.');
    const response = await upload(staff, session.id, content);
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ kind: 'AGENDA', title: 'Ordre du jour', current: { version: 1, fileName: 'ordre-du-jour.pdf', size: content.length } });
    for (const client of [member, staff]) {
      const download = await call(client, response.json.current.downloadUrl);
      expect(download.status).toBe(200);
      expect(download.body.equals(content)).toBe(true);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="ordre-du-jour.pdf"/);
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(incoming()).toEqual([]);
  });

  it('accepts an office document and an image by their content, whatever their names say', async () => {
    const session = await createSession();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Budget').addRow(['Action', 'Montant']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const sheet = await upload(staff, session.id, xlsx, { filename: 'budget.pdf', kind: 'ANNEX', title: 'Budget' });
    expect(sheet.status).toBe(201);
    expect(sheet.json.current).toMatchObject({ contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: 'budget.xlsx' });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5f0000000049454e44ae426082', 'hex');
    const image = await upload(staff, session.id, png, { filename: 'photo', kind: 'PRESENTATION', title: 'Photo' });
    expect(image.json.current).toMatchObject({ contentType: 'image/png', fileName: 'photo.png' });
    expect((await call(member, image.json.current.downloadUrl)).body.equals(png)).toBe(true);
  });

  it('refuses an executable renamed .pdf (415), keeping nothing', async () => {
    const session = await createSession();
    const before = await snapshot();
    const response = await upload(staff, session.id, ELF, { filename: 'ordre-du-jour.pdf' });
    expect(response.status).toBe(415);
    expect(response.json).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: expect.stringMatching(/PDF/) }] });
    expect(await snapshot()).toEqual(before);
    expect(incoming()).toEqual([]);
  });

  it('refuses a 21 MiB file (413), keeping nothing', async () => {
    const session = await createSession();
    const before = await snapshot();
    const big = Buffer.concat([await pdf('gros'), Buffer.alloc(21 * 1024 * 1024, 0x20)]);
    const response = await upload(staff, session.id, big);
    expect(response.status).toBe(413);
    expect(response.json.fields[0]).toMatchObject({ field: 'file', message: expect.stringMatching(/20 Mo/) });
    expect(await snapshot()).toEqual(before);
    expect(incoming()).toEqual([]);
  });

  it('neutralises a ../../x file name: stored under a generated name, offered as x.pdf', async () => {
    const session = await createSession();
    const before = stored();
    const response = await upload(staff, session.id, await pdf('Annexe'), { filename: '../../x', kind: 'ANNEX', title: 'Annexe' });
    expect(response.status).toBe(201);
    expect(response.json.current.fileName).toBe('x.pdf');
    const added = stored().filter((name) => !before.includes(name));
    expect(added).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/)]);
    expect(readdirSync(dataDir).includes('x')).toBe(false);
    const download = await call(member, response.json.current.downloadUrl);
    expect(download.headers.get('content-disposition')).toMatch(/filename="x.pdf"/);
  });

  it('refuses a document of an unknown kind, naming the field, and keeps nothing', async () => {
    const session = await createSession();
    const before = await snapshot();
    const response = await upload(staff, session.id, await pdf('x'), { kind: 'SECRET' });
    expect(response.status).toBe(400);
    expect(response.json.fields).toEqual([{ field: 'kind', message: expect.stringMatching(/inconnu/) }]);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the old version when a file is replaced', async () => {
    const session = await createSession();
    const first = await pdf('Première version');
    const created = (await upload(staff, session.id, first, { kind: 'PRESENTATION', title: 'Présentation' })).json;
    const second = await pdf('Seconde version');
    const form = new FormData();
    form.append('file', new Blob([second]), 'presentation-v2.pdf');
    const replaced = await call(staff, `/api/committee/documents/${created.id}/versions`, { method: 'POST', headers: CSRF, body: form });
    expect(replaced.status).toBe(201);
    expect(replaced.json.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await call(member, replaced.json.versions[1].downloadUrl)).body.equals(first)).toBe(true);
    expect((await call(member, replaced.json.current.downloadUrl)).body.equals(second)).toBe(true);
  });

  it('answers 404 to a partner who is not a member, 401 without a session, 403 to a member uploading', async () => {
    const session = await createSession();
    const document = (await upload(staff, session.id, await pdf('Confidentiel'))).json;
    const refused = await call(partner, document.current.downloadUrl);
    expect(refused.status).toBe(404);
    expect(refused.body.includes('Confidentiel')).toBe(false);
    const missing = await call(partner, '/api/committee/files/00000000-0000-4000-8000-000000000000');
    expect(missing.json.message).toBe(refused.json.message);
    expect((await call(anonymous, document.current.downloadUrl)).status).toBe(401);
    expect((await upload(member, session.id, await pdf('x'))).status).toBe(403);
    expect((await upload(partner, session.id, await pdf('x'))).status).toBe(403);
  });

  it('refuses a removed member at once, and gives access back when they are added again', async () => {
    const session = await createSession();
    const document = (await upload(staff, session.id, await pdf('Pour les membres'))).json;
    const someone = await createUser(t.prisma, { globalRoles: ['COMMITTEE_MEMBER'] });
    const client = await signedInClient(t.baseUrl, someone.email, PASSWORD);
    expect((await call(client, document.current.downloadUrl)).status).toBe(200);

    const after = (await staff.ok('mutation($id: ID!) { removeCommitteeMember(userId: $id) { id } }', { id: someone.id })).removeCommitteeMember;
    expect(after.map((m: { id: string }) => m.id)).not.toContain(someone.id);
    expect((await call(client, document.current.downloadUrl)).status).toBe(404);
    expect(errorCode(await client.request('{ committeeSessions { id } }'))).toBe('NOT_FOUND');
    expect(await t.prisma.auditEvent.findFirst({ where: { action: 'user.roles', objectId: someone.id }, orderBy: { id: 'desc' } })).toMatchObject({ detail: { before: ['COMMITTEE_MEMBER'], after: [] } });

    await staff.ok('mutation($id: ID!) { addCommitteeMember(userId: $id) { id } }', { id: someone.id });
    expect((await call(client, document.current.downloadUrl)).status).toBe(200);
  });
});

describe('minutes', () => {
  const PUBLISH = 'mutation($input: PublishCommitteeMinutesInput!) { publishCommitteeMinutes(input: $input) { status minutesHtml } }';

  it('refuses to publish the minutes of a session not yet held, and without any minutes', async () => {
    const session = await createSession();
    const early = await staff.request(PUBLISH, { input: { sessionId: session.id, markdown: 'Texte' } });
    expect(fieldErrors(early).status).toMatch(/tenue/);
    await staff.ok('mutation($id: ID!) { markCommitteeSessionHeld(id: $id) { status } }', { id: session.id });
    const empty = await staff.request(PUBLISH, { input: { sessionId: session.id, markdown: '  ' } });
    expect(fieldErrors(empty).markdown).toMatch(/Rédigez/);
  });

  it('queues one e-mail per member when published, never a second one, even on concurrent clicks', async () => {
    const session = await createSession({ theme: 'Compte rendu à publier' });
    await staff.ok('mutation($id: ID!) { markCommitteeSessionHeld(id: $id) { status } }', { id: session.id });
    const draft = (await member.ok(GET, { id: session.id })).committeeSession;
    expect(draft.minutesHtml).toBeNull();

    const input = { sessionId: session.id, markdown: '# Décisions\n\nLe comité a voté le plan. <script>alert(1)</script> <img src=x onerror=alert(1)>' };
    const results = await Promise.all([staff.request(PUBLISH, { input }), staff.request(PUBLISH, { input })]);
    for (const result of results) expect(result.errors).toBeUndefined();
    await staff.ok(PUBLISH, { input });

    const members = await t.prisma.user.findMany({ where: { globalRoles: { has: 'COMMITTEE_MEMBER' } }, select: { email: true } });
    const mails = await t.prisma.outboxMessage.findMany({ where: { template: 'committee-minutes', text: { contains: 'Compte rendu à publier' } }, select: { recipient: true, text: true } });
    expect(mails.map((m) => m.recipient).sort()).toEqual(members.map((m) => m.email).sort());
    expect(mails[0]!.text).toContain(`/comite/seances/${session.id}`);

    const published = (await member.ok(GET, { id: session.id })).committeeSession;
    expect(published.status).toBe('MINUTES_PUBLISHED');
    expect(published.minutesHtml).toContain('<h2>Décisions</h2>');
    expect(published.minutesHtml).not.toMatch(/<script|<img/);
    expect(published.minutesHtml).toContain('&lt;script&gt;'); // shown as text, never run
    expect(published.minutesMarkdown).toBeNull();

    const rewrite = await staff.request('mutation($input: PublishCommitteeMinutesInput!) { saveCommitteeMinutes(input: $input) { id } }', { input: { sessionId: session.id, markdown: 'Autre texte' } });
    expect(fieldErrors(rewrite).markdown).toMatch(/publié/);
    expect((await t.prisma.committeeSession.findUniqueOrThrow({ where: { id: session.id } })).minutesMarkdown).toContain('Le comité a voté le plan.');
  });

  it('publishes minutes uploaded as a PDF, which members can download only once published', async () => {
    const session = await createSession({ theme: 'Compte rendu en PDF' });
    const minutes = (await upload(staff, session.id, await pdf('Compte rendu signé'), { kind: 'MINUTES', title: 'Compte rendu' })).json;
    expect((await call(member, minutes.current.downloadUrl)).status).toBe(404);
    expect((await member.ok(GET, { id: session.id })).committeeSession.documents).toEqual([]);
    await staff.ok('mutation($id: ID!) { markCommitteeSessionHeld(id: $id) { status } }', { id: session.id });
    expect((await staff.ok(PUBLISH, { input: { sessionId: session.id } })).publishCommitteeMinutes).toEqual({ status: 'MINUTES_PUBLISHED', minutesHtml: null });
    expect((await call(member, minutes.current.downloadUrl)).status).toBe(200);
    expect((await member.ok(GET, { id: session.id })).committeeSession.documents.map((d: { kind: string }) => d.kind)).toEqual(['MINUTES']);
  });

  it('lets a member confirm reading; staff see who has read; the to-dos follow', async () => {
    const session = await createSession({ theme: 'Séance à lire' });
    await staff.ok('mutation($id: ID!) { markCommitteeSessionHeld(id: $id) { status } }', { id: session.id });
    await staff.ok(PUBLISH, { input: { sessionId: session.id, markdown: 'Compte rendu' } });
    const TODO = '{ committeeTodo { unreadMinutes { id } unconfirmed { sessionId missing members } } }';
    expect((await member.ok(TODO)).committeeTodo.unreadMinutes.map((s: { id: string }) => s.id)).toContain(session.id);

    const confirmed = (await member.ok('mutation($id: ID!) { confirmCommitteeMinutesRead(sessionId: $id) { readAt } }', { id: session.id })).confirmCommitteeMinutesRead;
    expect(confirmed.readAt).toEqual(expect.any(String));
    expect((await member.ok(TODO)).committeeTodo.unreadMinutes.map((s: { id: string }) => s.id)).not.toContain(session.id);

    const seen = (await staff.ok(GET, { id: session.id })).committeeSession.readings;
    expect(seen.find((r: { userId: string }) => r.userId === memberId).readAt).toEqual(expect.any(String));
    expect(seen.find((r: { userId: string }) => r.userId === otherMember.id).readAt).toBeNull();
    expect((await member.ok(GET, { id: session.id })).committeeSession.readings).toBeNull();
    const unconfirmed = (await staff.ok(TODO)).committeeTodo.unconfirmed.find((u: { sessionId: string }) => u.sessionId === session.id);
    expect(unconfirmed.missing).toBe(unconfirmed.members - 1);
  });
});

describe('recommendations', () => {
  const ADD = 'mutation($input: AddCommitteeRecommendationInput!) { addCommitteeRecommendation(input: $input) { id status } }';
  const DECIDE = 'mutation($input: RecordCommitteeDecisionInput!) { recordCommitteeDecision(input: $input) { id status decidedOn note decisions { status date } } }';

  it('refuses a status that skips a step, then records the board’s decisions one step at a time', async () => {
    const session = await createSession({ date: '2031-05-10' });
    const { id } = (await staff.ok(ADD, { input: { sessionId: session.id, text: 'Créer un pass touristique', theme: 'Offre', proposer: 'Claire Membre' } })).addCommitteeRecommendation;
    const skipped = await staff.request(DECIDE, { input: { recommendationId: id, status: 'ADOPTED', date: '2031-06-01' } });
    expect(fieldErrors(skipped).status).toMatch(/étape/);
    expect(await t.prisma.committeeDecision.count({ where: { recommendationId: id } })).toBe(0);

    await staff.ok(DECIDE, { input: { recommendationId: id, status: 'PRESENTED', date: '2031-06-01' } });
    const adopted = (await staff.ok(DECIDE, { input: { recommendationId: id, status: 'ADOPTED', date: '2031-06-15', note: 'Budget voté' } })).recordCommitteeDecision;
    expect(adopted).toMatchObject({ status: 'ADOPTED', decidedOn: '2031-06-15', note: 'Budget voté', decisions: [{ status: 'PRESENTED' }, { status: 'ADOPTED' }] });

    const LIST = 'query($filter: CommitteeRecommendationFilter) { committeeRecommendations(filter: $filter) { id } }';
    const ids = async (filter: Record<string, unknown>) => (await member.ok(LIST, { filter })).committeeRecommendations.map((r: { id: string }) => r.id);
    expect(await ids({ theme: 'offre', year: 2031 })).toContain(id);
    expect(await ids({ year: 2030 })).not.toContain(id);
    expect(await ids({ theme: 'Marketing' })).not.toContain(id);
  });

  it('refuses empty texts and a bad date, naming the fields', async () => {
    const session = await createSession();
    const result = await staff.request(ADD, { input: { sessionId: session.id, text: ' ', theme: '', proposer: '' } });
    expect(Object.keys(fieldErrors(result)).sort()).toEqual(['proposer', 'text', 'theme']);
    const { id } = (await staff.ok(ADD, { input: { sessionId: session.id, text: 'Texte', theme: 'Thème', proposer: 'Moi' } })).addCommitteeRecommendation;
    expect(fieldErrors(await staff.request(DECIDE, { input: { recommendationId: id, status: 'PRESENTED', date: '01/06/2031' } })).date).toMatch(/AAAA-MM-JJ/);
  });
});

describe('search', () => {
  it('finds sessions, agenda items, published minutes, recommendations and PDF text in French, accents and plurals folded, highlighted', async () => {
    const session = await createSession({ theme: 'Hébergements insolites', agenda: [{ title: 'Les cabanes dans les arbres' }] });
    await upload(staff, session.id, await pdf('La fréquentation des randonnées pédestres a doublé.'), { kind: 'ANNEX', title: 'Étude' });
    const SEARCH = 'query($q: String!) { committeeSearch(query: $q) { kind sessionId title excerpt { text match } } }';
    const hits = async (q: string) => (await member.ok(SEARCH, { q })).committeeSearch.filter((h: { sessionId: string }) => h.sessionId === session.id);

    expect((await hits('hebergement insolite')).map((h: { kind: string }) => h.kind)).toContain('SESSION');
    expect((await hits('cabane')).map((h: { kind: string }) => h.kind)).toContain('AGENDA_ITEM');
    const inPdf = await hits('randonnee');
    expect(inPdf.map((h: { kind: string }) => h.kind)).toEqual(['DOCUMENT']);
    expect(inPdf[0].excerpt.filter((p: { match: boolean }) => p.match).map((p: { text: string }) => p.text)).toEqual(['randonnées']);
    expect(fieldErrors(await member.request(SEARCH, { q: 'a' })).query).toMatch(/deux caractères/);
  });

  it('keeps unpublished minutes out of a member’s search', async () => {
    const session = await createSession();
    await staff.ok('mutation($input: PublishCommitteeMinutesInput!) { saveCommitteeMinutes(input: $input) { id } }', { input: { sessionId: session.id, markdown: 'Brouillon zygomatique' } });
    expect((await member.ok('{ committeeSearch(query: "zygomatique") { sessionId } }')).committeeSearch).toEqual([]);
    expect((await staff.ok('{ committeeSearch(query: "zygomatique") { sessionId } }')).committeeSearch).toEqual([{ sessionId: session.id }]);
  });
});

describe('administration', () => {
  it('lists users with their roles and the audit trail filtered by action and date for administrators', async () => {
    const admin = await signedInClient(t.baseUrl, (await createStaff(t.prisma, ['ADMIN'])).email, PASSWORD);
    const users = (await admin.ok('{ adminUsers(search: "Claire") { total items { id globalRoles } } }')).adminUsers;
    expect(users.items).toContainEqual({ id: memberId, globalRoles: ['COMMITTEE_MEMBER'] });
    await createSession();
    const today = new Date().toISOString().slice(0, 10);
    const events = (await admin.ok('query($f: AuditFilter) { auditEvents(filter: $f) { total items { action } } }', { f: { action: 'committee.create', from: today, to: today } })).auditEvents;
    expect(events.total).toBeGreaterThan(0);
    expect(new Set(events.items.map((e: { action: string }) => e.action))).toEqual(new Set(['committee.createSession']));
    expect(fieldErrors(await admin.request('{ auditEvents(filter: { from: "hier" }) { total } }'))['filter.from']).toMatch(/AAAA-MM-JJ/);
  });
});
