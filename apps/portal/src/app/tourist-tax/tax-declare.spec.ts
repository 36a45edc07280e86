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
      activeFrom: '2024-01-01', activeTo: null, openingPeriods: [], category, categoryLabel: category, version: 1,
      balance: { __typename: 'TaxBalance', declaredCents: 0, paidCents: 0, outstandingCents: 0 },
      periods: [1, 2, 3, 4].map((quarter) => ({
        __typename: 'TaxAccommodationPeriod', year: 2026, quarter, key: `2026-T${quarter}`, label: `T${quarter}`, from: '2026-01-01', to: '2026-03-31', deadline: '2026-04-20',
        state: quarter === 1 ? 'LATE' : 'NOT_DUE', declarationId: null as string | null, amountCents: null as number | null,
      })),
    },
    taxPayments: [],
  };
}

function declarationPayload() {
  const exempted = (minors: number) => ({ __typename: 'TaxExemptionCounts', MINOR: minors, SEASONAL_WORKER: 0, EMERGENCY_HOUSING: 0, RENT_BELOW_THRESHOLD: 0 });
  return {
    taxDeclaration: {
      __typename: 'TaxDeclaration', id: 'decl-1', organisationId: 'org-1', accommodationId: 'acc-1', accommodationName: 'Hôtel du Jura', year: 2026, quarter: 1,
      periodLabel: '1er trimestre 2026', deadline: '2026-04-20', revision: 1, status: 'SUBMITTED', noRental: false, category: 'STARS_3', amountCents: 0,
      nights: 0, personNights: 0, platformNights: 0, late: false, previousAmountCents: null, previousNights: null, previousPersonNights: null, previousNoRental: null,
      differences: null, correctionNote: null, submittedAt: '2026-04-02T10:00:00.000Z', version: 1, totals: {}, anomalies: [],
      lines: [
        { __typename: 'TaxDeclarationLine', stays: 120, arrival: null, nights: 3, persons: 2, nightlyPriceCents: null, platformCollected: false, exempted: exempted(0) },
        { __typename: 'TaxDeclarationLine', stays: 14, arrival: null, nights: 3, persons: 3, nightlyPriceCents: null, platformCollected: false, exempted: exempted(2) },
      ],
    },
  };
}

async function setUp(category = 'UNCLASSIFIED', kind = 'FURNISHED_LET', account: Record<string, unknown> = {}) {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(partnerOwner());
  const fixture = TestBed.createComponent(TaxDeclare);
  fixture.componentRef.setInput('id', 'acc-1');
  fixture.componentRef.setInput('year', '2026');
  fixture.componentRef.setInput('quarter', '1');
  await render(fixture);
  const payload = accommodationPayload(category, kind);
  apolloController().expectOne('TaxAccommodation').flushData({ ...payload, taxAccommodation: { ...payload.taxAccommodation, ...account } });
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
    expect(element.querySelector('app-error-summary')?.textContent).toContain('Ligne 1 — Prix de la nuitée\u00a0: Le prix de la nuitée doit être un montant supérieur à zéro.');
  });

  it('prefills a correction with the submitted lines once they arrive, without waiting for an edit', async () => {
    TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
    signInAs(partnerOwner());
    const fixture = TestBed.createComponent(TaxDeclare);
    fixture.componentRef.setInput('id', 'acc-1');
    fixture.componentRef.setInput('year', '2026');
    fixture.componentRef.setInput('quarter', '1');
    fixture.componentRef.setInput('correction', true);
    await render(fixture);
    const accommodation = accommodationPayload('STARS_3', 'HOTEL');
    accommodation.taxAccommodation.periods[0] = { ...accommodation.taxAccommodation.periods[0]!, state: 'SUBMITTED', declarationId: 'decl-1' };
    apolloController().expectOne('TaxAccommodation').flushData(accommodation);
    apolloController().expectOne('TouristTaxTariffs').flushData(tariffsPayload());
    await render(fixture);
    const element = fixture.nativeElement as HTMLElement;
    // Nothing to type into before the submitted lines are there (an edit would be overwritten).
    expect(element.querySelector('form')).toBeNull();
    expect(element.textContent).toContain('Chargement de la déclaration déposée');
    apolloController().expectOne('TaxDeclaration').flushData(declarationPayload());
    await settle(fixture);
    const stays = [...element.querySelectorAll<HTMLInputElement>('input[formcontrolname=stays]')].map((i) => i.value);
    expect(stays).toEqual(['120', '14']);
    expect(element.querySelector<HTMLInputElement>('input[formcontrolname=minors]')?.value).toBe('0');
    // 120 × 2 × 3 × 1.30 + 14 × 1 × 3 × 1.30 = 936.00 + 54.60
    expect(element.querySelector('.figure')?.textContent).toContain('990,60');
  });

  it('removes the line the host asked to remove, not the last one shown', async () => {
    const { fixture, element } = await setUp('STARS_3', 'HOTEL');
    (([...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Ajouter une ligne'))) as HTMLButtonElement).click();
    await settle(fixture);
    const stays = () => [...element.querySelectorAll<HTMLInputElement>('input[formcontrolname=stays]')];
    stays()[0]!.value = '7';
    stays()[0]!.dispatchEvent(new Event('input'));
    stays()[1]!.value = '9';
    stays()[1]!.dispatchEvent(new Event('input'));
    await settle(fixture);
    (([...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Retirer la ligne 1'))) as HTMLButtonElement).click();
    await settle(fixture);
    expect(stays().map((i) => i.value)).toEqual(['9']);
    // 9 × 1 × 2 × 1.30
    expect(element.querySelector('.figure')?.textContent).toContain('23,40');
  });

  it('shows the flat rate of a flat-rate account: capacity × nights open in the quarter × tariff, the figure the server stores', async () => {
    const { element } = await setUp('STARS_2', 'HOTEL', { basis: 'FLAT_RATE', stars: 2, openingPeriods: [{ __typename: 'TaxOpeningPeriod', from: '2026-02-01', to: '2026-02-28' }] });
    // 28 nights × 4 beds × 0.73 € = 81.76 €, + 10 % (8.176 → 8.18) = 89.94 €
    const figure = element.querySelector('.figure')?.textContent ?? '';
    expect(figure).toContain('Montant dû pour le trimestre\u00a0: 89,94');
    expect(figure).toContain('4\u00a0personnes de capacité × 28\u00a0nuits d’ouverture × 0,73');
    expect(element.querySelector('button[type=submit]')?.textContent).toContain('89,94');
  });
});
