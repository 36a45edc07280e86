import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apolloController, provideApolloTesting, render, settle, signInAs, staffUser } from '../../../testing/apollo';
import { FreshnessPage, shares } from './freshness-page';

const counts = (fresh: number, dueSoon: number, stale: number) => ({ __typename: 'FreshnessCounts', fresh, dueSoon, stale, total: fresh + dueSoon + stale });

function stats() {
  return {
    listingFreshnessStats: {
      __typename: 'FreshnessStats',
      total: counts(70, 10, 20),
      byType: [{ ...counts(5, 1, 4), __typename: 'FreshnessByType', type: 'HOTELLERIE', label: 'Hôtellerie' }],
      byCommune: [{ ...counts(3, 0, 1), __typename: 'FreshnessByCommune', communeCode: '01173', communeName: 'Gex' }],
    },
    listingFrequencies: [{ __typename: 'ListingFrequency', type: 'HOTELLERIE', label: 'Hôtellerie', days: 365, defaultDays: 365 }],
  };
}

async function setUp() {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(staffUser());
  const fixture = TestBed.createComponent(FreshnessPage);
  await render(fixture);
  apolloController().expectOne('ListingFreshness').flushData(stats());
  await settle(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe('shares', () => {
  it.each([
    [counts(1, 1, 1), { fresh: 34, dueSoon: 33, stale: 33 }],
    [counts(0, 0, 0), { fresh: 0, dueSoon: 0, stale: 0 }],
    [counts(2, 0, 1), { fresh: 67, dueSoon: 0, stale: 33 }],
    [counts(0, 0, 5), { fresh: 0, dueSoon: 0, stale: 100 }],
  ])('splits %j into whole percents adding up to 100', (row, expected) => {
    expect(shares(row)).toEqual(expected);
  });
});

describe('FreshnessPage', () => {
  afterEach(() => apolloController().verify());

  it('shows the figures by type and by commune, with the stale share', async () => {
    const { element } = await setUp();
    const text = element.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('100 fiches : 70 à jour, 10 à confirmer bientôt, 20 à mettre à jour (20 %)');
    const typeRow = [...element.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(typeRow[0]).toEqual(['Hôtellerie', '5', '1', '4', '10', '40 %', '']);
    expect(typeRow[1]).toEqual(['Gex', '3', '0', '1', '4', '25 %', '']);
  });

  it('saves a frequency and says so; an out-of-range one is refused without a request', async () => {
    const { fixture, element } = await setUp();
    const input = element.querySelector<HTMLInputElement>('input[type=number]')!;
    const form = element.querySelector('form')!;

    input.value = '0';
    form.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(element.querySelector('.frequency__status')!.textContent).toContain('entre 1 et 730');

    input.value = '180';
    form.dispatchEvent(new Event('submit'));
    await settle(fixture);
    const save = apolloController().expectOne('SetListingFrequency');
    expect(save.operation.variables).toEqual({ type: 'HOTELLERIE', days: 180 });
    save.flushData({ setListingFrequency: { __typename: 'ListingFrequency', type: 'HOTELLERIE', label: 'Hôtellerie', days: 180, defaultDays: 365 } });
    await settle(fixture);
    apolloController().expectOne('ListingFreshness').flushData(stats());
    await settle(fixture);
    expect(element.querySelector('.frequency__status')!.textContent).toContain('Hôtellerie\u00a0: à confirmer tous les 180 jours. Enregistré.');
  });
});
