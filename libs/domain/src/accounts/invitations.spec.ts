import { invitationChangeProblem, invitationStatus, memberRemovalProblem, personNameProblem, PERSON_NAME_LENGTH } from './invitations.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('invitationStatus', () => {
  it.each<[string, Date | null, Date, ReturnType<typeof invitationStatus>]>([
    ['unused, expiring later', null, at('2026-06-20T00:00:00Z'), 'PENDING'],
    ['unused, expired a second ago', null, at('2026-06-15T11:59:59Z'), 'EXPIRED'],
    ['unused, expiring right now', null, NOW, 'EXPIRED'],
    ['accepted, not yet expired', at('2026-06-14T00:00:00Z'), at('2026-06-20T00:00:00Z'), 'ACCEPTED'],
    ['accepted, expired since', at('2026-06-01T00:00:00Z'), at('2026-06-05T00:00:00Z'), 'ACCEPTED'],
  ])('%s -> %s', (_case, acceptedAt, expiresAt, expected) => {
    expect(invitationStatus({ acceptedAt, expiresAt }, NOW)).toBe(expected);
  });
});

describe('personNameProblem', () => {
  it.each<[string, string | null]>([
    ['Marie Curie', null],
    ['  Jo ', null],
    ['J', 'Saisissez votre nom et votre prénom.'],
    ['   ', 'Saisissez votre nom et votre prénom.'],
    ['é'.repeat(PERSON_NAME_LENGTH.max), null],
    ['é'.repeat(PERSON_NAME_LENGTH.max + 1), 'Le nom ne doit pas dépasser 120 caractères.'],
    ['Marie\nVisitez https://piege.example', 'Ce nom doit tenir sur une seule ligne.'],
    ['Marie \u202Eeiruc', 'Ce nom contient des caractères invisibles ou de contrôle\u00a0: retapez-le.'],
  ])('%j -> %p', (name, expected) => {
    expect(personNameProblem(name)).toBe(expected);
  });
});

describe('memberRemovalProblem', () => {
  const LAST_OWNER = 'L’organisation doit garder au moins un responsable\u00a0: invitez-en un autre avant de retirer celui-ci.';
  const owner = (userId: string) => ({ userId, role: 'OWNER' as const });
  const member = (userId: string) => ({ userId, role: 'MEMBER' as const });
  it.each<[string, { userId: string; role: 'OWNER' | 'MEMBER' }[], string, string | null]>([
    ['a colleague, beside the owner', [owner('a'), member('b')], 'b', null],
    ['the only owner, with colleagues', [owner('a'), member('b')], 'a', LAST_OWNER],
    ['the only owner, alone', [owner('a')], 'a', LAST_OWNER],
    ['one of two owners', [owner('a'), owner('b')], 'b', null],
    ['the last colleague of an organisation without owner', [member('b')], 'b', null],
    ['someone who is not a member', [owner('a')], 'z', 'Cette personne ne fait pas partie de l’organisation.'],
  ])('%s', (_case, members, userId, expected) => {
    expect(memberRemovalProblem(members, userId)).toBe(expected);
  });
});

describe('invitationChangeProblem', () => {
  it.each<[ReturnType<typeof invitationStatus>, boolean]>([
    ['PENDING', false],
    ['EXPIRED', false],
    ['ACCEPTED', true],
  ])('%s -> refused: %p', (status, refused) => {
    expect(invitationChangeProblem(status) !== null).toBe(refused);
  });
});
