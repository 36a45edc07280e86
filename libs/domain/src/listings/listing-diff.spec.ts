import { reviewCommentProblem } from './change-request.js';
import { applyReview, diffListing, partnerChangeProblems, proposedContent, type FieldDecision } from './listing-diff.js';
import { fieldsFor } from './listing-fields.js';
import { validListingContent } from './testing.js';

const before = validListingContent('HOTELLERIE');
const after = {
  ...before,
  shortDescription: { ...before.shortDescription, en: 'A quiet hotel below the Jura.' },
  openingPeriods: [{ from: '2026-04-01', to: '2026-10-31', weekdays: [], hours: [], note: '' }],
};

describe('diffListing', () => {
  it('lists only the changed fields, each with its before and after', () => {
    expect(diffListing('HOTELLERIE', before, after)).toEqual([
      { path: 'shortDescription.en', before: '', after: 'A quiet hotel below the Jura.' },
      { path: 'openingPeriods', before: [], after: after.openingPeriods },
    ]);
  });

  it('sees no change when only the key order differs', () => {
    const reordered = { ...before, address: { communeCode: '01173', postalCode: '01170', street: '12 rue de Genève' } };
    expect(diffListing('HOTELLERIE', before, reordered)).toEqual([]);
  });

  it('ignores fields the type does not have', () => {
    expect(fieldsFor('HOTELLERIE').map((f) => f.path)).not.toContain('eventDates');
    expect(diffListing('HOTELLERIE', before, { ...before, eventDates: { start: '2026-01-01', end: '2026-01-01' } })).toEqual([]);
  });

  it('flags staff-only fields in a partner’s proposal', () => {
    const changes = diffListing('HOTELLERIE', before, { ...before, internalCriteria: ['Guide 2027'] });
    expect(partnerChangeProblems(changes)).toEqual([{ field: 'internalCriteria', message: 'Ce champ est réservé à l’office de tourisme.' }]);
  });
});

describe('applyReview', () => {
  const changes = diffListing('HOTELLERIE', before, after);

  it.each<[string, FieldDecision[], string, string, unknown]>([
    ['approve all', [{ path: 'shortDescription.en', decision: 'APPROVE' }, { path: 'openingPeriods', decision: 'APPROVE' }], 'APPROVED', 'A quiet hotel below the Jura.', after.openingPeriods],
    ['approve one, reject the other', [{ path: 'shortDescription.en', decision: 'APPROVE' }, { path: 'openingPeriods', decision: 'REJECT' }], 'PARTIALLY_APPROVED', 'A quiet hotel below the Jura.', []],
    ['correct before approving', [{ path: 'shortDescription.en', decision: 'APPROVE', correctedValue: 'A quiet hotel at the foot of the Jura.' }, { path: 'openingPeriods', decision: 'REJECT' }], 'PARTIALLY_APPROVED', 'A quiet hotel at the foot of the Jura.', []],
    ['reject all', [{ path: 'shortDescription.en', decision: 'REJECT' }, { path: 'openingPeriods', decision: 'REJECT' }], 'REJECTED', '', []],
  ])('%s', (_case, decisions, outcome, english, periods) => {
    const result = applyReview(before, changes, decisions);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.outcome).toBe(outcome);
    expect(result.value.content.shortDescription.en).toBe(english);
    expect(result.value.content.openingPeriods).toEqual(periods);
    expect(before.shortDescription.en).toBe(''); // the published content is never mutated
  });

  it.each<[string, FieldDecision[], string[]]>([
    ['a field left undecided', [{ path: 'shortDescription.en', decision: 'APPROVE' }], ['openingPeriods']],
    ['a decision on a field not in the request', [...changes.map((c) => ({ path: c.path, decision: 'APPROVE' as const })), { path: 'name', decision: 'APPROVE' }], ['name']],
    ['two decisions on one field', [...changes.map((c) => ({ path: c.path, decision: 'APPROVE' as const })), { path: 'openingPeriods', decision: 'REJECT' }], ['decisions']],
  ])('refuses %s', (_case, decisions, fields) => {
    const result = applyReview(before, changes, decisions);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(fields);
  });

  it('proposedContent applies every change', () => {
    expect(proposedContent(before, changes)).toEqual(after);
  });
});

describe('reviewCommentProblem', () => {
  it.each<['SEND_BACK' | 'DECIDE', number, string, string | null]>([
    ['SEND_BACK', 0, '', 'Dites au partenaire ce qu’il doit compléter.'],
    ['SEND_BACK', 0, 'Ajoutez les horaires du dimanche.', null],
    ['DECIDE', 0, '', null],
    ['DECIDE', 1, '  ', 'Expliquez au partenaire pourquoi un champ est refusé.'],
    ['DECIDE', 1, 'La photo est floue.', null],
    ['DECIDE', 0, 'x'.repeat(2001), 'Le commentaire ne doit pas dépasser 2000 caractères.'],
  ])('%s with %i rejected and %j → %p', (kind, rejected, comment, expected) => {
    expect(reviewCommentProblem(kind, rejected, comment)).toBe(expected);
  });
});
