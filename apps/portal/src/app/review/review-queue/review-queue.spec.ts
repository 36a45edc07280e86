import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { TestOperation } from 'apollo-angular/testing';
import { apolloController, provideApolloTesting, settle, signInAs, staffUser } from '../../../testing/apollo';
import { PARTNER_SEARCH_DEBOUNCE_MS, ReviewQueue } from './review-queue';

function page(total: number, names: string[]) {
  return {
    reviewQueue: {
      __typename: 'ChangeRequestPage',
      total,
      offset: 0,
      limit: 20,
      items: names.map((name, index) => ({
        __typename: 'ChangeRequest',
        id: `request-${index}`,
        listingId: index === 0 ? `listing-${index}` : null,
        organisationId: 'org-1',
        organisationName: 'Hôtel du Jura',
        type: 'HOTELLERIE',
        listingName: name,
        communeCode: '01173',
        communeName: 'Gex',
        status: 'OPEN',
        submittedAt: new Date(Date.now() - 3 * 86_400_000 - 60_000).toISOString(),
        submittedByName: 'Claire Martin',
        changes: [
          { __typename: 'FieldChange', path: 'openingPeriods', label: 'Périodes d’ouverture' },
          { __typename: 'FieldChange', path: 'longDescription.en', label: 'Description détaillée (anglais)' },
        ],
      })),
    },
  };
}

function expectQueue(): TestOperation {
  const operations = apolloController().match('ReviewQueue');
  expect(operations).toHaveLength(1);
  return operations[0]!;
}

async function setUp(url = '/demandes') {
  TestBed.configureTestingModule({
    providers: [provideApolloTesting(), provideRouter([{ path: 'demandes', component: ReviewQueue }])],
  });
  signInAs(staffUser());
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const fixture = harness.fixture;
  await settle(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement, router: TestBed.inject(Router), loader: TestbedHarnessEnvironment.loader(fixture) };
}

describe('ReviewQueue', () => {
  afterEach(() => apolloController().verify());

  it('lists the oldest requests first with partner, listing, age and fields changed', async () => {
    const { fixture, element } = await setUp();
    const operation = expectQueue();
    expect(operation.operation.variables).toEqual({ filter: {}, page: { offset: 0, limit: 20 } });
    operation.flushData(page(2, ['Hôtel du Jura', 'Gîte des Lilas']));
    await settle(fixture);

    const cells = [...element.querySelectorAll('tr.mat-mdc-row')].map((r) =>
      [...r.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(cells[0]).toEqual(['Hôtel du Jura', 'Hôtel du Jura', 'Hôtel', 'Gex', '3 jours', 'Périodes d’ouverture, Description détaillée (anglais)']);
    expect(cells[1]![0]).toBe('Gîte des Lilas (nouvelle fiche)');
    expect(element.querySelector('table a')?.getAttribute('href')).toBe('/demandes/request-0');
  });

  it('keeps the type, commune, age and partner filters in the URL', async () => {
    const { fixture, router, loader, element } = await setUp();
    expectQueue().flushData(page(2, ['Hôtel du Jura']));
    await settle(fixture);

    const [type, commune, age] = await loader.getAllHarnesses(MatSelectHarness.with({ ancestor: '.filters' }));
    await type!.open();
    await type!.clickOptions({ text: 'Restaurant' });
    await settle(fixture);
    expect(router.url).toBe('/demandes?type=RESTAURATION');
    expect(expectQueue().operation.variables).toEqual({ filter: { type: 'RESTAURATION' }, page: { offset: 0, limit: 20 } });

    await commune!.open();
    await commune!.clickOptions({ text: 'Divonne-les-Bains' });
    await settle(fixture);
    await age!.open();
    await age!.clickOptions({ text: 'Plus de 7 jours' });
    await settle(fixture);
    expect(router.url).toBe('/demandes?type=RESTAURATION&commune=01143&anciennete=7');
    const filtered = apolloController().match('ReviewQueue');
    expect(filtered.at(-1)!.operation.variables).toEqual({
      filter: { type: 'RESTAURATION', communeCode: '01143', minAgeDays: 7 },
      page: { offset: 0, limit: 20 },
    });

    // The partner: typed, then chosen among the names found.
    const partner = await loader.getHarness(MatAutocompleteHarness);
    await partner.enterText('jura');
    await new Promise((resolve) => setTimeout(resolve, PARTNER_SEARCH_DEBOUNCE_MS + 50));
    await settle(fixture);
    const search = apolloController().expectOne('ReviewPartners');
    expect(search.operation.variables).toEqual({ search: 'jura' });
    search.flushData({
      organisations: { __typename: 'OrganisationPage', items: [{ __typename: 'Organisation', id: 'org-7', name: 'Hôtel du Jura' }] },
    });
    await settle(fixture);
    await partner.selectOption({ text: 'Hôtel du Jura' });
    await settle(fixture);
    expect(router.url).toBe('/demandes?type=RESTAURATION&commune=01143&anciennete=7&partenaire=org-7');
    expect(apolloController().match('ReviewQueue').at(-1)!.operation.variables).toEqual({
      filter: { type: 'RESTAURATION', communeCode: '01143', organisationId: 'org-7', minAgeDays: 7 },
      page: { offset: 0, limit: 20 },
    });

    [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Effacer les filtres'))!.click();
    await settle(fixture);
    expect(router.url).toBe('/demandes');
    apolloController().match('ReviewQueue');
  });

  it('opens on the filters the URL names and shows the chosen partner by name', async () => {
    const { fixture, loader } = await setUp('/demandes?commune=01173&partenaire=org-7&anciennete=30&page=2');
    expect(expectQueue().operation.variables).toEqual({
      filter: { communeCode: '01173', organisationId: 'org-7', minAgeDays: 30 },
      page: { offset: 20, limit: 20 },
    });
    apolloController()
      .expectOne('ReviewPartner')
      .flushData({ organisation: { __typename: 'Organisation', id: 'org-7', name: 'Hôtel du Jura' } });
    await settle(fixture);
    expect(await (await loader.getHarness(MatAutocompleteHarness)).getValue()).toBe('Hôtel du Jura');
    const [, commune, age] = await loader.getAllHarnesses(MatSelectHarness.with({ ancestor: '.filters' }));
    expect(await commune!.getValueText()).toBe('Gex');
    expect(await age!.getValueText()).toBe('Plus de 30 jours');
  });
});
