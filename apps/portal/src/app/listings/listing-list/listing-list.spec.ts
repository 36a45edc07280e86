import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { apolloController, partnerOwner, provideApolloTesting, render, settle, signInAs } from '../../../testing/apollo';
import { ListingList, SEARCH_DEBOUNCE_MS } from './listing-list';

function page(total: number) {
  return {
    listings: {
      __typename: 'ListingPage',
      total,
      offset: 0,
      limit: 20,
      items: [
        {
          __typename: 'Listing',
          id: 'listing-1',
          organisationId: 'org-1',
          type: 'HOTELLERIE',
          version: 3,
          freshness: 'STALE',
          lastConfirmedAt: '2025-01-01T00:00:00.000Z',
          dueAt: '2025-10-20T00:00:00.000Z',
          staleAt: '2026-01-01T00:00:00.000Z',
          content: { __typename: 'ListingContent', name: 'Hôtel du Jura', address: { __typename: 'ListingAddress', communeCode: '01173' } },
          openRequest: { __typename: 'ChangeRequest', id: 'request-1', status: 'OPEN', submittedAt: '2026-11-20T09:00:00.000Z' },
        },
      ],
    },
  };
}

async function setUp(url = '/organisation/org-1/fiches') {
  TestBed.configureTestingModule({
    providers: [provideApolloTesting(), provideRouter([{ path: 'organisation/:id/fiches', component: ListingList }], withComponentInputBinding())],
  });
  signInAs(partnerOwner());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const fixture = harness.fixture;
  await render(fixture);
  apolloController()
    .expectOne('Organisation')
    .flushData({
      organisation: {
        __typename: 'Organisation',
        id: 'org-1',
        name: 'Hôtel du Jura',
        category: 'HOTEL',
        legalForm: 'SARL',
        siret: null,
        address: { __typename: 'Address', street: '12 rue de Genève', postalCode: '01170', communeCode: '01173', communeName: 'Gex' },
        phone: null,
        email: null,
        website: null,
        version: 3,
        updatedAt: '2026-11-20T10:00:00.000Z',
      },
    });
  await render(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement, router: TestBed.inject(Router), loader: TestbedHarnessEnvironment.loader(fixture) };
}

describe('ListingList', () => {
  afterEach(() => apolloController().verify());

  it('lists the organisation’s listings with type, commune, freshness and pending request, in words', async () => {
    const { fixture, element } = await setUp();
    const operation = apolloController().expectOne('Listings');
    expect(operation.operation.variables).toEqual({ organisationId: 'org-1', filter: {}, page: { offset: 0, limit: 20 } });
    operation.flushData(page(1));
    await settle(fixture);

    expect(element.querySelector('h1')?.textContent).toBe('Mes fiches');
    const row = element.querySelector('tr.mat-mdc-row')!.textContent!.replace(/\s+/g, ' ');
    expect(row).toContain('Hôtel du Jura');
    expect(row).toContain('Gex');
    expect(row).toContain('À mettre à jour');
    expect(row).toContain('En attente de validation');
    expect(element.querySelector('table a')?.getAttribute('href')).toBe('/fiches/listing-1');
  });

  it('keeps the search, type and freshness filters in the URL', async () => {
    const { fixture, element, router, loader } = await setUp();
    apolloController().expectOne('Listings').flushData(page(1));
    await settle(fixture);

    const search = element.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = ' jura ';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await settle(fixture);
    expect(router.url).toBe('/organisation/org-1/fiches?recherche=jura');
    apolloController().expectOne('Listings').flushData(page(1));
    await settle(fixture);

    const [type, freshness] = await loader.getAllHarnesses(MatSelectHarness.with({ ancestor: '.filters' }));
    await type!.open();
    await type!.clickOptions({ text: 'Hôtel' });
    await settle(fixture);
    apolloController().expectOne('Listings');
    await freshness!.open();
    await freshness!.clickOptions({ text: 'À mettre à jour' });
    await settle(fixture);
    expect(router.url).toBe('/organisation/org-1/fiches?recherche=jura&type=HOTELLERIE&fraicheur=STALE');
    expect(apolloController().expectOne('Listings').operation.variables).toEqual({
      organisationId: 'org-1',
      filter: { search: 'jura', type: 'HOTELLERIE', freshness: 'STALE' },
      page: { offset: 0, limit: 20 },
    });
  });

  it('opens on the filters and page the URL names, ignoring values the lists do not offer', async () => {
    const { loader } = await setUp('/organisation/org-1/fiches?type=HOTELLERIE&fraicheur=VIEUX&page=2');
    expect(apolloController().expectOne('Listings').operation.variables).toEqual({
      organisationId: 'org-1',
      filter: { type: 'HOTELLERIE' },
      page: { offset: 20, limit: 20 },
    });
    const [type, freshness] = await loader.getAllHarnesses(MatSelectHarness.with({ ancestor: '.filters' }));
    expect(await type!.getValueText()).toBe('Hôtel');
    expect(await freshness!.getValueText()).toBe('Toutes');
  });
});
