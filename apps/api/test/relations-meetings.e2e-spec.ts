// Partner relations — individual meetings: a partner asks (subject, preferred hours within the
// office's published availability, place); staff confirm, move or decline, and both get an e-mail
// with an .ics invitation; staff's private follow-up notes never reach a partner in any answer;
// staff see partners not met for more than a year and meetings per month.
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { TestClock } from './utils/test-clock.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const MEETING = 'id organisationId organisationName subject place preferredSlots status startsAt staffMessage version createdAt';
const REQUEST = `mutation($input: RequestMeetingInput!) { requestMeeting(input: $input) { ${MEETING} } }`;
const MINE = `query($org: ID!) { organisationMeetings(organisationId: $org) { ${MEETING} } }`;
const STAFF_MEETING = `${MEETING} notes { text nextSteps reminderOn authorName }`;
const CONFIRM = `mutation($input: AnswerMeetingInput!) { confirmMeeting(input: $input) { ${STAFF_MEETING} } }`;
const MOVE = `mutation($input: AnswerMeetingInput!) { moveMeeting(input: $input) { ${STAFF_MEETING} } }`;
const DECLINE = `mutation($input: AnswerMeetingInput!) { declineMeeting(input: $input) { ${STAFF_MEETING} } }`;
const NOTE = `mutation($input: MeetingNoteInput!) { addMeetingNote(input: $input) { ${STAFF_MEETING} } }`;
const PUBLISH = `mutation($input: AvailabilityInput!) { publishMeetingAvailability(input: $input) { id slots } }`;

const DAY = 86_400_000;
let t: TestApp;
let staff: GraphQLClient;
let staffUser: { email: string };
let windowStart: Date;
let dayOffset = 2;
beforeAll(async () => {
  t = await startTestApp();
  staffUser = await createStaff(t.prisma);
  staff = await signedInClient(t.baseUrl, staffUser.email, PASSWORD);
});
afterAll(() => t.close());

/** A fresh morning of availability, three hours, a few days ahead (each test its own day). */
async function publishMorning() {
  const day = new Date(Date.now() + dayOffset++ * DAY);
  windowStart = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 7, 0));
  const window = (await staff.ok(PUBLISH, { input: { startsAt: windowStart.toISOString(), endsAt: new Date(windowStart.getTime() + 3 * 3_600_000).toISOString() } })).publishMeetingAvailability;
  expect(window.slots).toHaveLength(5);
  return window.slots as string[];
}

async function partnerAsking(slots: string[]) {
  const partner = await createPartner(t.prisma);
  const member = await signedInClient(t.baseUrl, partner.member.email, PASSWORD);
  const meeting = (await member.ok(REQUEST, { input: { organisationId: partner.organisation.id, subject: 'Projet de chambres d’hôtes', place: 'VIDEO', preferredSlots: slots } })).requestMeeting;
  return { ...partner, member$: member, meeting };
}

const outbox = (email: string) => t.prisma.outboxMessage.findMany({ where: { recipient: email, template: 'meeting-answer' }, orderBy: { createdAt: 'asc' }, select: { subject: true, text: true, html: true, attachments: true } });
/** The .ics of a meeting e-mail; other tests' e-mails to the same staff member may carry none. */
const icsOf = (mail: { attachments: unknown }) => ((mail.attachments ?? []) as { filename: string; content: string }[])[0]!;

describe('asking for a meeting', () => {
  it('records a request for hours inside the published availability', async () => {
    const slots = await publishMorning();
    const { meeting, member$, organisation } = await partnerAsking([slots[1]!, slots[3]!]);
    expect(meeting).toMatchObject({ status: 'REQUESTED', place: 'VIDEO', startsAt: null, preferredSlots: [slots[1], slots[3]] });
    expect((await member$.ok(MINE, { org: organisation.id })).organisationMeetings.map((m: { id: string }) => m.id)).toEqual([meeting.id]);
    const available = (await member$.ok('{ meetingAvailability { id slots } }')).meetingAvailability;
    expect(available.flatMap((w: { slots: string[] }) => w.slots)).toEqual(expect.arrayContaining(slots));
  });

  it.each<[string, (slots: string[]) => string[], string, string]>([
    ['a slot outside the availability', (s) => [new Date(new Date(s[0]!).getTime() - 3_600_000).toISOString()], 'preferredSlots.0', 'Ce créneau n’est pas dans les disponibilités publiées par l’office.'],
    ['a slot in the past', () => [new Date(Date.now() - DAY).toISOString()], 'preferredSlots.0', 'Ce créneau est passé\u00a0: choisissez-en un à venir.'],
    ['no slot', () => [], 'preferredSlots', 'Choisissez au moins un créneau.'],
  ])('refuses %s and saves nothing', async (_case, pick, field, message) => {
    const slots = await publishMorning();
    const partner = await createPartner(t.prisma);
    const owner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
    const result = await owner.request(REQUEST, { input: { organisationId: partner.organisation.id, subject: 'Sujet', place: 'OFFICE', preferredSlots: pick(slots) } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual({ [field]: message });
    expect(await t.prisma.meeting.count({ where: { organisationId: partner.organisation.id } })).toBe(0);
  });
});

describe('staff answering', () => {
  it('confirms: the partner and the staff member both get an e-mail with the .ics invitation', async () => {
    const slots = await publishMorning();
    const { meeting, member, member$, organisation } = await partnerAsking([slots[2]!]);
    const confirmed = (await staff.ok(CONFIRM, { input: { id: meeting.id, version: meeting.version, startsAt: slots[2], message: 'Lien de visio envoyé la veille.' } })).confirmMeeting;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', startsAt: slots[2], staffMessage: 'Lien de visio envoyé la veille.' });

    for (const email of [member.email, staffUser.email]) {
      const mails = await outbox(email);
      const mail = mails.find((m) => (icsOf(m)?.content ?? '').includes(meeting.id))!;
      expect(mail.subject).toMatch(/^Rendez-vous confirmé le /);
      const ics = icsOf(mail);
      expect(ics.filename).toBe('rendez-vous.ics');
      expect(ics.content).toContain('METHOD:REQUEST');
      expect(ics.content).toContain(`UID:${meeting.id}@extranet.paysdegex-tourisme.fr`);
      expect(ics.content).toContain(`DTSTART:${slots[2]!.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`);
      expect(ics.content).toContain('DURATION:PT60M');
      expect(ics.content).toContain('SEQUENCE:0');
    }
    const outboxPage = (await staff.ok('{ outbox(page: { limit: 100 }) { items { recipient attachmentNames } } }')).outbox.items;
    expect(outboxPage).toContainEqual({ recipient: member.email, attachmentNames: ['rendez-vous.ics'] });
    expect((await member$.ok(MINE, { org: organisation.id })).organisationMeetings[0]).toMatchObject({ status: 'CONFIRMED', staffMessage: 'Lien de visio envoyé la veille.' });
  });

  it('moves a confirmed meeting (a new SEQUENCE) and declines it (a CANCEL)', async () => {
    const slots = await publishMorning();
    const { meeting, member } = await partnerAsking([slots[0]!]);
    const confirmed = (await staff.ok(CONFIRM, { input: { id: meeting.id, version: meeting.version, startsAt: slots[0] } })).confirmMeeting;
    const later = new Date(new Date(slots[0]!).getTime() + 5 * DAY).toISOString();
    const moved = (await staff.ok(MOVE, { input: { id: meeting.id, version: confirmed.version, startsAt: later } })).moveMeeting;
    expect(moved).toMatchObject({ status: 'CONFIRMED', startsAt: later });
    const declined = (await staff.ok(DECLINE, { input: { id: meeting.id, version: moved.version, message: 'Empêchement.' } })).declineMeeting;
    expect(declined.status).toBe('DECLINED');

    const mails = (await outbox(member.email)).filter((m) => JSON.stringify(m.attachments ?? '').includes(meeting.id));
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^Rendez-vous confirmé/), expect.stringMatching(/^Rendez-vous déplacé au /), 'Demande de rendez-vous déclinée']);
    expect(icsOf(mails[1]!).content).toContain('SEQUENCE:1');
    expect(icsOf(mails[2]!).content).toContain('METHOD:CANCEL');
  });

  it('declines a request without an invitation, and refuses answers that no longer apply', async () => {
    const slots = await publishMorning();
    const { meeting, member } = await partnerAsking([slots[4]!]);
    expect(errorCode(await staff.request(MOVE, { input: { id: meeting.id, version: meeting.version, startsAt: slots[4] } }))).toBe('BAD_USER_INPUT');
    const past = await staff.request(CONFIRM, { input: { id: meeting.id, version: meeting.version, startsAt: new Date(Date.now() - DAY).toISOString() } });
    expect(fieldErrors(past)).toEqual({ startsAt: 'Le rendez-vous doit être dans le futur.' });
    expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe('REQUESTED');
    await staff.ok(DECLINE, { input: { id: meeting.id, version: meeting.version } });
    const [mail] = await outbox(member.email);
    expect(mail!.subject).toBe('Demande de rendez-vous déclinée');
    expect(mail!.attachments).toBeNull();
    expect(errorCode(await staff.request(DECLINE, { input: { id: meeting.id, version: meeting.version + 1 } }))).toBe('BAD_USER_INPUT');
  });

  it('answers CONFLICT when two staff move the same version', async () => {
    const slots = await publishMorning();
    const { meeting } = await partnerAsking([slots[0]!]);
    const confirmed = (await staff.ok(CONFIRM, { input: { id: meeting.id, version: meeting.version, startsAt: slots[0] } })).confirmMeeting;
    await staff.ok(MOVE, { input: { id: meeting.id, version: confirmed.version, startsAt: slots[1] } });
    const second = await staff.request(MOVE, { input: { id: meeting.id, version: confirmed.version, startsAt: slots[2] } });
    expect(errorCode(second)).toBe('CONFLICT');
    expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).startsAt?.toISOString()).toBe(slots[1]);
  });
});

describe('private follow-up notes', () => {
  it('keeps notes to staff: never in any answer or e-mail to the partner', async () => {
    const slots = await publishMorning();
    const { meeting, member, member$, owner, organisation } = await partnerAsking([slots[0]!]);
    const secret = 'Note privée : trésorerie fragile, relancer en mars';
    const noted = (await staff.ok(NOTE, { input: { meetingId: meeting.id, text: secret, nextSteps: 'Envoyer la grille tarifaire.', reminderOn: '2031-03-01' } })).addMeetingNote;
    expect(noted.notes).toEqual([{ text: secret, nextSteps: 'Envoyer la grille tarifaire.', reminderOn: '2031-03-01', authorName: expect.any(String) }]);
    await staff.ok(CONFIRM, { input: { id: meeting.id, version: meeting.version, startsAt: slots[0] } });

    const ownerClient = await signedInClient(t.baseUrl, owner.email, PASSWORD);
    const answers = [
      await member$.request(MINE, { org: organisation.id }),
      await ownerClient.request(MINE, { org: organisation.id }),
      await member$.request(`query($org: ID!) { organisationMeetings(organisationId: $org) { id notes { text } } }`, { org: organisation.id }),
      await member$.request('{ managedMeetings { id notes { text } } }'),
      await member$.request(`query($org: ID!) { partnerRelationHistory(organisationId: $org) { meetings { notes { text } } } }`, { org: organisation.id }),
      await member$.request(NOTE, { input: { meetingId: meeting.id, text: 'Ajout', nextSteps: '' } }),
    ];
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain('trésorerie');
    expect(answers[2]!.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED'); // a partner's Meeting has no notes at all
    expect(errorCode(answers[3]!)).toBe('FORBIDDEN');
    expect(errorCode(answers[4]!)).toBe('FORBIDDEN');
    expect(errorCode(answers[5]!)).toBe('FORBIDDEN');
    for (const mail of await outbox(member.email)) expect(JSON.stringify(mail)).not.toContain('trésorerie');

    const history = (await staff.ok(`query($org: ID!) { partnerRelationHistory(organisationId: $org) { newsRead meetings { id notes { text } } registrations { id } } }`, { org: organisation.id })).partnerRelationHistory;
    expect(history.meetings).toEqual([{ id: meeting.id, notes: [{ text: secret }] }]);
  });

  it('refuses an empty note and a bad reminder date, saving nothing', async () => {
    const slots = await publishMorning();
    const { meeting } = await partnerAsking([slots[0]!]);
    const result = await staff.request(NOTE, { input: { meetingId: meeting.id, text: '  ', nextSteps: '', reminderOn: '2031-02-30' } });
    expect(fieldErrors(result)).toEqual({ text: 'La note est obligatoire.', reminderOn: 'Date de rappel invalide.' });
    expect(await t.prisma.meetingNote.count({ where: { meetingId: meeting.id } })).toBe(0);
  });
});

describe('note reminders on the staff home', () => {
  const DUE = '{ dueNoteReminders { id meetingId meetingSubject organisationId organisationName reminderOn nextSteps authorName } }';
  const DONE = 'mutation($id: ID!) { markNoteReminderDone(noteId: $id) }';
  afterEach(() => TestClock.of(t.app).reset());

  it('shows a note to every staff member from its reminder day (Paris) until one of them marks it done', async () => {
    const clock = TestClock.of(t.app);
    const slots = await publishMorning();
    const { meeting, organisation, member$ } = await partnerAsking([slots[0]!]);
    await staff.ok(NOTE, { input: { meetingId: meeting.id, text: 'Point sur la saison', nextSteps: 'Rappeler pour le salon.', reminderOn: '2031-03-01' } });
    await staff.ok(NOTE, { input: { meetingId: meeting.id, text: 'Sans rappel', nextSteps: '' } });
    const notes = await t.prisma.meetingNote.findMany({ where: { meetingId: meeting.id }, orderBy: { createdAt: 'asc' }, select: { id: true, reminderOn: true } });
    const withReminder = notes.find((n) => n.reminderOn)!;
    const withoutReminder = notes.find((n) => !n.reminderOn)!;
    const other = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
    const dueFor = async (client: GraphQLClient) => ((await client.ok(DUE)).dueNoteReminders as { id: string }[]).filter((r) => r.id === withReminder.id);

    clock.set('2031-02-28T22:30:00Z'); // 23:30 in Paris, the day before
    expect(await dueFor(staff)).toEqual([]);
    clock.set('2031-02-28T23:30:00Z'); // 00:30 in Paris, the reminder day
    expect(await dueFor(staff)).toEqual([{
      id: withReminder.id, meetingId: meeting.id, meetingSubject: meeting.subject, organisationId: organisation.id, organisationName: organisation.name,
      reminderOn: '2031-03-01', nextSteps: 'Rappeler pour le salon.', authorName: expect.any(String),
    }]);
    clock.set('2031-03-20T10:00:00Z'); // still there days later, for another staff member too
    expect(await dueFor(other)).toHaveLength(1);

    expect(errorCode(await member$.request(DUE))).toBe('FORBIDDEN');
    expect(errorCode(await member$.request(DONE, { id: withReminder.id }))).toBe('FORBIDDEN');
    expect(errorCode(await staff.request(DONE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await staff.request(DONE, { id: withoutReminder.id }))).toBe('BAD_USER_INPUT');

    expect((await other.ok(DONE, { id: withReminder.id })).markNoteReminderDone).toBe(true);
    expect((await staff.ok(DONE, { id: withReminder.id })).markNoteReminderDone).toBe(true);
    expect(await dueFor(staff)).toEqual([]);
    expect(await dueFor(other)).toEqual([]);
    expect(await t.prisma.auditEvent.count({ where: { action: 'meeting.reminderDone', objectId: withReminder.id } })).toBe(1);
    const history = (await staff.ok(`query($org: ID!) { partnerRelationHistory(organisationId: $org) { meetings { notes { reminderOn reminderDoneAt } } } }`, { org: organisation.id })).partnerRelationHistory;
    expect(history.meetings[0].notes).toContainEqual({ reminderOn: '2031-03-01', reminderDoneAt: '2031-03-20T10:00:00.000Z' });
  });
});

describe('staff follow-up figures', () => {
  it('lists partners not met for more than a year, and counts meetings per month', async () => {
    const [old, recent, never] = await Promise.all([createPartner(t.prisma), createPartner(t.prisma), createPartner(t.prisma)]);
    const now = Date.now();
    const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
    await t.prisma.meeting.createMany({
      data: [
        { organisationId: old.organisation.id, subject: 'Bilan', place: 'OFFICE', status: 'CONFIRMED', startsAt: at(400), createdAt: at(410) },
        { organisationId: recent.organisation.id, subject: 'Bilan', place: 'OFFICE', status: 'CONFIRMED', startsAt: at(30), createdAt: at(40) },
        { organisationId: never.organisation.id, subject: 'Refusé', place: 'OFFICE', status: 'DECLINED', startsAt: at(20), createdAt: at(25) },
      ],
    });
    const list = (await staff.ok('{ partnersNotMetForAYear { organisationId name lastMetAt } }')).partnersNotMetForAYear;
    const byId = Object.fromEntries(list.map((p: { organisationId: string; lastMetAt: string | null }) => [p.organisationId, p.lastMetAt]));
    expect(byId[old.organisation.id]).toBe(at(400).toISOString());
    expect(byId[never.organisation.id]).toBeNull();
    expect(recent.organisation.id in byId).toBe(false);

    const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Paris' }).format(at(30)));
    const month = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone: 'Europe/Paris' }).format(at(30)).slice(0, 7);
    const counts = (await staff.ok('query($y: Int!) { meetingsPerMonth(year: $y) { month count } }', { y: year })).meetingsPerMonth;
    expect(counts.find((c: { month: string }) => c.month === month)?.count).toBeGreaterThanOrEqual(1);
    expect(errorCode(await staff.request('{ meetingsPerMonth(year: 3) { month } }'))).toBe('BAD_USER_INPUT');
  });
});
