import { effectiveNewsStatus, isTargeted, newsTransitionProblem, scheduleProblem, validateNews, type NewsDraft, type NewsReader, type NewsTarget } from './news.js';

const hotelInGex = { category: 'HOTEL', communeCode: '01173' } as const;
const shopInDivonne = { category: 'SHOP', communeCode: '01143' } as const;
const office = { category: 'TOURISM_OFFICE', communeCode: '01173' } as const;
const reader = (organisations: NewsReader['organisations'], committee = false): NewsReader => ({ organisations, committee });
const target = (audience: NewsTarget['audience'], categories: NewsTarget['categories'] = [], communes: string[] = []): NewsTarget => ({ audience, categories, communes });

describe('isTargeted', () => {
  it.each<[string, NewsTarget, NewsReader, boolean]>([
    ['all partners, a hotel', target('ALL_PARTNERS'), reader([hotelInGex]), true],
    ['all partners, someone without organisation', target('ALL_PARTNERS'), reader([]), false],
    ['all partners, the office itself', target('ALL_PARTNERS'), reader([office]), false],
    ['hotels, a hotel', target('CATEGORIES', ['HOTEL']), reader([hotelInGex]), true],
    ['hotels, a shop', target('CATEGORIES', ['HOTEL']), reader([shopInDivonne]), false],
    ['hotels and shops, a shop', target('CATEGORIES', ['HOTEL', 'SHOP']), reader([shopInDivonne]), true],
    ['hotels, a member of a shop and of a hotel', target('CATEGORIES', ['HOTEL']), reader([shopInDivonne, hotelInGex]), true],
    ['Divonne, a shop in Divonne', target('COMMUNES', [], ['01143']), reader([shopInDivonne]), true],
    ['Divonne, a hotel in Gex', target('COMMUNES', [], ['01143']), reader([hotelInGex]), false],
    ['the committee, a committee member', target('COMMITTEE'), reader([hotelInGex], true), true],
    ['the committee, a hotel not on it', target('COMMITTEE'), reader([hotelInGex]), false],
    ['the committee, a committee member without organisation', target('COMMITTEE'), reader([], true), true],
  ])('%s -> %p', (_case, t, r, expected) => {
    expect(isTargeted(t, r)).toBe(expected);
  });
});

const draft = (overrides: Partial<NewsDraft> = {}): NewsDraft => ({
  title: 'Fréquentation estivale',
  summary: 'Les chiffres de l’été.',
  body: '**+8 %** de nuitées.',
  category: 'CLIENTELE_FIGURES',
  target: { audience: 'ALL_PARTNERS', categories: [], communes: [] },
  ...overrides,
});

describe('validateNews', () => {
  it('accepts a valid item, trims it and keeps only the list its audience uses', () => {
    const result = validateNews(draft({ title: '  Titre  ', target: { audience: 'CATEGORIES', categories: ['HOTEL', 'HOTEL'], communes: ['01173'] } }));
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ title: 'Titre', target: { audience: 'CATEGORIES', categories: ['HOTEL'], communes: [] } }) });
  });

  it.each<[string, Partial<NewsDraft>, string, string]>([
    ['no title', { title: ' ' }, 'title', 'Le titre est obligatoire.'],
    ['a title on two lines', { title: 'a\nb' }, 'title', 'Le titre doit tenir sur une seule ligne, sans caractères invisibles.'],
    ['no body', { body: '' }, 'body', 'Le texte est obligatoire.'],
    ['a script in the body', { body: '<script>alert(1)</script>' }, 'body', 'Le texte ne peut pas contenir de script.'],
    ['a javascript: link in the summary', { summary: '[x](javascript:alert(1))' }, 'summary', 'Le texte ne peut pas contenir de lien «\u00a0javascript:\u00a0» ni d’autre lien qui exécute du code.'],
    ['an unknown category', { category: 'GOSSIP' }, 'category', 'Choisissez une rubrique.'],
    ['targeted to no category', { target: { audience: 'CATEGORIES', categories: [], communes: [] } }, 'target.categories', 'Choisissez au moins une catégorie de partenaires\u00a0: sinon l’actualité ne s’adresse à personne.'],
    ['targeted to no commune', { target: { audience: 'COMMUNES', categories: ['HOTEL'], communes: [] } }, 'target.communes', 'Choisissez au moins une commune\u00a0: sinon l’actualité ne s’adresse à personne.'],
    ['targeted to the office', { target: { audience: 'CATEGORIES', categories: ['TOURISM_OFFICE'], communes: [] } }, 'target.categories', 'Catégorie de partenaires inconnue.'],
    ['a commune outside the Pays de Gex', { target: { audience: 'COMMUNES', categories: [], communes: ['75056'] } }, 'target.communes', 'Choisissez des communes du Pays de Gex.'],
    ['no audience', { target: { audience: '', categories: [], communes: [] } }, 'target.audience', 'Choisissez à qui s’adresse l’actualité.'],
  ])('refuses %s', (_case, overrides, field, message) => {
    const result = validateNews(draft(overrides));
    expect(result).toEqual({ ok: false, errors: [{ field, message }] });
  });
});

describe('states', () => {
  const now = new Date('2027-03-10T10:00:00Z');
  it.each<[string, Parameters<typeof effectiveNewsStatus>, string]>([
    ['a scheduled item before its date', ['SCHEDULED', new Date('2027-03-11T00:00:00Z'), now], 'SCHEDULED'],
    ['a scheduled item on its date', ['SCHEDULED', now, now], 'PUBLISHED'],
    ['a draft', ['DRAFT', null, now], 'DRAFT'],
    ['an archived item', ['ARCHIVED', new Date('2027-01-01T00:00:00Z'), now], 'ARCHIVED'],
  ])('%s reads as %s', (_case, args, expected) => {
    expect(effectiveNewsStatus(...args)).toBe(expected);
  });

  it.each<[Parameters<typeof newsTransitionProblem>, boolean]>([
    [['DRAFT', 'PUBLISHED'], true],
    [['DRAFT', 'SCHEDULED'], true],
    [['PUBLISHED', 'ARCHIVED'], true],
    [['PUBLISHED', 'DRAFT'], false],
    [['ARCHIVED', 'PUBLISHED'], false],
  ])('%p allowed: %p', (args, allowed) => {
    expect(newsTransitionProblem(...args) === null).toBe(allowed);
  });

  it('refuses a schedule in the past', () => {
    expect(scheduleProblem(new Date('2027-03-10T09:00:00Z'), now)?.field).toBe('publishAt');
    expect(scheduleProblem(new Date('2027-03-10T11:00:00Z'), now)).toBeNull();
  });
});
