// The demo seed of partner relations: a year of news valid for the domain, three actions (one full
// with a waiting list), a few dozen past meetings with notes; deterministic and idempotent.
import { validateAction, validateNews, type OrganisationCategory } from '@extranet/domain';
import { stableId } from '../../../prisma/seed/seed.js';
import { seedRelations } from '../../../prisma/seed/relations.js';
import { createPartner, createStaff } from './utils/factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const NOW = new Date('2026-11-29T09:00:00.000Z');
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('seeds news, actions and meetings that the domain accepts, and a second run changes nothing', async () => {
  const categories: OrganisationCategory[] = ['HOTEL', 'HOTEL', 'TOURIST_RESIDENCE', 'FURNISHED_LET', 'SHOP', 'ACTIVITY_PROVIDER', 'HOTEL', 'CAMPSITE', 'RESTAURANT', 'ASSOCIATION'];
  const created = [];
  for (const category of categories) created.push(await createPartner(t.prisma, { category }));
  const partners = created.map((p) => ({ id: p.organisation.id, category: p.organisation.category, communeCode: p.organisation.communeCode, owner: { id: p.owner.id } }));
  const staffIds = [(await createStaff(t.prisma)).id, (await createStaff(t.prisma)).id];
  const run = () => seedRelations(t.prisma, { partners, staffIds, now: NOW, id: (key) => stableId(`relations-test:${key}`), log: () => undefined });
  const counts = async () => ({
    news: await t.prisma.newsItem.count(), reads: await t.prisma.newsRead.count(), actions: await t.prisma.promotionAction.count(),
    registrations: await t.prisma.actionRegistration.count(), meetings: await t.prisma.meeting.count(), notes: await t.prisma.meetingNote.count(),
    availability: await t.prisma.meetingAvailability.count(),
  });

  await run();
  const first = await counts();
  await run();
  expect(await counts()).toEqual(first);

  const news = await t.prisma.newsItem.findMany();
  const published = news.filter((n) => n.status === 'PUBLISHED' || n.status === 'ARCHIVED');
  expect(published.length).toBeGreaterThanOrEqual(30);
  const oldest = Math.min(...published.map((n) => n.publishAt!.getTime()));
  expect(NOW.getTime() - oldest).toBeGreaterThan(330 * 86_400_000);
  expect(news.map((n) => n.status)).toEqual(expect.arrayContaining(['DRAFT', 'SCHEDULED']));
  for (const n of news) {
    const result = validateNews({ ...n, target: { audience: n.audience, categories: n.targetCategories, communes: n.targetCommunes } });
    expect(result.ok ? n.title : result.errors).toBe(n.title);
  }

  const actions = await t.prisma.promotionAction.findMany({ include: { registrations: true } });
  expect(actions.map((a) => a.title).sort()).toEqual(['Grand Ski — salon des professionnels du ski', 'Salon de la Montagne', 'Tour de l’Ain — village départ à Gex']);
  for (const a of actions) {
    const d = (x: Date) => x.toISOString().slice(0, 10);
    expect(validateAction({ ...a, startsOn: d(a.startsOn), endsOn: d(a.endsOn), registrationDeadline: d(a.registrationDeadline) }).ok).toBe(true);
  }
  const salon = actions.find((a) => a.title === 'Salon de la Montagne')!;
  expect(salon.registrations.filter((r) => r.status === 'REGISTERED')).toHaveLength(salon.places);
  expect(salon.registrations.filter((r) => r.status === 'WAITING').length).toBeGreaterThan(0);

  const past = await t.prisma.meeting.findMany({ where: { status: 'CONFIRMED', startsAt: { lt: NOW } }, include: { notes: true } });
  expect(past.length).toBeGreaterThanOrEqual(24);
  expect(past.every((m) => m.notes.length === 1)).toBe(true);
  // Two follow-up reminders already due: the staff home shows them.
  expect(await t.prisma.meetingNote.count({ where: { reminderOn: { lte: NOW }, reminderDoneAt: null } })).toBe(2);
  expect(await t.prisma.meeting.count({ where: { status: 'REQUESTED' } })).toBe(1);
  expect(first.availability).toBeGreaterThan(0);
});
