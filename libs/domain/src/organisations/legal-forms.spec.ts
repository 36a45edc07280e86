import { LEGAL_FORMS, LEGAL_FORM_LABELS, isLegalForm, type LegalForm } from './legal-forms.js';

describe('legal forms', () => {
  it.each<[LegalForm, string]>([
    ['SOLE_TRADER', 'Entreprise individuelle'],
    ['MICRO_ENTERPRISE', 'Micro-entreprise'],
    ['SARL', 'SARL'],
    ['ASSOCIATION', 'Association loi 1901'],
    ['LOCAL_AUTHORITY', 'Collectivité territoriale'],
    ['OTHER', 'Autre'],
  ])('%s is labelled %s', (form, label) => {
    expect(LEGAL_FORM_LABELS[form]).toBe(label);
  });

  it('labels every legal form', () => {
    expect(Object.keys(LEGAL_FORM_LABELS).sort()).toEqual([...LEGAL_FORMS].sort());
  });

  it.each([
    ['SAS', true],
    ['sas', false],
    ['GIE', false],
  ])('isLegalForm(%p) is %p', (value, expected) => {
    expect(isLegalForm(value)).toBe(expected);
  });
});
