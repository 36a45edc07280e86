// Partner relations — news: staff write, schedule, publish and archive; partners read only what
// targets them, with unread markers; staff see how many opened each item; e-mail immediately, as
// a weekly digest (once per user and week, even from two API instances), or never, with a
// one-click unsubscribe link that works without signing in.
import { NewsMailService } from '../src/relations/news/news-mail.service.js';
import { createPartner, createStaff, createUser, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';

const ITEM = 'id title summary body bodyHtml category status target { audience categories communes } publishAt readAt openCount version';
const SAVE = `mutation($input: SaveNewsInput!) { saveNews(input: $input) { ${ITEM} } }`;
const PUBLISH = `mutation($id: ID!, $version: Int!) { publishNews(id: $id, version: $version) { ${ITEM} } }`;
const SCHEDULE = `mutation($id: ID!, $version: Int!, $at: DateTime!) { scheduleNews(id: $id, version: $version, publishAt: $at) { ${ITEM} } }`;
const ARCHIVE = `mutation($id: ID!, $version: Int!) { archiveNews(id: $id, version: $version) { ${ITEM} } }`;
const FEED = `query($unreadOnly: Boolean) { newsFeed(unreadOnly: $unreadOnly) { total unread items { id title readAt } } }`;
const GET = `query($id: ID!) { newsItem(id: $id) { ${ITEM} } }`;
const READ = `mutation($id: ID!) { markNewsRead(id: $id) { id readAt } }`;
const MANAGED = `query { managedNews(page: { limit: 100 }) { total items { id openCount status } } }`;
const SET_PREFERENCE = `mutation($p: NewsMailPreference!) { setNewsMailPreference(preference: $p) { preference } }`;

let t: TestApp;
let clock: TestClock;
let staff: GraphQLClient;
let counter = 0;
beforeAll(async () => {
  t = await startTestApp();
  clock = TestClock.of(t.app);
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
});
afterAll(() => t.close());
afterEach(() => clock.reset());

const draft = (overrides: Record<string, unknown> = {}) => ({
  title: `Fréquentation hôtelière ${++counter}`,
  summary: 'Les nuitées de l’été.',
  body: '## Chiffres\n\nLes nuitées ont **augmenté** de 8 %. [Le rapport](https://example.fr/rapport.pdf)',
  category: 'CLIENTELE_FIGURES',
  target: { audience: 'CATEGORIES', categories: ['HOTEL'], communes: [] },
  ...overrides,
});

async function published(overrides: Record<string, unknown> = {}) {
  const { saveNews } = await staff.ok(SAVE, { input: draft(overrides) });
  return (await staff.ok(PUBLISH, { id: saveNews.id, version: saveNews.version })).publishNews;
}

async function reader(category: 'HOTEL' | 'SHOP' = 'HOTEL', communeCode = '01173') {
  const partner = await createPartner(t.prisma, { category, communeCode });
  return { ...partner, client: await signedInClient(t.baseUrl, partner.owner.email, PASSWORD) };
}

describe('reading news', () => {
  it('shows a hotel the news for hotels, unread until it opens it, and never to a shop', async () => {
    const hotel = await reader('HOTEL');
    const shop = await reader('SHOP');
    const item = await published();
    expect(item).toMatchObject({ status: 'PUBLISHED', openCount: 0 });

    const feed = (await hotel.client.ok(FEED)).newsFeed;
    expect(feed.items).toContainEqual({ id: item.id, title: item.title, readAt: null });
    const unreadBefore = feed.unread;
    expect((await shop.client.ok(FEED)).newsFeed.items.map((i: { id: string }) => i.id)).not.toContain(item.id);
    expect(errorCode(await shop.client.request(GET, { id: item.id }))).toBe('NOT_FOUND');
    expect(errorCode(await shop.client.request(READ, { id: item.id }))).toBe('NOT_FOUND');

    const first = (await hotel.client.ok(READ, { id: item.id })).markNewsRead;
    expect(first.readAt).not.toBeNull();
    const second = (await hotel.client.ok(READ, { id: item.id })).markNewsRead;
    expect(second.readAt).toBe(first.readAt);
    const after = (await hotel.client.ok(FEED)).newsFeed;
    expect(after.unread).toBe(unreadBefore - 1);
    expect((await hotel.client.ok(FEED, { unreadOnly: true })).newsFeed.items.map((i: { id: string }) => i.id)).not.toContain(item.id);

    const managed = (await staff.ok(MANAGED)).managedNews.items.find((i: { id: string }) => i.id === item.id);
    expect(managed.openCount).toBe(1);
    expect(await t.prisma.newsRead.count({ where: { newsId: item.id } })).toBe(1);
  });

  it.each([
    ['a commune', { audience: 'COMMUNES', categories: [], communes: ['01143'] }, { category: 'SHOP', communeCode: '01143' }, { category: 'SHOP', communeCode: '01173' }],
    ['all partners', { audience: 'ALL_PARTNERS', categories: [], communes: [] }, { category: 'SHOP', communeCode: '01143' }, null],
  ] as const)('targets %s', async (_case, target, inside, outside) => {
    const item = await published({ target });
    const yes = await reader(inside.category, inside.communeCode);
    expect((await yes.client.ok(GET, { id: item.id })).newsItem.id).toBe(item.id);
    if (outside) {
      const no = await reader(outside.category, outside.communeCode);
      expect(errorCode(await no.client.request(GET, { id: item.id }))).toBe('NOT_FOUND');
    }
  });

  it('shows committee news to committee members only', async () => {
    const item = await published({ target: { audience: 'COMMITTEE', categories: [], communes: [] } });
    const partner = await createPartner(t.prisma);
    const member = await createUser(t.prisma, { organisationId: partner.organisation.id, globalRoles: ['COMMITTEE_MEMBER'] });
    const asMember = await signedInClient(t.baseUrl, member.email, PASSWORD);
    const asOwner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
    expect((await asMember.ok(GET, { id: item.id })).newsItem.id).toBe(item.id);
    expect(errorCode(await asOwner.request(GET, { id: item.id }))).toBe('NOT_FOUND');
  });

  it('lets a committee member without any organisation read committee news, but not news for categories it is in no organisation of', async () => {
    const forCommittee = await published({ target: { audience: 'COMMITTEE', categories: [], communes: [] } });
    const forHotels = await published({ target: { audience: 'CATEGORIES', categories: ['HOTEL'], communes: [] } });
    const forAll = await published({ target: { audience: 'ALL_PARTNERS', categories: [], communes: [] } });
    const seat = await createUser(t.prisma, { globalRoles: ['COMMITTEE_MEMBER'] });
    const member = await signedInClient(t.baseUrl, seat.email, PASSWORD);

    const feed = (await member.ok(FEED)).newsFeed.items.map((i: { id: string }) => i.id);
    expect(feed).toContain(forCommittee.id);
    expect(feed).not.toContain(forHotels.id);
    expect(feed).not.toContain(forAll.id);
    expect((await member.ok(GET, { id: forCommittee.id })).newsItem.id).toBe(forCommittee.id);
    expect((await member.ok(READ, { id: forCommittee.id })).markNewsRead.readAt).not.toBeNull();
    expect(errorCode(await member.request(GET, { id: forHotels.id }))).toBe('NOT_FOUND');
    expect(errorCode(await member.request(READ, { id: forAll.id }))).toBe('NOT_FOUND');
    // Staff operations stay closed to the committee seat.
    expect(errorCode(await member.request(MANAGED))).toBe('FORBIDDEN');

    // Someone with neither a seat nor an organisation reads nothing.
    const nobody = await signedInClient(t.baseUrl, (await createUser(t.prisma)).email, PASSWORD);
    expect(errorCode(await nobody.request(FEED))).toBe('FORBIDDEN');
    expect(errorCode(await nobody.request(GET, { id: forCommittee.id }))).toBe('FORBIDDEN');

    // A committee member who also belongs to a hotel reads the hotels' news too.
    const hotel = await createPartner(t.prisma, { category: 'HOTEL' });
    const both = await createUser(t.prisma, { organisationId: hotel.organisation.id, globalRoles: ['COMMITTEE_MEMBER'] });
    const asBoth = await signedInClient(t.baseUrl, both.email, PASSWORD);
    const bothFeed = (await asBoth.ok(FEED)).newsFeed.items.map((i: { id: string }) => i.id);
    expect(bothFeed).toEqual(expect.arrayContaining([forCommittee.id, forHotels.id, forAll.id]));
  });

  it('renders the Markdown and sanitises what the domain lets through', async () => {
    const item = await published({ body: '# Titre\n\n<iframe src="https://example.fr"></iframe>\n\nDu <b style="color:red">gras</b> et un [lien](https://example.fr), un [fichier](file:///etc/passwd)\n\n![photo](https://example.fr/a.jpg) ![suivi](ftp://example.fr/p.gif)' });
    expect(item.bodyHtml).toContain('<h2>Titre</h2>');
    expect(item.bodyHtml).toContain('&lt;iframe src=&quot;https://example.fr&quot;&gt;');
    expect(item.bodyHtml).not.toMatch(/<(iframe|b)\b/);
    expect(item.bodyHtml).toContain('<a href="https://example.fr" rel="noopener noreferrer">lien</a>');
    expect(item.bodyHtml).toContain('un fichier');
    expect(item.bodyHtml).not.toContain('file:');
    expect(item.bodyHtml).toContain('<img src="https://example.fr/a.jpg" alt="photo">');
    expect(item.bodyHtml).not.toContain('ftp:');
  });

  it('hides drafts and archived items from partners', async () => {
    const hotel = await reader();
    const { saveNews } = await staff.ok(SAVE, { input: draft() });
    expect(errorCode(await hotel.client.request(GET, { id: saveNews.id }))).toBe('NOT_FOUND');
    const item = await published();
    await staff.ok(ARCHIVE, { id: item.id, version: item.version });
    expect(errorCode(await hotel.client.request(GET, { id: item.id }))).toBe('NOT_FOUND');
  });
});

describe('writing news', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ['targeted to nobody', { target: { audience: 'CATEGORIES', categories: [], communes: [] } }, 'target.categories', 'Choisissez au moins une catégorie de partenaires\u00a0: sinon l’actualité ne s’adresse à personne.'],
    ['targeted to no commune', { target: { audience: 'COMMUNES', categories: [], communes: [] } }, 'target.communes', 'Choisissez au moins une commune\u00a0: sinon l’actualité ne s’adresse à personne.'],
    ['carrying a script', { body: 'Bonjour <script>alert(1)</script>' }, 'body', 'Le texte ne peut pas contenir de script.'],
    ['carrying a javascript: link', { body: '[Cliquez](javascript:alert(document.cookie))' }, 'body', 'Le texte ne peut pas contenir de lien «\u00a0javascript:\u00a0» ni d’autre lien qui exécute du code.'],
    ['without a title', { title: '   ' }, 'title', 'Le titre est obligatoire.'],
  ])('refuses an item %s, saving nothing', async (_case, overrides, field, message) => {
    const before = await t.prisma.newsItem.count();
    const result = await staff.request(SAVE, { input: draft(overrides) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual({ [field]: message });
    expect(await t.prisma.newsItem.count()).toBe(before);
  });

  it('refuses an unknown category enum and a schedule in the past', async () => {
    expect(errorCode(await staff.request(SAVE, { input: draft({ category: 'GOSSIP' }) }))).toBe('BAD_USER_INPUT');
    const { saveNews } = await staff.ok(SAVE, { input: draft() });
    const result = await staff.request(SCHEDULE, { id: saveNews.id, version: saveNews.version, at: new Date(Date.now() - 60_000).toISOString() });
    expect(fieldErrors(result)).toEqual({ publishAt: 'La date de publication programmée doit être dans le futur.' });
    expect((await t.prisma.newsItem.findUniqueOrThrow({ where: { id: saveNews.id } })).status).toBe('DRAFT');
  });

  it('answers CONFLICT to a save from a stale version', async () => {
    const { saveNews } = await staff.ok(SAVE, { input: draft() });
    await staff.ok(SAVE, { input: { ...draft(), id: saveNews.id, version: saveNews.version, title: 'Nouveau titre' } });
    const stale = await staff.request(SAVE, { input: { ...draft(), id: saveNews.id, version: saveNews.version, title: 'Autre titre' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await t.prisma.newsItem.findUniqueOrThrow({ where: { id: saveNews.id } })).title).toBe('Nouveau titre');
  });

  it('refuses staff operations to partners', async () => {
    const hotel = await reader();
    expect(errorCode(await hotel.client.request(SAVE, { input: draft() }))).toBe('FORBIDDEN');
    expect(errorCode(await hotel.client.request(MANAGED))).toBe('FORBIDDEN');
  });
});

describe('news by e-mail', () => {
  const mails = (email: string, template: string) => t.prisma.outboxMessage.findMany({ where: { recipient: email, template }, select: { subject: true, text: true, html: true, headers: true } });

  it('e-mails a published item at once to targeted users who chose so, with the unsubscribe headers', async () => {
    const hotel = await reader();
    const quiet = await reader();
    await quiet.client.ok(SET_PREFERENCE, { p: 'NEVER' });
    const shop = await reader('SHOP');
    const item = await published();
    const [mail] = await mails(hotel.owner.email, 'news-item');
    expect(mail!.subject).toBe(`Actualité de l’office\u00a0: ${item.title}`);
    expect(mail!.html).toContain('<strong>augmenté</strong>');
    expect(mail!.headers).toEqual({ 'List-Unsubscribe': expect.stringMatching(/^<http:\/\/portal\.test\/api\/news-mail\/unsubscribe\?token=/), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(await mails(hotel.member.email, 'news-item')).toHaveLength(1);
    expect(await mails(quiet.owner.email, 'news-item')).toHaveLength(0);
    expect(await mails(shop.owner.email, 'news-item')).toHaveLength(0);
  });

  it('publishes a scheduled item at its time and e-mails it once, however often the sweep runs', async () => {
    const hotel = await reader();
    const { saveNews } = await staff.ok(SAVE, { input: draft() });
    const at = new Date(Date.now() + 3_600_000);
    const scheduled = (await staff.ok(SCHEDULE, { id: saveNews.id, version: saveNews.version, at: at.toISOString() })).scheduleNews;
    expect(scheduled.status).toBe('SCHEDULED');
    const sweeper = t.app.get(NewsMailService);
    await sweeper.sweep();
    expect(errorCode(await hotel.client.request(GET, { id: saveNews.id }))).toBe('NOT_FOUND');
    expect(await mails(hotel.owner.email, 'news-item')).toHaveLength(0);

    clock.set(new Date(at.getTime() + 1000));
    expect((await hotel.client.ok(GET, { id: saveNews.id })).newsItem.status).toBe('PUBLISHED');
    await Promise.all([sweeper.sweep(), sweeper.sweep()]);
    await sweeper.sweep();
    expect(await mails(hotel.owner.email, 'news-item')).toHaveLength(1);
  });

  it('sends a weekly digest once per user and week, however often the sweep runs (two instances: relations-digest)', async () => {
    const hotel = await reader();
    await hotel.client.ok(SET_PREFERENCE, { p: 'WEEKLY' });
    const first = await published();
    const other = await published({ title: 'Formation accueil', category: 'TRAINING', target: { audience: 'ALL_PARTNERS', categories: [], communes: [] } });
    expect(await mails(hotel.owner.email, 'news-item')).toHaveLength(0);
    const sweeper = t.app.get(NewsMailService);
    await Promise.all([sweeper.sweep(), sweeper.sweep()]);
    const digests = await mails(hotel.owner.email, 'news-digest');
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain(first.title);
    expect(digests[0]!.text).toContain(other.title);
    expect(digests[0]!.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });

    await sweeper.sweep();
    expect(await mails(hotel.owner.email, 'news-digest')).toHaveLength(1);

    // The next week: only what was published since the last digest.
    clock.set(new Date(Date.now() + 7 * 86_400_000));
    const next = await published({ title: 'La semaine suivante' });
    await sweeper.sweep();
    const texts = (await mails(hotel.owner.email, 'news-digest')).map((m) => m.text);
    expect(texts).toHaveLength(2);
    const second = texts.find((text) => text.includes(next.title))!;
    expect(second).not.toContain(first.title);
  });

  it('unsubscribes in one click without signing in, showing nothing of the account', async () => {
    const hotel = await reader();
    await published();
    const [mail] = await mails(hotel.owner.email, 'news-item');
    const link = /<(http:\/\/portal\.test[^>]+)>/.exec((mail!.headers as Record<string, string>)['List-Unsubscribe']!)![1]!;
    const url = link.replace('http://portal.test', t.baseUrl);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Confirmer le désabonnement');
    expect(html).not.toContain(hotel.owner.email);
    expect(html).not.toContain(hotel.owner.name);
    expect(await t.prisma.newsMailSetting.count({ where: { userId: hotel.owner.id } })).toBe(0); // GET changes nothing

    // What a mail client sends for List-Unsubscribe-Post: no cookie, no CSRF header.
    const oneClick = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect((await t.prisma.newsMailSetting.findUniqueOrThrow({ where: { userId: hotel.owner.id } })).preference).toBe('NEVER');
    expect((await hotel.client.ok('{ newsMailSetting { preference } }')).newsMailSetting.preference).toBe('NEVER');
  });

  it.each([
    ['a forged signature', (token: string) => token.replace(/\.[^.]+$/, '.AAAA')],
    ['another user id with this signature', (token: string) => token.replace(/^[^.]+/, '00000000-0000-4000-8000-000000000000')],
    ['garbage', () => 'abc'],
  ])('refuses %s', async (_case, forge) => {
    const hotel = await reader();
    await published();
    const [mail] = await mails(hotel.owner.email, 'news-item');
    const token = decodeURIComponent(/token=([^>]+)>/.exec((mail!.headers as Record<string, string>)['List-Unsubscribe']!)![1]!);
    const response = await fetch(`${t.baseUrl}/api/news-mail/unsubscribe?token=${encodeURIComponent(forge(token))}`, { method: 'POST' });
    expect(response.status).toBe(400);
    expect(await t.prisma.newsMailSetting.count({ where: { userId: hotel.owner.id } })).toBe(0);
  });
});

describe('an attached file', () => {
  const upload = (client: GraphQLClient, id: string, content: Uint8Array, filename: string) => {
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'application/octet-stream' }), filename);
    return fetch(`${t.baseUrl}/api/news/${id}/attachment`, { method: 'POST', headers: { cookie: client.cookie!, 'X-Requested-With': 'XMLHttpRequest' }, body: form });
  };
  const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

  it('is uploaded by staff and downloaded only by the readers the item targets', async () => {
    const hotel = await reader('HOTEL');
    const shop = await reader('SHOP');
    const item = await published();
    const response = await upload(staff, item.id, PDF, 'Chiffres été 2026.pdf');
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ name: 'Chiffres-ete-2026.pdf' });
    expect((await hotel.client.ok(GET, { id: item.id })).newsItem).toMatchObject({ id: item.id });
    expect((await hotel.client.ok(`query($id: ID!) { newsItem(id: $id) { attachmentName } }`, { id: item.id })).newsItem.attachmentName).toBe('Chiffres-ete-2026.pdf');

    const download = await fetch(`${t.baseUrl}/api/news/${item.id}/attachment`, { headers: { cookie: hotel.client.cookie! } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="Chiffres-ete-2026.pdf"');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);

    expect((await fetch(`${t.baseUrl}/api/news/${item.id}/attachment`, { headers: { cookie: shop.client.cookie! } })).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/api/news/${item.id}/attachment`)).status).toBe(401);
    expect((await upload(hotel.client, item.id, PDF, 'x.pdf')).status).toBe(403);
  });

  it('refuses a file that is not a PDF or an image, whatever its name, keeping nothing', async () => {
    const item = await published();
    const response = await upload(staff, item.id, new TextEncoder().encode('MZ\x90\x00 un exécutable'), 'rapport.pdf');
    expect(response.status).toBe(415);
    expect(((await response.json()) as { fields: unknown }).fields).toEqual([{ field: 'file', message: 'Joignez un PDF ou une image PNG ou JPEG.' }]);
    expect((await t.prisma.newsItem.findUniqueOrThrow({ where: { id: item.id } })).attachmentKey).toBeNull();
  });
});
