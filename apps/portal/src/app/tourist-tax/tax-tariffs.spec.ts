import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PAYS_DE_GEX_TARIFFS } from '@extranet/domain/tourist-tax';
import { apolloController, provideApolloTesting, render, settle, signInAs, staffUser } from '../../testing/apollo';
import { TaxTariffs } from './tax-tariffs';

const T2026 = PAYS_DE_GEX_TARIFFS.find((t) => t.year === 2026)!;

async function setUp() {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(staffUser());
  const fixture = TestBed.createComponent(TaxTariffs);
  await render(fixture);
  apolloController()
    .expectOne('TouristTaxTariffs')
    .flushData({
      touristTaxTariffs: [
        {
          __typename: 'TaxTariffs', year: 2026, proportionalBasisPoints: 500, proportionalCapCents: 318, rentThresholdCents: null, flatRateAllowancePercent: 0, version: 3,
          rates: Object.entries(T2026.rates).map(([category, communalCents]) => ({ __typename: 'TaxRate', category, label: category, communalCents, perPersonNightCents: 0 })),
          additionalRates: [{ __typename: 'TaxAdditionalRate', code: 'DEPARTEMENT_01', label: 'Ain', basisPoints: 1000 }],
        },
      ],
    });
  await settle(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

function field(element: HTMLElement, label: string): HTMLInputElement {
  return [...element.querySelectorAll('mat-form-field')].find((f) => f.querySelector('mat-label')?.textContent?.trim() === label)!.querySelector('input')!;
}

describe('TaxTariffs', () => {
  afterEach(() => apolloController().verify());

  it('refuses a tariff above the national bound before sending anything, naming the bound', async () => {
    const { fixture, element } = await setUp();
    const threeStars = field(element, '3 étoiles');
    expect(threeStars.value).toBe('1.18');
    threeStars.value = '1.80';
    threeStars.dispatchEvent(new Event('input'));
    (element.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(element.querySelector('app-error-summary')?.textContent).toContain('3 étoiles\u00a0: Le tarif «\u00a03 étoiles\u00a0» (1,80');
    expect(element.querySelector('app-error-summary')?.textContent).toContain('plafond national 2026 de 1,70');
  });

  it('sends the year’s tariffs in cents with the version it was loaded at', async () => {
    const { fixture, element } = await setUp();
    const twoStars = field(element, '2 étoiles');
    twoStars.value = '0.75';
    twoStars.dispatchEvent(new Event('input'));
    (element.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle(fixture);
    const op = apolloController().expectOne('SetTouristTaxTariffs');
    expect(op.operation.variables['input']).toMatchObject({ year: 2026, version: 3, proportionalBasisPoints: 500, proportionalCapCents: 318 });
    expect(op.operation.variables['input'].rates).toContainEqual({ category: 'STARS_2', communalCents: 75 });
    op.flushData({ setTouristTaxTariffs: { __typename: 'TaxTariffs', year: 2026, version: 4 } });
    await settle(fixture);
    apolloController().match('TouristTaxTariffs').forEach((q) => q.flushData({ touristTaxTariffs: [] }));
  });
});
