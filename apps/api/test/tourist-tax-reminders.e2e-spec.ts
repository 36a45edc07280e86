// Scheduled tourist-tax reminders: 7 days before a deadline, 1 and 15 days after, each once, only
// to hosts whose declaration is missing; the clock is moved, never waited for.
import { taxPeriod } from '@extranet/domain';
import { TaxRemindersService, reminderStep } from '../src/tourist-tax/tax-reminders.service.js';
import { createPartner } from './utils/factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';
import { createTaxAccommodation, createTaxDeclaration } from './utils/tourist-tax-factories.js';

let t: TestApp;
let clock: TestClock;
let sweeps: TaxRemindersService;
beforeAll(async () => {
  t = await startTestApp();
  clock = TestClock.of(t.app);
  sweeps = t.app.get(TaxRemindersService);
});
afterAll(() => t.close());

const mails = (email: string) =>
  t.prisma.outboxMessage.findMany({ where: { recipient: email, template: 'tourist-tax-reminder' }, orderBy: { createdAt: 'asc' }, select: { subject: true, text: true } });

it.each<[string, string | null]>([
  ['2026-04-12', null],
  ['2026-04-13', 'BEFORE_7'],
  ['2026-04-20', 'BEFORE_7'],
  ['2026-04-21', 'AFTER_1'],
  ['2026-05-04', 'AFTER_1'],
  ['2026-05-05', 'AFTER_15'],
])('on %s the step owed for Q1 2026 is %s', (today, step) => {
  expect(reminderStep(taxPeriod(2026, 1), today)).toBe(step);
});

it('reminds a host with a missing declaration once per step, never one who declared', async () => {
  const missing = await createPartner(t.prisma);
  const declared = await createPartner(t.prisma);
  await createTaxAccommodation(t.prisma, missing.organisation.id, { name: 'Gîte sans déclaration', activeFrom: '2026-01-01' });
  const done = await createTaxAccommodation(t.prisma, declared.organisation.id, { activeFrom: '2026-01-01' });
  await createTaxDeclaration(t.prisma, done, { year: 2026, quarter: 1 });

  clock.set('2026-04-14T08:00:00Z');
  await sweeps.sweep();
  await sweeps.sweep();
  expect(await mails(missing.owner.email)).toEqual([expect.objectContaining({ subject: expect.stringContaining('Gîte sans déclaration') })]);
  expect((await mails(missing.owner.email))[0]!.text).toContain('Elle est attendue au plus tard le 20 avril 2026.');

  clock.set('2026-04-22T08:00:00Z');
  await sweeps.sweep();
  clock.set('2026-04-23T08:00:00Z');
  await sweeps.sweep();
  const after = await mails(missing.owner.email);
  expect(after).toHaveLength(2);
  expect(after[1]!.text).toContain('2 jours de retard');

  clock.set('2026-05-06T08:00:00Z');
  await Promise.all([sweeps.sweep(), sweeps.sweep()]);
  expect(await mails(missing.owner.email)).toHaveLength(3);
  expect(await mails(declared.owner.email)).toEqual([]);
  expect(await t.prisma.taxReminder.count({ where: { accommodation: { organisationId: missing.organisation.id } } })).toBe(3);
});
