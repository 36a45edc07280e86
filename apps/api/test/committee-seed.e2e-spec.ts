// The committee's demo data: the 2018 sessions with agendas, a PDF stored like an upload and
// downloadable, published minutes, recommendations in every state, readings from part of the
// members — the same rows on a second run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { committeePdf, seedCommittee } from '../../../prisma/seed/committee.js';
import { stableId } from '../../../prisma/seed/seed.js';
import { createStaff, createUser, PASSWORD } from './utils/factories.js';
import { signedInClient, type GraphQLClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const dataDir = mkdtempSync(join(tmpdir(), 'extranet-committee-seed-'));
let t: TestApp;
let memberIds: string[];
let staffId: string;
let first: GraphQLClient;

const seed = () => seedCommittee(t.prisma, { memberIds, staffId, id: stableId, dataDir });

async function rows() {
  return {
    sessions: await t.prisma.committeeSession.findMany({ orderBy: { id: 'asc' } }),
    agenda: await t.prisma.committeeAgendaItem.findMany({ orderBy: { id: 'asc' } }),
    participants: await t.prisma.committeeParticipant.findMany({ orderBy: [{ sessionId: 'asc' }, { userId: 'asc' }] }),
    readings: await t.prisma.committeeReading.findMany({ orderBy: [{ sessionId: 'asc' }, { userId: 'asc' }] }),
    recommendations: await t.prisma.committeeRecommendation.findMany({ orderBy: { id: 'asc' } }),
    decisions: await t.prisma.committeeDecision.findMany({ orderBy: { id: 'asc' } }),
    versions: await t.prisma.committeeDocumentVersion.findMany({ orderBy: { id: 'asc' } }),
  };
}

beforeAll(async () => {
  t = await startTestApp({ DATA_DIR: dataDir });
  const members = [];
  for (let i = 0; i < 20; i++) members.push(await createUser(t.prisma, { globalRoles: ['COMMITTEE_MEMBER'] }));
  memberIds = members.map((m) => m.id);
  staffId = (await createStaff(t.prisma)).id;
  await seed();
  first = await signedInClient(t.baseUrl, members[0]!.email, PASSWORD);
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('seeds the 2018 sessions, the first on marketing strategy and a five-year action plan, with their agendas', async () => {
  const { committeeSessions } = await first.ok('{ committeeSessions { theme date status } }');
  expect(committeeSessions.map((s: { date: string }) => s.date)).toEqual(['2018-12-13', '2018-10-11', '2018-06-21', '2018-03-15']);
  expect(committeeSessions[3]).toEqual({ theme: 'Stratégie marketing et plan d’actions à cinq ans', date: '2018-03-15', status: 'MINUTES_PUBLISHED' });
  expect(new Set(committeeSessions.map((s: { status: string }) => s.status))).toEqual(new Set(['PLANNED', 'HELD', 'MINUTES_PUBLISHED']));
  expect(await t.prisma.committeeAgendaItem.count()).toBeGreaterThanOrEqual(10);
});

it('stores a generated PDF that members download byte for byte and find by its text', async () => {
  const hits = (await first.ok('{ committeeSearch(query: "cinq axes numérique") { sessionId kind } }')).committeeSearch;
  const session = hits.find((hit: { kind: string }) => hit.kind === 'DOCUMENT');
  expect(session).toBeDefined();
  const { committeeSession } = await first.ok('query($id: ID!) { committeeSession(id: $id) { documents { current { downloadUrl contentType } } } }', { id: session.sessionId });
  const response = await fetch(`${t.baseUrl}${committeeSession.documents[0].current.downloadUrl}`, { headers: { cookie: first.cookie! } });
  expect(response.status).toBe(200);
  const body = Buffer.from(await response.arrayBuffer());
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  const version = await t.prisma.committeeDocumentVersion.findFirstOrThrow();
  expect(body.length).toBe(version.size);
});

it('has recommendations in every state the board can leave them, and readings from part of the members', async () => {
  const { committeeRecommendations } = await first.ok('{ committeeRecommendations { status } }');
  expect(new Set(committeeRecommendations.map((r: { status: string }) => r.status))).toEqual(new Set(['PROPOSED', 'PRESENTED', 'ADOPTED', 'ADJOURNED', 'REJECTED']));
  const readings = await t.prisma.committeeReading.count();
  expect(readings).toBeGreaterThan(0);
  expect(readings).toBeLessThan(2 * memberIds.length);
  // The first member (the demo committee account) has the June minutes still to read.
  const { committeeTodo } = await first.ok('{ committeeTodo { unreadMinutes { date } nextSession { date } } }');
  expect(committeeTodo.unreadMinutes).toEqual([{ date: '2018-06-21' }]);
});

it('makes the same PDF every time, and a second run changes nothing', async () => {
  const lines = ['Une ligne', 'Une autre'];
  expect((await committeePdf('Titre', lines)).equals(await committeePdf('Titre', lines))).toBe(true);
  const before = await rows();
  await seed();
  expect(await rows()).toEqual(before);
});
