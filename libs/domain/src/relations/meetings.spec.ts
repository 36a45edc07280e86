import { meetingDecisionProblem, notMetForAYear, slotsOf, validateAvailability, validateFollowUp, validateMeetingRequest, type AvailabilityWindow } from './meetings.js';

const now = new Date('2027-03-10T08:00:00Z');
const windows: AvailabilityWindow[] = [
  { startsAt: new Date('2027-03-15T08:00:00Z'), endsAt: new Date('2027-03-15T11:00:00Z') },
  { startsAt: new Date('2027-03-09T08:00:00Z'), endsAt: new Date('2027-03-09T11:00:00Z') },
];

describe('validateMeetingRequest', () => {
  it('accepts slots inside the published availability', () => {
    const result = validateMeetingRequest({ subject: ' Projet de gîte ', place: 'VIDEO', preferredSlots: ['2027-03-15T08:00:00Z', '2027-03-15T10:00:00.000Z'] }, windows, now);
    expect(result).toEqual({ ok: true, value: { subject: 'Projet de gîte', place: 'VIDEO', preferredSlots: [new Date('2027-03-15T08:00:00Z'), new Date('2027-03-15T10:00:00Z')] } });
  });

  it.each<[string, string[], string, string]>([
    ['a slot in the past', ['2027-03-09T08:00:00Z'], 'preferredSlots.0', 'Ce créneau est passé\u00a0: choisissez-en un à venir.'],
    ['a slot outside the availability', ['2027-03-16T08:00:00Z'], 'preferredSlots.0', 'Ce créneau n’est pas dans les disponibilités publiées par l’office.'],
    ['a slot whose hour overruns the window', ['2027-03-15T10:30:00Z'], 'preferredSlots.0', 'Ce créneau n’est pas dans les disponibilités publiées par l’office.'],
    ['a slot that is not a date', ['demain'], 'preferredSlots.0', 'Créneau invalide.'],
    ['no slot', [], 'preferredSlots', 'Choisissez au moins un créneau.'],
    ['four slots', ['2027-03-15T08:00:00Z', '2027-03-15T08:30:00Z', '2027-03-15T09:00:00Z', '2027-03-15T09:30:00Z'], 'preferredSlots', 'Choisissez au plus 3 créneaux.'],
    ['the same slot twice', ['2027-03-15T08:00:00Z', '2027-03-15T08:00:00Z'], 'preferredSlots.1', 'Ce créneau est déjà choisi.'],
  ])('refuses %s', (_case, preferredSlots, field, message) => {
    expect(validateMeetingRequest({ subject: 'Sujet', place: 'OFFICE', preferredSlots }, windows, now)).toEqual({ ok: false, errors: [{ field, message }] });
  });

  it.each([
    ['no subject', { subject: '', place: 'OFFICE' }, 'subject'],
    ['an unknown place', { subject: 'Sujet', place: 'BEACH' }, 'place'],
  ])('refuses %s', (_case, fields, field) => {
    const result = validateMeetingRequest({ ...fields, preferredSlots: ['2027-03-15T08:00:00Z'] }, windows, now);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([field]);
  });
});

describe('availability', () => {
  it('offers every half hour where an hour fits, in the future only', () => {
    expect(slotsOf(windows[0]!, now).map((d) => d.toISOString())).toEqual(['2027-03-15T08:00:00.000Z', '2027-03-15T08:30:00.000Z', '2027-03-15T09:00:00.000Z', '2027-03-15T09:30:00.000Z', '2027-03-15T10:00:00.000Z']);
    expect(slotsOf(windows[1]!, now)).toEqual([]);
  });

  it.each<[string, { startsAt: string; endsAt: string }, string | null]>([
    ['a morning', { startsAt: '2027-03-15T08:00:00Z', endsAt: '2027-03-15T11:00:00Z' }, null],
    ['in the past', { startsAt: '2027-03-01T08:00:00Z', endsAt: '2027-03-01T11:00:00Z' }, 'startsAt'],
    ['shorter than an hour', { startsAt: '2027-03-15T08:00:00Z', endsAt: '2027-03-15T08:30:00Z' }, 'endsAt'],
    ['over two days', { startsAt: '2027-03-15T08:00:00Z', endsAt: '2027-03-16T11:00:00Z' }, 'endsAt'],
  ])('%s', (_case, window, field) => {
    const result = validateAvailability(window, now);
    expect(result.ok ? null : result.errors[0]!.field).toBe(field);
  });
});

describe('decisions and follow-up', () => {
  it.each<[Parameters<typeof meetingDecisionProblem>, boolean]>([
    [['REQUESTED', 'CONFIRM'], true],
    [['REQUESTED', 'MOVE'], false],
    [['CONFIRMED', 'MOVE'], true],
    [['CONFIRMED', 'DECLINE'], true],
    [['DECLINED', 'CONFIRM'], false],
  ])('%p allowed: %p', (args, allowed) => {
    expect(meetingDecisionProblem(...args) === null).toBe(allowed);
  });

  it.each<[string, Parameters<typeof validateFollowUp>[0], string[]]>([
    ['a note', { text: 'Projet de 3 chambres.', nextSteps: 'Envoyer la grille.', reminderOn: '2027-04-01' }, []],
    ['an empty note', { text: ' ', nextSteps: '', reminderOn: null }, ['text']],
    ['a bad reminder date', { text: 'x', nextSteps: '', reminderOn: '2027-13-01' }, ['reminderOn']],
  ])('%s', (_case, draft, fields) => {
    const result = validateFollowUp(draft);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(fields);
  });

  it.each<[string | null, boolean]>([
    [null, true],
    ['2026-03-09T08:00:00Z', true],
    ['2026-06-01T08:00:00Z', false],
  ])('last met %s: not met for a year %p', (last, expected) => {
    expect(notMetForAYear(last ? new Date(last) : null, now)).toBe(expected);
  });
});
