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

  it('prepares the next year from the latest one, checked against the last known national bounds, and publishes it as new', async () => {
    const { fixture, element } = await setUp();
    const prepare = [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Préparer les tarifs 2027')!;
    expect(prepare).toBeDefined();
    prepare.click();
    await settle(fixture);
    expect(element.querySelector('[role=status]')?.textContent).toContain('Nouvelle année\u00a0: les tarifs 2026 sont repris.');
    expect(field(element, '3 étoiles').value).toBe('1.18');
    expect(element.textContent).toContain('Limites 2026 (dernières limites connues)\u00a0: 0,50\u00a0€ à 1,70\u00a0€');
    const submit = element.querySelector('button[type=submit]') as HTMLButtonElement;
    expect(submit.textContent?.trim()).toBe('Publier les tarifs 2027');
    submit.click();
    await settle(fixture);
    const op = apolloController().expectOne('SetTouristTaxTariffs');
    expect(op.operation.variables['input']).toMatchObject({ year: 2027, version: null, proportionalBasisPoints: 500, proportionalCapCents: 318, flatRateAllowancePercent: 0 });
    expect(op.operation.variables['input'].rates).toContainEqual({ category: 'STARS_3', communalCents: T2026.rates.STARS_3 });
    op.flushData({ setTouristTaxTariffs: { __typename: 'TaxTariffs', year: 2027, version: 1 } });
    await settle(fixture);
    apolloController().match('TouristTaxTariffs').forEach((q) => q.flushData({ touristTaxTariffs: [] }));
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
