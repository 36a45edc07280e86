// Partner relations — the weekly news digest from two API instances on one database: each user
// gets one digest a week, never two (the `news_digest` key is taken in the digest's transaction).
// Its own file: a second app in this process breaks later sign-ins (passport is process-global),
// so everyone signs in before it starts.
import { NewsMailService } from '../src/relations/news/news-mail.service.js';
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('sends one digest per user and week when two instances sweep at the same moment', async () => {
  const staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
  const hotels = await Promise.all([createPartner(t.prisma), createPartner(t.prisma), createPartner(t.prisma)]);
  for (const hotel of hotels) {
    const owner = await signedInClient(t.baseUrl, hotel.owner.email, PASSWORD);
    await owner.ok('mutation { setNewsMailPreference(preference: WEEKLY) { preference } }');
  }
  const input = { title: 'Chiffres de la semaine', summary: 'Résumé.', body: 'Texte.', category: 'CLIENTELE_FIGURES', target: { audience: 'CATEGORIES', categories: ['HOTEL'], communes: [] } };
  const { saveNews } = await staff.ok('mutation($input: SaveNewsInput!) { saveNews(input: $input) { id version } }', { input });
  await staff.ok('mutation($id: ID!, $v: Int!) { publishNews(id: $id, version: $v) { id } }', { id: saveNews.id, v: saveNews.version });

  const second = await startTestApp({}, { databaseUrl: t.env.DATABASE_URL });
  try {
    const [a, b] = [t.app.get(NewsMailService), second.app.get(NewsMailService)];
    const results = await Promise.all([a.sweep(), b.sweep(), a.sweep(), b.sweep()]);
    expect(results.reduce((sum, r) => sum + r.digests, 0)).toBe(hotels.length);
    for (const hotel of hotels) {
      expect(await t.prisma.outboxMessage.count({ where: { recipient: hotel.owner.email, template: 'news-digest' } })).toBe(1);
      expect(await t.prisma.outboxMessage.count({ where: { recipient: hotel.member.email, template: 'news-item' } })).toBe(1); // the member kept IMMEDIATE
    }
    await b.sweep();
    expect(await t.prisma.outboxMessage.count({ where: { template: 'news-digest' } })).toBe(hotels.length);
  } finally {
    await second.close();
  }
});
