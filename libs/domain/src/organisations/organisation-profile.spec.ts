import { INVALID_PHONE_MESSAGE } from './phone.js';
import {
  validateOrganisationProfile,
  type OrganisationProfile,
  type OrganisationProfileInput,
} from './organisation-profile.js';

const validInput: OrganisationProfileInput = {
  name: 'Hôtel du Jura',
  category: 'HOTEL',
  legalForm: 'SARL',
  siret: '732 829 320 00074',
  address: { street: '12 rue de Genève', postalCode: '01170', communeCode: '01173' },
  phone: '04 50 41 53 85',
  email: 'Contact@Hotel-du-Jura.FR',
  website: 'www.hotel-du-jura.fr',
};

function withChanges(changes: Partial<OrganisationProfileInput>, address = {}): OrganisationProfileInput {
  return { ...validInput, ...changes, address: { ...validInput.address, ...address } };
}

describe('validateOrganisationProfile', () => {
  it('normalises a complete profile', () => {
    expect(validateOrganisationProfile(validInput)).toEqual({
      ok: true,
      value: {
        name: 'Hôtel du Jura',
        category: 'HOTEL',
        legalForm: 'SARL',
        siret: '73282932000074',
        address: { street: '12 rue de Genève', postalCode: '01170', communeCode: '01173' },
        phone: '+33 4 50 41 53 85',
        email: 'contact@hotel-du-jura.fr',
        website: 'https://www.hotel-du-jura.fr',
      },
    });
  });

  it.each<[string, OrganisationProfileInput, Partial<OrganisationProfile>]>([
    ['trims and collapses the name', withChanges({ name: '  Le   Chalet  ' }), { name: 'Le Chalet' }],
    ['keeps optional fields empty as null', withChanges({ siret: '', phone: ' ', email: '', website: null }), { siret: null, phone: null, email: null, website: null }],
    ['accepts missing optional fields', withChanges({ siret: undefined, phone: undefined, email: undefined, website: undefined }), { siret: null, phone: null, email: null, website: null }],
    ['accepts a Swiss phone number', withChanges({ phone: '+41 22 345 67 89' }), { phone: '+41 22 345 67 89' }],
    ['removes spaces from the postal code', withChanges({}, { postalCode: ' 01 170 ' }), { address: { street: '12 rue de Genève', postalCode: '01170', communeCode: '01173' } }],
    ['trims the category and legal form', withChanges({ category: ' CAMPSITE ', legalForm: 'SAS ' }), { category: 'CAMPSITE', legalForm: 'SAS' }],
  ])('%s', (_case, input, expected) => {
    const result = validateOrganisationProfile(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject(expected);
  });

  it.each<[string, OrganisationProfileInput, string, string]>([
    ['name too short', withChanges({ name: ' A ' }), 'name', 'Le nom doit comporter entre 2 et 120 caractères.'],
    ['name too long', withChanges({ name: 'x'.repeat(121) }), 'name', 'Le nom doit comporter entre 2 et 120 caractères.'],
    ['unknown category', withChanges({ category: 'CASINO' }), 'category', 'Choisissez une catégorie dans la liste.'],
    ['unknown legal form', withChanges({ legalForm: 'GIE' }), 'legalForm', 'Choisissez une forme juridique dans la liste.'],
    ['SIRET too short', withChanges({ siret: '732 829 320' }), 'siret', 'Le SIRET doit comporter 14 chiffres.'],
    ['SIRET with letters', withChanges({ siret: '7328293200007A' }), 'siret', 'Le SIRET doit comporter 14 chiffres.'],
    ['SIRET with a wrong key', withChanges({ siret: '73282932000075' }), 'siret', 'Ce numéro SIRET n’existe pas\u00a0: vérifiez les chiffres saisis.'],
    ['street too short', withChanges({}, { street: ' 1 ' }), 'address.street', 'L’adresse doit comporter entre 3 et 200 caractères.'],
    ['street too long', withChanges({}, { street: 'r'.repeat(201) }), 'address.street', 'L’adresse doit comporter entre 3 et 200 caractères.'],
    ['commune outside the territory', withChanges({}, { communeCode: '74010' }), 'address.communeCode', 'Choisissez une commune du Pays de Gex.'],
    ['postal code not 5 digits', withChanges({}, { postalCode: '1170' }), 'address.postalCode', 'Le code postal doit comporter 5 chiffres.'],
    ['postal code of another commune', withChanges({}, { postalCode: '01210' }), 'address.postalCode', 'Le code postal de Gex est 01170.'],
    ['invalid phone', withChanges({ phone: '12 34' }), 'phone', INVALID_PHONE_MESSAGE],
    ['invalid e-mail', withChanges({ email: 'contact@hotel' }), 'email', 'L’adresse e-mail n’est pas valide.'],
    ['invalid website', withChanges({ website: 'ftp://hotel.fr' }), 'website', 'L’adresse du site n’est pas valide (exemple\u00a0: https://www.mon-hotel.fr).'],
    ['website too long', withChanges({ website: `hotel.fr/${'a'.repeat(185)}` }), 'website', 'L’adresse du site ne doit pas dépasser 200 caractères.'],
  ])('refuses %s', (_case, input, field, message) => {
    expect(validateOrganisationProfile(input)).toEqual({ ok: false, errors: [{ field, message }] });
  });

  it('reports every invalid field at once', () => {
    const result = validateOrganisationProfile({
      name: '',
      category: '',
      legalForm: '',
      siret: '123',
      address: { street: '', postalCode: '', communeCode: '' },
      phone: 'abc',
      email: 'abc',
      website: 'abc',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((error) => error.field)).toEqual([
        'name',
        'category',
        'legalForm',
        'siret',
        'address.street',
        'address.communeCode',
        'address.postalCode',
        'phone',
        'email',
        'website',
      ]);
    }
  });

  it('treats non-string values from untyped callers as empty', () => {
    const input = { ...validInput, name: 42, siret: 7 } as unknown as OrganisationProfileInput;
    const result = validateOrganisationProfile(input);
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'name', message: 'Le nom doit comporter entre 2 et 120 caractères.' }],
    });
  });
});
