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
import { OrganisationForm } from './organisation-form';
import type { OrganisationFieldsFragment } from './organisation.generated';

const organisation: OrganisationFieldsFragment = {
  id: 'org-1',
  name: 'Hôtel du Jura',
  category: 'HOTEL',
  legalForm: 'SARL',
  siret: '73282932000074',
  address: { street: '12 rue de Genève', postalCode: '01170', communeCode: '01173', communeName: 'Gex' },
  phone: '04 50 41 53 85',
  email: 'contact@hotel-du-jura.fr',
  website: 'https://www.hotel-du-jura.fr',
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
    const message = "Ce numéro SIRET n'existe pas : vérifiez les chiffres saisis.";
    expect(field('SIRET').querySelector('mat-error')?.textContent).toContain(message);
    expect(element.querySelector('[role=alert]')?.textContent).toContain(`SIRET : ${message}`);
  });

  it('lets a partner owner edit everything but the category', async () => {
    const { loader, field } = await setUp(partnerOwner());

    const [category, legalForm] = await loader.getAllHarnesses(MatSelectHarness);
    expect(await category!.isDisabled()).toBe(true);
    expect(await legalForm!.isDisabled()).toBe(false);
    expect(field('Catégorie').textContent).toContain("Seul l'office de tourisme peut changer la catégorie.");
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

    expect(field("Nom de l'organisation").querySelector('input')!.disabled).toBe(true);
    expect([...element.querySelectorAll('button')].some((b) => b.textContent?.includes('Enregistrer'))).toBe(false);
  });

  it('fills the postal code from the commune', async () => {
    const { loader, field } = await setUp(partnerOwner());

    const commune = (await loader.getAllHarnesses(MatSelectHarness))[2]!;
    await commune.open();
    await commune.clickOptions({ text: 'Ferney-Voltaire' });

    expect(field('Code postal').querySelector('input')!.value).toBe('01210');
  });

  it('sends the normalised profile, keeping the category, and shows API field errors in place', async () => {
    const { field, type, save, fixture } = await setUp(partnerOwner());
    type("Nom de l'organisation", '  Hôtel   du Jura  ');
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
});
