import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatTabGroupHarness } from '@angular/material/tabs/testing';
import { type ListingContent, validateListing } from '@extranet/domain/listings';
import { apolloController, partnerOwner, provideApolloTesting, settle, signInAs } from '../../../testing/apollo';
import { changeRequestPayload, hotelContent } from '../../../testing/listings';
import { ListingForm } from './listing-form';

async function setUp(options: { content?: ListingContent; target?: { listingId: string; version: number } | null } = {}) {
  TestBed.configureTestingModule({ providers: [provideApolloTesting()] });
  signInAs(partnerOwner());
  const fixture = TestBed.createComponent(ListingForm);
  fixture.componentRef.setInput('type', 'HOTELLERIE');
  fixture.componentRef.setInput('organisationId', 'org-1');
  fixture.componentRef.setInput('content', options.content ?? hotelContent());
  fixture.componentRef.setInput('target', options.target === undefined ? { listingId: 'listing-1', version: 3 } : options.target);
  const saved = jest.fn();
  fixture.componentInstance.saved.subscribe(saved);
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const field = (label: string) => {
    const labelElement = [...element.querySelectorAll('mat-form-field label')].find((l) => l.textContent?.trim() === label);
    const formField = labelElement?.closest('mat-form-field');
    if (!formField) {
      throw new Error(`No field labelled « ${label} »`);
    }
    return formField as HTMLElement;
  };
  const type = (label: string, value: string) => {
    const input = field(label).querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const send = async () => {
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(fixture);
  };
  return { fixture, element, loader, field, type, send, saved };
}

describe('ListingForm', () => {
  afterEach(() => apolloController().verify());

  it('shows the sections of its type, with the English tab cued as missing', async () => {
    const { element } = await setUp();

    const headings = [...element.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Présentation', 'Adresse et contact', 'Ouverture', 'Tarifs', 'Capacité et classement', 'Photos']);
    const tabs = [...element.querySelectorAll('[role=tab]')].map((t) => t.textContent?.replace(/\s+/g, ' ').trim());
    expect(tabs).toEqual(['Français', 'Anglais à traduire', 'Allemand à traduire']);
    // A hotel states its rooms and stars, not the pitches of a campsite nor the number of a furnished let.
    expect(element.textContent).toContain('Nombre de chambres');
    expect(element.textContent).not.toContain('Nombre d’emplacements');
    expect(element.textContent).not.toContain('Numéro d’enregistrement');
  });

  it('refuses invalid content with the shared rules, without calling the API', async () => {
    const { field, type, send, element } = await setUp();
    type('Nom', 'X');
    type('Prix (€)', 'douze');
    await send();

    apolloController().expectNone('SubmitListingChange');
    expect(field('Nom').querySelector('mat-error')?.textContent).toContain('Le nom doit comporter entre 2 et 120 caractères.');
    expect(field('Prix (€)').querySelector('mat-error')?.textContent).toContain('Le prix doit être un montant positif ou nul.');
    expect(element.querySelector('.error-summary')?.textContent).toContain('Tarif 1\u00a0: prix\u00a0: Le prix doit être un montant positif ou nul.');
  });

  it('sends the version it was loaded from and the content as the shared rules normalise it', async () => {
    const { fixture, loader, type, send, saved } = await setUp();
    await (await loader.getHarness(MatTabGroupHarness)).selectTab({ label: /Anglais/ });
    await settle(fixture);
    type('Description courte (anglais)', '  A quiet hotel   below the Jura. ');
    type('Fermeture 1', '21:00');
    type('Prix (€)', '92,50');
    await send();

    const operation = apolloController().expectOne('SubmitListingChange');
    const expected = hotelContent({
      shortDescription: { fr: 'Un hôtel calme au pied du Jura.', en: 'A quiet hotel below the Jura.', de: '' },
      openingPeriods: [
        { from: '2026-04-01', to: '2026-10-31', weekdays: [2, 3, 4, 5, 6], hours: [{ opens: '08:00', closes: '21:00' }], note: '' },
      ],
      prices: [{ label: 'Chambre double', min: 9250, max: 12000, period: 'par nuit' }],
    });
    const normalised = validateListing('HOTELLERIE', expected);
    expect(normalised.ok).toBe(true);
    expect(operation.operation.variables).toEqual({
      input: { listingId: 'listing-1', version: 3, content: normalised.ok ? normalised.value : null },
    });
    // The phone and website went out as the rules write them, not as typed.
    expect(operation.operation.variables['input'].content.contact).toEqual({
      phone: '+33 4 50 41 53 85',
      email: 'contact@hotel-jura.fr',
      website: expect.stringMatching(/^https?:\/\/www\.hotel-jura\.fr/),
    });

    const request = changeRequestPayload({ changes: [] });
    operation.flushData({ submitListingChange: request });
    await settle(fixture);
    expect(saved).toHaveBeenCalledWith(expect.objectContaining({ id: 'request-1', status: 'OPEN' }));
  });

  it('puts a field error from the API on its field, and one about the address on the commune', async () => {
    const { fixture, field, type, send, element } = await setUp();
    type('Téléphone', '04 50 41 53 86');
    await send();

    apolloController()
      .expectOne('SubmitListingChange')
      .graphqlErrors([
        {
          message: 'Certaines informations sont invalides.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'content.contact.phone', message: 'Ce numéro est déjà celui d’une autre fiche.' },
              { field: 'content.address', message: 'Choisissez une commune du Pays de Gex.' },
            ],
          },
        },
      ]);
    await settle(fixture);

    expect(field('Téléphone').querySelector('mat-error')?.textContent).toContain('Ce numéro est déjà celui d’une autre fiche.');
    expect(field('Commune').querySelector('mat-error')?.textContent).toContain('Choisissez une commune du Pays de Gex.');
    const summary = element.querySelector('.error-summary')!.textContent;
    expect(summary).toContain('Téléphone\u00a0: Ce numéro est déjà celui d’une autre fiche.');
    expect(summary).toContain('Adresse\u00a0: Choisissez une commune du Pays de Gex.');
    // The focus goes to the first field to fix, in the form's order.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(field('Commune').querySelector('mat-select'));
  });

  it('takes the user to the English tab when the message is about an English text', async () => {
    const { fixture, loader, type, send, field } = await setUp();
    await (await loader.getHarness(MatTabGroupHarness)).selectTab({ label: /Anglais/ });
    await settle(fixture);
    type('Description courte (anglais)', 'x'.repeat(256));
    await (await loader.getHarness(MatTabGroupHarness)).selectTab({ label: 'Français' });
    await settle(fixture);
    await send();
    await settle(fixture);

    apolloController().expectNone('SubmitListingChange');
    const selected = await (await (await loader.getHarness(MatTabGroupHarness)).getSelectedTab()).getLabel();
    expect(selected).toContain('Anglais');
    expect(field('Description courte (anglais)').querySelector('mat-error')?.textContent).toContain('255 caractères');
  });

  it('on CONFLICT, shows the API message with « Recharger la fiche »', async () => {
    const { fixture, type, send, element } = await setUp();
    type('Téléphone', '04 50 41 53 86');
    await send();

    const conflict = 'La fiche a été modifiée entre-temps : rechargez-la pour voir sa dernière version, puis refaites vos modifications.';
    apolloController().expectOne('SubmitListingChange').graphqlErrors([{ message: conflict, extensions: { code: 'CONFLICT' } }]);
    await settle(fixture);

    const summary = element.querySelector<HTMLElement>('.error-summary')!;
    expect(summary.textContent).toContain(conflict);
    expect(document.activeElement).toBe(summary);
    [...summary.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Recharger la fiche')!.click();
    await settle(fixture);
    expect(apolloController().expectOne('Listing').operation.variables).toEqual({ id: 'listing-1' });
  });

  it('proposes a new listing of its type for the organisation', async () => {
    const { type, send } = await setUp({ target: null });
    type('Nom', 'Gîte des Lilas');
    await send();

    const operation = apolloController().expectOne('ProposeListing');
    expect(operation.operation.variables['input']).toEqual(
      expect.objectContaining({ organisationId: 'org-1', type: 'HOTELLERIE', content: expect.objectContaining({ name: 'Gîte des Lilas' }) }),
    );
  });
});
