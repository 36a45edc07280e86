import { cancellationProblem, registrationOutcome, registrationProblem, validateAction, type ActionDraft } from './promotion-actions.js';
import { weekOf, parisDay, isCalendarDay } from './calendar.js';

const draft = (overrides: Partial<ActionDraft> = {}): ActionDraft => ({
  title: 'Salon de la Montagne',
  kind: 'TRADE_SHOW',
  description: 'Stand partagé du Pays de Gex.',
  place: 'Lyon, Eurexpo',
  startsOn: '2027-03-20',
  endsOn: '2027-03-22',
  registrationDeadline: '2027-02-28',
  places: 6,
  partnerCostCents: 25_000,
  categories: ['HOTEL'],
  ...overrides,
});

describe('validateAction', () => {
  it('accepts a valid action', () => {
    expect(validateAction(draft()).ok).toBe(true);
    expect(validateAction(draft({ partnerCostCents: null, categories: [] })).ok).toBe(true);
  });

  it.each<[string, Partial<ActionDraft>, string, string]>([
    ['no place at all', { places: 0 }, 'places', 'Il faut au moins une place.'],
    ['a fractional number of places', { places: 1.5 }, 'places', 'Il faut au moins une place.'],
    ['a deadline after the start', { registrationDeadline: '2027-03-21' }, 'registrationDeadline', 'La date limite d’inscription doit précéder le début de l’action.'],
    ['a deadline on the start day', { registrationDeadline: '2027-03-20' }, 'registrationDeadline', 'La date limite d’inscription doit précéder le début de l’action.'],
    ['an end before the start', { endsOn: '2027-03-19' }, 'endsOn', 'La fin doit être le jour du début ou après.'],
    ['a date that does not exist', { startsOn: '2027-02-30' }, 'startsOn', 'Date invalide (jj/mm/aaaa).'],
    ['a negative cost', { partnerCostCents: -1 }, 'partnerCostCents', 'La participation doit être un montant positif ou nul.'],
    ['a cost in fractional cents', { partnerCostCents: 10.5 }, 'partnerCostCents', 'La participation doit être un montant positif ou nul.'],
    ['no title', { title: '' }, 'title', 'Le titre est obligatoire.'],
    ['an unknown kind', { kind: 'PARTY' }, 'kind', 'Choisissez le type d’action.'],
    ['a javascript link in the description', { description: '[x](javascript:alert(1))' }, 'description', 'Le texte ne peut pas contenir de lien «\u00a0javascript:\u00a0» ni d’autre lien qui exécute du code.'],
    ['the office as a category', { categories: ['TOURISM_OFFICE'] }, 'categories', 'Catégorie de partenaires inconnue.'],
  ])('refuses %s', (_case, overrides, field, message) => {
    expect(validateAction(draft(overrides))).toEqual({ ok: false, errors: [{ field, message }] });
  });
});

describe('registration', () => {
  const open = { status: 'OPEN' as const, registrationDeadline: '2027-02-28', places: 2, categories: ['HOTEL' as const] };
  const beforeDeadline = new Date('2027-02-28T22:59:00Z'); // 23:59 in Paris, still the 28th
  const afterDeadline = new Date('2027-02-28T23:00:00Z'); // midnight in Paris: 1 March

  it.each<[string, Parameters<typeof registrationProblem>, string | null]>([
    ['open, before the deadline', [open, 'HOTEL', beforeDeadline], null],
    ['the day after the deadline (Paris)', [open, 'HOTEL', afterDeadline], 'La date limite d’inscription est passée.'],
    ['a draft action', [{ ...open, status: 'DRAFT' }, 'HOTEL', beforeDeadline], 'Les inscriptions à cette action ne sont pas ouvertes.'],
    ['a closed action', [{ ...open, status: 'CLOSED' }, 'HOTEL', beforeDeadline], 'Les inscriptions à cette action ne sont pas ouvertes.'],
    ['a category it is not open to', [open, 'SHOP', beforeDeadline], 'Cette action n’est pas ouverte à votre catégorie de partenaire.'],
    ['an action open to all, a shop', [{ ...open, categories: [] }, 'SHOP', beforeDeadline], null],
  ])('%s', (_case, args, expected) => {
    expect(registrationProblem(...args)).toBe(expected);
  });

  it.each<[number, number, string]>([
    [2, 0, 'REGISTERED'],
    [2, 1, 'REGISTERED'],
    [2, 2, 'WAITING'],
    [1, 5, 'WAITING'],
  ])('%i places, %i taken -> %s', (places, taken, expected) => {
    expect(registrationOutcome(places, taken)).toBe(expected);
  });

  it.each<[string, Parameters<typeof cancellationProblem>, boolean]>([
    ['registered, before the deadline', [open, 'REGISTERED', beforeDeadline], true],
    ['waiting, before the deadline', [open, 'WAITING', beforeDeadline], true],
    ['after the deadline', [open, 'REGISTERED', afterDeadline], false],
    ['already cancelled', [open, 'CANCELLED', beforeDeadline], false],
    ['a closed action', [{ ...open, status: 'CLOSED' }, 'REGISTERED', beforeDeadline], false],
  ])('cancelling %s allowed: %p', (_case, args, allowed) => {
    expect(cancellationProblem(...args) === null).toBe(allowed);
  });
});

describe('calendar', () => {
  it.each<[string, string]>([
    ['2027-03-10T10:00:00Z', '2027-03-08'], // a Wednesday
    ['2027-03-08T00:30:00Z', '2027-03-08'], // Monday 01:30 in Paris
    ['2027-03-07T22:30:00Z', '2027-03-01'], // Sunday 23:30 in Paris
    ['2027-03-14T23:30:00Z', '2027-03-15'], // Monday 00:30 in Paris
  ])('the week of %s starts on %s', (instant, monday) => {
    expect(weekOf(new Date(instant))).toBe(monday);
  });

  it('reads days in Paris', () => {
    expect(parisDay(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
  });
});
