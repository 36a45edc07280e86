import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
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

async function setUp() {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(staffUser());
  const fixture = TestBed.createComponent(PartnerList);
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  return { fixture, element, loader: TestbedHarnessEnvironment.loader(fixture) };
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
});
