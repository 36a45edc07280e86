import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PAYS_DE_GEX_TARIFFS } from '@extranet/domain/tourist-tax';
import { apolloController, partnerOwner, provideApolloTesting, render, settle, signInAs } from '../../testing/apollo';
import { TaxDeclare } from './tax-declare';

const T2026 = PAYS_DE_GEX_TARIFFS.find((t) => t.year === 2026)!;

function tariffsPayload() {
  return {
    touristTaxTariffs: [
      {
        __typename: 'TaxTariffs', year: 2026, proportionalBasisPoints: 500, proportionalCapCents: 318, rentThresholdCents: null, flatRateAllowancePercent: 0, version: 1,
        rates: Object.entries(T2026.rates).map(([category, communalCents]) => ({ __typename: 'TaxRate', category, label: category, communalCents, perPersonNightCents: 0 })),
        additionalRates: [{ __typename: 'TaxAdditionalRate', code: 'DEPARTEMENT_01', label: 'Taxe additionnelle départementale de l’Ain (10 %)', basisPoints: 1000 }],
      },
    ],
  };
}

function accommodationPayload(category: string, kind: string) {
  return {
    taxAccommodation: {
      __typename: 'TaxAccommodation', id: 'acc-1', organisationId: 'org-1', organisationName: 'Hôtel du Jura', name: 'Gîte du Jura', street: '', communeCode: '01173',
      communeName: 'Gex', kind, kindLabel: 'Meublé de tourisme', stars: null, capacity: 4, capacityInPitches: false, registrationNumber: null, basis: 'PER_NIGHT',
      activeFrom: '2024-01-01', activeTo: null, category, categoryLabel: category, version: 1,
      balance: { __typename: 'TaxBalance', declaredCents: 0, paidCents: 0, outstandingCents: 0 },
      periods: [1, 2, 3, 4].map((quarter) => ({
        __typename: 'TaxAccommodationPeriod', year: 2026, quarter, key: `2026-T${quarter}`, label: `T${quarter}`, from: '2026-01-01', to: '2026-03-31', deadline: '2026-04-20',
        state: quarter === 1 ? 'LATE' : 'NOT_DUE', declarationId: null, amountCents: null,
      })),
    },
    taxPayments: [],
  };
}

async function setUp(category = 'UNCLASSIFIED', kind = 'FURNISHED_LET') {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(partnerOwner());
  const fixture = TestBed.createComponent(TaxDeclare);
  fixture.componentRef.setInput('id', 'acc-1');
  fixture.componentRef.setInput('year', '2026');
  fixture.componentRef.setInput('quarter', '1');
  await render(fixture);
  apolloController().expectOne('TaxAccommodation').flushData(accommodationPayload(category, kind));
  apolloController().expectOne('TouristTaxTariffs').flushData(tariffsPayload());
  await settle(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

function fill(element: HTMLElement, label: string, value: string): void {
  const field = [...element.querySelectorAll('mat-form-field')].find((f) => f.querySelector('mat-label')?.textContent?.trim() === label)!;
  const input = field.querySelector('input')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('TaxDeclare', () => {
  afterEach(() => apolloController().verify());

  it('shows the figure as the host types, with the cap applied, and submits what was typed', async () => {
    const { fixture, element } = await setUp();
    fill(element, 'Nuits par séjour', '2');
    fill(element, 'Personnes par séjour', '2');
    fill(element, 'Prix de la nuitée hors taxes (€)', '300');
    await settle(fixture);
    // 300 € ÷ 2 × 5 % = 7.50 → capped at 3.18 + 0.32 = 3.50 × 2 persons × 2 nights
    expect(element.querySelector('.figure')?.textContent).toContain('14,00');
    expect(element.querySelector('.line-amount')?.textContent).toContain('plafond atteint');
    expect(element.querySelector('button[type=submit]')?.textContent).toContain('14,00');

    (element.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle(fixture);
    const submit = apolloController().expectOne('SubmitTaxDeclaration');
    expect(submit.operation.variables['input']).toEqual({
      accommodationId: 'acc-1', year: 2026, quarter: 1, noRental: false,
      lines: [{ stays: 1, arrival: null, nights: 2, persons: 2, exempted: { MINOR: 0, SEASONAL_WORKER: 0, EMERGENCY_HOUSING: 0, RENT_BELOW_THRESHOLD: 0 }, nightlyPriceCents: 30000, platformCollected: false }],
    });
  });

  it('asks for the missing price instead of showing a figure, and shows the server’s field errors', async () => {
    const { fixture, element } = await setUp();
    fill(element, 'Prix de la nuitée hors taxes (€)', '0');
    await settle(fixture);
    expect(element.querySelector('.figure')?.textContent).toContain('Complétez la déclaration');
    (element.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle(fixture);
    apolloController()
      .expectOne('SubmitTaxDeclaration')
      .graphqlErrors([{ message: 'Certaines informations sont invalides.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'lines.0.nightlyPriceCents', message: 'Le prix de la nuitée doit être un montant supérieur à zéro.' }] } }]);
    await settle(fixture);
    expect(element.querySelector('app-error-summary')?.textContent).toContain('Ligne 1 — Prix de la nuitée : Le prix de la nuitée doit être un montant supérieur à zéro.');
  });
});
