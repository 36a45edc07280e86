import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import {
  apolloController,
  partnerMember,
  partnerOwner,
  provideApolloTesting,
  settle,
  signInAs,
  staffUser,
} from '../../testing/apollo';
import { validateOrganisationProfile } from '@extranet/domain/organisations';
import { OrganisationForm } from './organisation-form';
import type { OrganisationFieldsFragment } from './organisation.generated';

// The real rules, counted: the form must run them once per change, not once per field.
jest.mock('@extranet/domain/organisations', () => {
  const actual = jest.requireActual('@extranet/domain/organisations');
  return { ...actual, validateOrganisationProfile: jest.fn(actual.validateOrganisationProfile) };
});
const rulesRun = validateOrganisationProfile as jest.MockedFunction<typeof validateOrganisationProfile>;

const organisation: OrganisationFieldsFragment = {
  id: 'org-1',
  name: 'Hôtel du Jura',
  category: 'HOTEL',
  legalForm: 'SARL',
  siret: '73282932000074',
  address: { street: '12 rue de Genève', postalCode: '01170', communeCode: '01173', communeName: 'Gex' },
  phone: '+33 4 50 41 53 85',
  email: 'contact@hotel-du-jura.fr',
  website: 'https://www.hotel-du-jura.fr',
  version: 3,
  updatedAt: '2026-11-20T10:00:00.000Z',
};

async function setUp(user: ReturnType<typeof partnerOwner>) {
  TestBed.configureTestingModule({ providers: [provideApolloTesting()] });
  signInAs(user);
  const fixture = TestBed.createComponent(OrganisationForm);
  fixture.componentRef.setInput('organisation', organisation);
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const field = (label: string) => {
    const labelElement = [...element.querySelectorAll('mat-form-field label')].find(
      (l) => l.textContent?.trim() === label,
    );
    const formField = labelElement?.closest('mat-form-field');
    if (!formField) {
      throw new Error(`No field labelled « ${label} »`);
    }
    return formField as HTMLElement;
  };
  const type = (label: string, value: string) => {
    const input = field(label).querySelector('input')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const save = async () => {
    [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Enregistrer')!.click();
    await settle(fixture);
  };
  return { fixture, element, loader, field, type, save };
}

describe('OrganisationForm', () => {
  afterEach(() => apolloController().verify());

  it('blocks an invalid SIRET with the shared rule and its French message, without calling the API', async () => {
    const { element, field, type, save } = await setUp(partnerOwner());
    type('SIRET', '73282932000075');
    await save();

    apolloController().expectNone('UpdateOrganisation');
    const message = 'Ce numéro SIRET n’existe pas\u00a0: vérifiez les chiffres saisis.';
    expect(field('SIRET').querySelector('mat-error')?.textContent).toContain(message);
    expect(element.querySelector('[role=alert]')?.textContent).toContain(`SIRET : ${message}`);
  });

  it('lets a partner owner edit everything but the category', async () => {
    const { loader, field } = await setUp(partnerOwner());

    const [category, legalForm] = await loader.getAllHarnesses(MatSelectHarness);
    expect(await category!.isDisabled()).toBe(true);
    expect(await legalForm!.isDisabled()).toBe(false);
    expect(field('Catégorie').textContent).toContain('Seul l’office de tourisme peut changer la catégorie.');
  });

  it('lets staff change the category', async () => {
    const { loader } = await setUp(staffUser());

    const [category] = await loader.getAllHarnesses(MatSelectHarness);
    expect(await category!.isDisabled()).toBe(false);
    await category!.open();
    await category!.clickOptions({ text: 'Camping' });
    expect(await category!.getValueText()).toBe('Camping');
  });

  it('shows a plain member the profile without a save button', async () => {
    const { element, field } = await setUp(partnerMember());

    expect(field('Nom de l’organisation').querySelector('input')!.disabled).toBe(true);
    expect([...element.querySelectorAll('button')].some((b) => b.textContent?.includes('Enregistrer'))).toBe(false);
  });

  it('fills the postal code from the commune', async () => {
    const { loader, field } = await setUp(partnerOwner());

    const commune = (await loader.getAllHarnesses(MatSelectHarness))[2]!;
    await commune.open();
    await commune.clickOptions({ text: 'Ferney-Voltaire' });

    expect(field('Code postal').querySelector('input')!.value).toBe('01210');
    // Never typed by hand: the field is read-only and says why.
    expect(field('Code postal').querySelector('input')!.readOnly).toBe(true);
    expect(field('Code postal').textContent).toContain('Suit la commune choisie.');
  });

  it('shows a French number as French users dial it, a foreign one with its country code', async () => {
    const { field, fixture } = await setUp(partnerOwner());
    expect(field('Téléphone').querySelector('input')!.value).toBe('04 50 41 53 85');

    fixture.componentRef.setInput('organisation', { ...organisation, phone: '+41 22 345 67 89', version: 4 });
    await settle(fixture);
    expect(field('Téléphone').querySelector('input')!.value).toBe('+41 22 345 67 89');
  });

  it('accepts an Italian mobile and sends it in international form', async () => {
    const { type, save, field } = await setUp(partnerOwner());
    type('Téléphone', '0039 347 123 4567');
    expect(field('Téléphone').querySelector('mat-error')).toBeNull();
    await save();

    const operation = apolloController().expectOne('UpdateOrganisation');
    expect(operation.operation.variables['input']).toEqual(expect.objectContaining({ phone: '+39 347 123 4567' }));
  });

  it('gives, as the SIRET example, a number that the SIRET rule accepts', async () => {
    const { field, type } = await setUp(partnerOwner());
    const example = /par exemple ([\d ]+)\./.exec(field('SIRET').textContent ?? '')![1]!;
    type('SIRET', example);
    expect(field('SIRET').querySelector('mat-error')).toBeNull();
  });

  it('sends the normalised profile, keeping the category, and shows API field errors in place', async () => {
    const { field, type, save, fixture } = await setUp(partnerOwner());
    type('Nom de l’organisation', '  Hôtel   du Jura  ');
    type('SIRET', '732 829 320 00074');
    await save();

    const operation = apolloController().expectOne('UpdateOrganisation');
    expect(operation.operation.variables).toEqual({
      id: 'org-1',
      input: expect.objectContaining({
        name: 'Hôtel du Jura',
        category: 'HOTEL',
        legalForm: 'SARL',
        siret: '73282932000074',
        address: { street: '12 rue de Genève', postalCode: '01170', communeCode: '01173' },
      }),
    });
    operation.graphqlErrors([
      {
        message: 'Certaines informations sont invalides.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'address.street', message: "Cette adresse n'a pas été trouvée à Gex." }],
        },
      },
    ]);
    await settle(fixture);

    expect(field('Adresse').querySelector('mat-error')?.textContent).toContain(
      "Cette adresse n'a pas été trouvée à Gex.",
    );
  });

  it('runs the shared rules once per change, however many fields the form has', async () => {
    const { fixture, type, save, field } = await setUp(partnerOwner());
    rulesRun.mockClear();

    type('SIRET', '7328293200007');
    expect(rulesRun).toHaveBeenCalledTimes(1);
    // The one run still puts its message under the field concerned.
    await settle(fixture);
    expect(field('SIRET').querySelector('mat-error')?.textContent).toContain('14 chiffres');

    rulesRun.mockClear();
    type('SIRET', '73282932000074');
    type('Téléphone', '04 50 41 53 86');
    expect(rulesRun).toHaveBeenCalledTimes(2);

    // Saving sends what the last run produced, without running the rules again.
    rulesRun.mockClear();
    await save();
    expect(rulesRun).not.toHaveBeenCalled();
    apolloController().expectOne('UpdateOrganisation');
  });

  it('sends the version it was loaded from', async () => {
    const { type, save } = await setUp(partnerOwner());
    type('Téléphone', '04 50 41 53 86');
    await save();

    const operation = apolloController().expectOne('UpdateOrganisation');
    expect(operation.operation.variables['input']).toEqual(expect.objectContaining({ version: 3 }));
  });

  it('on CONFLICT, shows the message with the focus on it and reloads the profile when asked', async () => {
    const { fixture, element, field, type, save } = await setUp(partnerOwner());
    type('Nom de l’organisation', 'Hôtel du Jura et du Lac');
    await save();

    const conflict = 'Quelqu’un d’autre a enregistré cette fiche pendant que vous la modifiiez.';
    apolloController()
      .expectOne('UpdateOrganisation')
      .graphqlErrors([{ message: conflict, extensions: { code: 'CONFLICT' } }]);
    await settle(fixture);

    const summary = element.querySelector<HTMLElement>('.error-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.textContent).toContain(conflict);
    expect(document.activeElement).toBe(summary);

    const reload = [...summary.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Recharger la fiche')!;
    reload.click();
    await settle(fixture);
    const query = apolloController().expectOne('Organisation');
    expect(query.operation.variables).toEqual({ id: 'org-1' });
    query.flushData({
      organisation: { ...organisation, __typename: 'Organisation', name: 'Hôtel du Jura (rénové)', version: 4,
        address: { ...organisation.address, __typename: 'Address' } },
    });
    await settle(fixture);

    expect(element.querySelector('.error-summary')).toBeNull();
    expect(field('Nom de l’organisation').querySelector('input')!.value).toBe('Hôtel du Jura (rénové)');

    // The next save is made from the version just reloaded.
    type('Téléphone', '04 50 41 53 86');
    await save();
    const operation = apolloController().expectOne('UpdateOrganisation');
    expect(operation.operation.variables['input']).toEqual(
      expect.objectContaining({ name: 'Hôtel du Jura (rénové)', version: 4 }),
    );
  });
});
