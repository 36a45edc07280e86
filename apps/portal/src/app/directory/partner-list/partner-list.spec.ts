import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { Router, RouterLink, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { TestOperation } from 'apollo-angular/testing';
import { apolloController, provideApolloTesting, settle, signInAs, staffUser } from '../../../testing/apollo';
import { PartnerList, SEARCH_DEBOUNCE_MS } from './partner-list';

function page(total: number, names: string[], offset = 0) {
  return {
    organisations: {
      __typename: 'OrganisationPage',
      total,
      offset,
      limit: 20,
      items: names.map((name, index) => ({
        __typename: 'Organisation',
        id: `org-${offset + index}`,
        name,
        category: 'FURNISHED_LET',
        address: {
          __typename: 'Address',
          street: '1 place de la Mairie',
          postalCode: '01170',
          communeCode: '01173',
          communeName: 'Gex',
        },
      })),
    },
  };
}

function expectOrganisations(): TestOperation {
  const operations = apolloController().match('Organisations');
  expect(operations).toHaveLength(1);
  return operations[0]!;
}

/** Stands for the partner's page: only its link back to the list matters here. */
@Component({
  imports: [RouterLink],
  template: `<a routerLink="/partenaires" queryParamsHandling="preserve">Retour à la liste</a>`,
})
class PartnerPage {}

async function setUp(url = '/partenaires') {
  TestBed.configureTestingModule({
    providers: [
      provideApolloTesting(),
      provideLocationMocks(),
      provideRouter([
        { path: 'partenaires', component: PartnerList },
        { path: 'partenaires/:id', component: PartnerPage },
      ]),
    ],
  });
  signInAs(staffUser());
  const harness = await RouterTestingHarness.create();
  // As the app's bootstrap does: follow the browser's back and forward buttons.
  TestBed.inject(Router).setUpLocationChangeListener();
  await harness.navigateByUrl(url);
  const fixture = harness.fixture;
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const router = TestBed.inject(Router);
  return { fixture, element, router, loader: TestbedHarnessEnvironment.loader(fixture) };
}

describe('PartnerList', () => {
  afterEach(() => apolloController().verify());

  it('loads the first page of 20 without filter and shows the total', async () => {
    const { fixture, element } = await setUp();

    const operation = expectOrganisations();
    expect(operation.operation.variables).toEqual({ filter: {}, page: { offset: 0, limit: 20 } });
    operation.flushData(page(153, ['Gîte des Lilas', 'Chambres du Colombier']));
    await settle(fixture);

    expect(element.querySelector('.count')?.textContent).toContain('153 partenaires');
    const links = [...element.querySelectorAll('table a')].map((a) => a.textContent?.trim());
    expect(links).toEqual(['Gîte des Lilas', 'Chambres du Colombier']);
    expect(element.querySelector('table a')?.getAttribute('href')).toBe('/partenaires/org-0');
  });

  it('sends the search once the user stops typing, then the category and commune filters', async () => {
    const { fixture, element, loader } = await setUp();
    expectOrganisations().flushData(page(153, ['Gîte des Lilas']));
    await settle(fixture);

    const search = element.querySelector<HTMLInputElement>('input[type=search]')!;
    for (const value of ['g', 'gî', 'gîte']) {
      search.value = value;
      search.dispatchEvent(new Event('input'));
    }
    await settle(fixture);
    apolloController().expectNone('Organisations');

    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await settle(fixture);
    const searched = expectOrganisations();
    expect(searched.operation.variables).toEqual({ filter: { search: 'gîte' }, page: { offset: 0, limit: 20 } });
    searched.flushData(page(55, ['Gîte des Lilas']));
    await settle(fixture);
    expect(element.querySelector('.count')?.textContent).toContain('55 partenaires trouvés');

    const [category, commune] = await loader.getAllHarnesses(MatSelectHarness.with({ ancestor: '.filters' }));
    await category!.open();
    await category!.clickOptions({ text: 'Hôtel' });
    await settle(fixture);
    const filtered = expectOrganisations();
    expect(filtered.operation.variables).toEqual({
      filter: { search: 'gîte', category: 'HOTEL' },
      page: { offset: 0, limit: 20 },
    });
    filtered.flushData(page(0, []));
    await settle(fixture);
    // French: singular at 0 and 1.
    expect(element.querySelector('.count')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('0 partenaire trouvé');

    await commune!.open();
    await commune!.clickOptions({ text: 'Divonne-les-Bains' });
    await settle(fixture);
    expect(expectOrganisations().operation.variables).toEqual({
      filter: { search: 'gîte', category: 'HOTEL', communeCode: '01143' },
      page: { offset: 0, limit: 20 },
    });
  });

  it('asks for the next page with the paginator and goes back to the first page when a filter changes', async () => {
    const { fixture, loader } = await setUp();
    expectOrganisations().flushData(page(153, ['Gîte des Lilas']));
    await settle(fixture);

    const paginator = await loader.getHarness(MatPaginatorHarness);
    await paginator.goToNextPage();
    await settle(fixture);
    const second = expectOrganisations();
    expect(second.operation.variables).toEqual({ filter: {}, page: { offset: 20, limit: 20 } });
    second.flushData(page(153, ['Camping les Pins'], 20));
    await settle(fixture);

    const [category] = await loader.getAllHarnesses(MatSelectHarness.with({ ancestor: '.filters' }));
    await category!.open();
    await category!.clickOptions({ text: 'Camping' });
    await settle(fixture);
    expect(expectOrganisations().operation.variables).toEqual({
      filter: { category: 'CAMPSITE' },
      page: { offset: 0, limit: 20 },
    });
  });

  it('keeps the search, the filters and the page in the URL', async () => {
    const { fixture, element, loader, router } = await setUp();
    expectOrganisations().flushData(page(153, ['Gîte des Lilas']));
    await settle(fixture);

    const search = element.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = ' gîte ';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await settle(fixture);
    expect(router.url).toBe('/partenaires?recherche=g%C3%AEte');
    expectOrganisations().flushData(page(55, ['Gîte des Lilas']));
    await settle(fixture);
    // The URL came back to the field without taking away what the user typed.
    expect(search.value).toBe(' gîte ');

    await (await loader.getHarness(MatPaginatorHarness)).goToNextPage();
    await settle(fixture);
    expect(router.url).toBe('/partenaires?recherche=g%C3%AEte&page=2');
    expectOrganisations().flushData(page(55, ['Gîte du Reculet'], 20));
    await settle(fixture);

    // A filter change goes back to the first page.
    const [category] = await loader.getAllHarnesses(MatSelectHarness.with({ ancestor: '.filters' }));
    await category!.open();
    await category!.clickOptions({ text: 'Hôtel' });
    await settle(fixture);
    expect(router.url).toBe('/partenaires?recherche=g%C3%AEte&categorie=HOTEL');
    expectOrganisations().flushData(page(0, []));
    await settle(fixture);

    [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Effacer les filtres'))!.click();
    await settle(fixture);
    expect(router.url).toBe('/partenaires');
    expect(search.value).toBe('');
    expectOrganisations().flushData(page(153, ['Gîte des Lilas']));
  });

  it('opens on the search and page the URL names, ignoring values the lists do not offer', async () => {
    const { loader, element } = await setUp('/partenaires?recherche=g%C3%AEte&categorie=HOTEL&commune=99999&page=3&taille=50');

    expect(expectOrganisations().operation.variables).toEqual({
      filter: { search: 'gîte', category: 'HOTEL' },
      page: { offset: 100, limit: 50 },
    });
    expect(element.querySelector<HTMLInputElement>('input[type=search]')!.value).toBe('gîte');
    const [category, commune] = await loader.getAllHarnesses(MatSelectHarness.with({ ancestor: '.filters' }));
    expect(await category!.getValueText()).toBe('Hôtel');
    expect(await commune!.getValueText()).toBe('Toutes les communes');
  });

  it('« Retour à la liste » and the back button bring back the search and the page', async () => {
    const { fixture, element, router } = await setUp('/partenaires?recherche=g%C3%AEte&page=2');
    expectOrganisations().flushData(page(55, ['Gîte du Reculet'], 20));
    await settle(fixture);

    const link = element.querySelector<HTMLAnchorElement>('table a')!;
    expect(link.getAttribute('href')).toBe('/partenaires/org-20?recherche=g%C3%AEte&page=2');
    link.click();
    await settle(fixture);
    expect(router.url).toBe('/partenaires/org-20?recherche=g%C3%AEte&page=2');

    element.querySelector<HTMLAnchorElement>('a')!.click();
    await settle(fixture);
    expect(router.url).toBe('/partenaires?recherche=g%C3%AEte&page=2');
    const again = expectOrganisations();
    expect(again.operation.variables).toEqual({ filter: { search: 'gîte' }, page: { offset: 20, limit: 20 } });
    again.flushData(page(55, ['Gîte du Reculet'], 20));
    await settle(fixture);
    expect(element.querySelector<HTMLInputElement>('input[type=search]')!.value).toBe('gîte');

    element.querySelector<HTMLAnchorElement>('table a')!.click();
    await settle(fixture);
    TestBed.inject(Location).back();
    await settle(fixture);
    expect(router.url).toBe('/partenaires?recherche=g%C3%AEte&page=2');
    expect(element.querySelector<HTMLInputElement>('input[type=search]')!.value).toBe('gîte');
    expect(expectOrganisations().operation.variables).toEqual({
      filter: { search: 'gîte' },
      page: { offset: 20, limit: 20 },
    });
  });
});
