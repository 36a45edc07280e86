import {
  COMMITTEE_LIMITS,
  RECOMMENDATION_STATUSES,
  recommendationTransitionProblem,
  safeDownloadName,
  SESSION_STATUSES,
  sessionTransitionProblem,
  validateDecision,
  validateDocumentMeta,
  validateMinutes,
  validateRecommendation,
  validateSearchQuery,
  validateSession,
  type RecommendationStatus,
  type SessionInput,
  type SessionStatus,
} from './committee.js';

const session = (overrides: Partial<SessionInput> = {}): SessionInput => ({
  theme: 'Stratégie marketing',
  date: '2018-03-15',
  startTime: '14:30',
  place: 'Office de Tourisme, Gex',
  videoLink: null,
  agenda: [{ title: 'Plan d’actions à cinq ans', description: null }],
  ...overrides,
});

const errorsOf = (result: { ok: boolean; errors?: { field: string; message: string }[] }) =>
  Object.fromEntries((result.ok ? [] : result.errors!).map((e) => [e.field, e.message]));

describe('validateSession', () => {
  it('accepts a valid session and trims it', () => {
    const result = validateSession(session({ theme: '  Stratégie  ', agenda: [{ title: ' Point ', description: '  ' }] }));
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ theme: 'Stratégie', agenda: [{ title: 'Point', description: null }] }) });
  });

  it('accepts a video link without a place', () => {
    expect(validateSession(session({ place: '', videoLink: 'https://visio.example.fr/comite' })).ok).toBe(true);
  });

  it.each<[string, Partial<SessionInput>, string, RegExp]>([
    ['an empty theme', { theme: '   ' }, 'theme', /obligatoire/],
    ['a theme over the limit', { theme: 'x'.repeat(COMMITTEE_LIMITS.theme + 1) }, 'theme', /dépasser/],
    ['a theme on two lines', { theme: 'a\nb' }, 'theme', /une seule ligne/],
    ['an empty date', { date: '' }, 'date', /obligatoire/],
    ['a date in French format', { date: '15/03/2018' }, 'date', /AAAA-MM-JJ/],
    ['an impossible date', { date: '2018-02-30' }, 'date', /AAAA-MM-JJ/],
    ['a bad time', { startTime: '25:00' }, 'startTime', /HH:MM/],
    ['neither place nor link', { place: null, videoLink: '' }, 'place', /lieu ou un lien/],
    ['a link that is not https', { videoLink: 'javascript:alert(1)' }, 'videoLink', /https/],
    ['an agenda item without a title', { agenda: [{ title: 'Bon' }, { title: ' ' }] }, 'agenda.1.title', /obligatoire/],
    ['too many agenda items', { agenda: Array.from({ length: 31 }, (_, i) => ({ title: `P${i}` })) }, 'agenda', /au plus 30/],
  ])('refuses %s, naming the field', (_case, overrides, field, message) => {
    const result = validateSession(session(overrides));
    expect(result.ok).toBe(false);
    expect(errorsOf(result)[field]).toMatch(message);
  });
});

describe('session status', () => {
  it.each<[SessionStatus, SessionStatus, boolean]>(
    SESSION_STATUSES.flatMap((from) => SESSION_STATUSES.map((to): [SessionStatus, SessionStatus, boolean] => [from, to, (from === 'PLANNED' && to === 'HELD') || (from === 'HELD' && to === 'MINUTES_PUBLISHED')])),
  )('%s → %s allowed: %s', (from, to, allowed) => {
    expect(sessionTransitionProblem(from, to) === null).toBe(allowed);
  });

  it('explains why minutes cannot be published before the session is held', () => {
    expect(sessionTransitionProblem('PLANNED', 'MINUTES_PUBLISHED')).toMatch(/tenue/);
  });
});

describe('recommendation status', () => {
  const allowed = new Set(['PROPOSED→PRESENTED', 'PRESENTED→ADOPTED', 'PRESENTED→ADJOURNED', 'PRESENTED→REJECTED', 'ADJOURNED→PRESENTED']);
  it.each<[RecommendationStatus, RecommendationStatus]>(RECOMMENDATION_STATUSES.flatMap((from) => RECOMMENDATION_STATUSES.map((to): [RecommendationStatus, RecommendationStatus] => [from, to])))(
    '%s → %s',
    (from, to) => {
      const problem = recommendationTransitionProblem(from, to);
      expect(problem === null).toBe(allowed.has(`${from}→${to}`));
      if (problem) expect(problem).toMatch(/recommandation/);
    },
  );

  it('refuses a status that skips a step, saying so', () => {
    expect(recommendationTransitionProblem('PROPOSED', 'ADOPTED')).toMatch(/saute pas d’étape/);
  });
});

describe('validateDecision', () => {
  it('accepts adoption of a presented recommendation', () => {
    expect(validateDecision('PRESENTED', { status: 'ADOPTED', date: '2018-04-02', note: ' Budget voté ' })).toEqual({
      ok: true,
      value: { status: 'ADOPTED', date: '2018-04-02', note: 'Budget voté' },
    });
  });

  it.each<[RecommendationStatus, string, string, string, RegExp]>([
    ['PROPOSED', 'ADOPTED', '2018-04-02', 'status', /étape/],
    ['ADOPTED', 'REJECTED', '2018-04-02', 'status', /définitive/],
    ['PRESENTED', 'VOTED', '2018-04-02', 'status', /inconnu/],
    ['PROPOSED', 'PRESENTED', '02/04/2018', 'date', /AAAA-MM-JJ/],
    ['PROPOSED', 'PRESENTED', '', 'date', /obligatoire/],
  ])('from %s to %s on %s: refused on %s', (current, status, date, field, message) => {
    expect(errorsOf(validateDecision(current, { status, date }))[field]).toMatch(message);
  });
});

describe('validateRecommendation', () => {
  it('requires text, theme and proposer', () => {
    expect(errorsOf(validateRecommendation({ text: ' ', theme: '', proposer: '' }))).toEqual({
      text: expect.stringMatching(/obligatoire/),
      theme: expect.stringMatching(/obligatoire/),
      proposer: expect.stringMatching(/obligatoire/),
    });
  });

  it('accepts and trims', () => {
    expect(validateRecommendation({ text: ' Créer un pass ', theme: ' Marketing ', proposer: ' M. Dupont ' })).toEqual({
      ok: true,
      value: { text: 'Créer un pass', theme: 'Marketing', proposer: 'M. Dupont' },
    });
  });
});

describe('validateDocumentMeta', () => {
  it.each([
    [{ title: 'Ordre du jour', kind: 'AGENDA' }, {}],
    [{ title: '', kind: 'AGENDA' }, { title: expect.stringMatching(/obligatoire/) }],
    [{ title: 'Plan', kind: 'SECRET' }, { kind: expect.stringMatching(/inconnu/) }],
  ])('%j', (input, errors) => {
    expect(errorsOf(validateDocumentMeta(input))).toEqual(errors);
  });
});

describe('safeDownloadName', () => {
  it.each([
    ['../../x', 'pdf', 'x.pdf'],
    ['..\\..\\windows\\system.ini', 'pdf', 'system.pdf'],
    ['Compte rendu 15-03-2018.PDF', 'pdf', 'Compte rendu 15-03-2018.pdf'],
    ['programme.exe', 'pdf', 'programme.pdf'],
    ['', 'docx', 'document.docx'],
    ['...', 'png', 'document.png'],
    ['a"b<c>;d.pdf', 'pdf', 'abcd.pdf'],
  ])('%j → %j', (original, extension, expected) => {
    expect(safeDownloadName(original, extension)).toBe(expected);
  });
});

describe('validateMinutes and validateSearchQuery', () => {
  it('empties blank minutes and refuses overlong ones', () => {
    expect(validateMinutes('  ')).toEqual({ ok: true, value: null });
    expect(validateMinutes('x'.repeat(COMMITTEE_LIMITS.minutes + 1)).ok).toBe(false);
  });

  it('needs at least two characters to search', () => {
    expect(validateSearchQuery(' a ').ok).toBe(false);
    expect(validateSearchQuery(' marché ')).toEqual({ ok: true, value: 'marché' });
  });
});
