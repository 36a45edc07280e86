import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { apolloController, partnerOwner, provideApolloTesting, render, settle, signInAs, staffUser } from '../../testing/apollo';
import { TaxAccount } from './tax-account';
import { TaxCorrectionRequestPage } from './tax-correction-request';

function accommodation() {
  return {
    __typename: 'TaxAccommodation', id: 'acc-1', organisationId: 'org-1', organisationName: 'Gîtes du Jura', name: 'Gîte du Jura', street: '2 chemin des Crêts', communeCode: '01173',
    communeName: 'Gex', kind: 'FURNISHED_LET', kindLabel: 'Meublé de tourisme', stars: null, capacity: 4, capacityInPitches: false, registrationNumber: null, basis: 'PER_NIGHT',
    activeFrom: '2020-01-01', activeTo: null, openingPeriods: [], category: 'UNCLASSIFIED', categoryLabel: 'Non classé', listingId: null, version: 3,
    balance: { __typename: 'TaxBalance', declaredCents: 0, paidCents: 0, outstandingCents: 0 },
    periods: [],
  };
}
const accommodationPayload = () => ({ taxAccommodation: accommodation(), taxPayments: [] });

function requestPayload(status = 'PENDING') {
  return {
    taxCorrectionRequest: {
      __typename: 'TaxCorrectionRequest', id: 'req-1', accommodationId: 'acc-1', accommodationName: 'Gîte du Jura', organisationId: 'org-1', organisationName: 'Gîtes du Jura',
      message: 'Le gîte a été agrandi et classé.', fields: ['capacity', 'stars'], proposed: { capacity: 6, stars: 3 },
      changes: [
        { __typename: 'TaxCorrectionChange', field: 'capacity', label: 'Capacité', current: '4', proposed: '6' },
        { __typename: 'TaxCorrectionChange', field: 'stars', label: 'Classement', current: 'non classé', proposed: '3 étoiles' },
      ],
      status, decisionReason: null, requestedByName: 'Camille Martin', createdAt: '2026-11-20T10:00:00.000Z', decidedAt: null, version: 1,
    },
  };
}

function fill(element: HTMLElement, label: string, value: string): void {
  const field = [...element.querySelectorAll('mat-form-field')].find((f) => f.querySelector('mat-label')?.textContent?.trim() === label)!;
  const input = (field.querySelector('input') ?? field.querySelector('textarea'))!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function button(element: HTMLElement, text: string): HTMLButtonElement {
  return [...element.querySelectorAll('button')].find((b) => b.textContent?.includes(text)) as HTMLButtonElement;
}

describe('TaxCorrectionRequestPage (owner)', () => {
  afterEach(() => apolloController().verify());

  async function setUp() {
    TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
    signInAs(partnerOwner());
    const fixture = TestBed.createComponent(TaxCorrectionRequestPage);
    fixture.componentRef.setInput('id', 'acc-1');
    await render(fixture);
    apolloController().expectOne('TaxAccommodation').flushData(accommodationPayload());
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows a field once ticked, prefilled with the register’s value, and sends only the ticked fields', async () => {
    const { fixture, element } = await setUp();
    const capacity = [...element.querySelectorAll('mat-checkbox')].find((c) => c.textContent?.includes('Capacité'))!.querySelector('input')!;
    capacity.click();
    await settle(fixture);
    const input = [...element.querySelectorAll('mat-form-field')].find((f) => f.textContent?.includes('Capacité (valeur proposée)'))!.querySelector('input')!;
    expect(input.value).toBe('4');
    fill(element, 'Capacité (valeur proposée)', '6');
    fill(element, 'Votre message', '  Deux lits ajoutés dans la mezzanine.  ');
    button(element, 'Envoyer la demande').click();
    await settle(fixture);
    const sent = apolloController().expectOne('RequestTaxCorrection');
    expect(sent.operation.variables['input']).toEqual({ accommodationId: 'acc-1', message: 'Deux lits ajoutés dans la mezzanine.', fields: ['capacity'], proposed: { capacity: 6 } });
  });

  it('names the field and sends nothing when the message is too short or the value unchanged', async () => {
    const { fixture, element } = await setUp();
    [...element.querySelectorAll('mat-checkbox')].find((c) => c.textContent?.includes('Capacité'))!.querySelector('input')!.click();
    await settle(fixture);
    fill(element, 'Votre message', 'Faux');
    button(element, 'Envoyer la demande').click();
    await settle(fixture);
    const summary = element.querySelector('app-error-summary')?.textContent ?? '';
    expect(summary).toContain('Votre message');
    expect(summary).toContain('Capacité (valeur proposée)');
    expect(summary).toContain('déjà la valeur du registre');
  });
});

describe('TaxAccount answering a correction request (staff)', () => {
  afterEach(() => apolloController().verify());

  async function setUp(status = 'PENDING') {
    TestBed.configureTestingModule({
      providers: [provideApolloTesting(), provideRouter([]), { provide: ActivatedRoute, useValue: { queryParamMap: of(convertToParamMap({ demande: 'req-1' })) } }],
    });
    signInAs(staffUser());
    const fixture = TestBed.createComponent(TaxAccount);
    fixture.componentRef.setInput('accountId', 'acc-1');
    await render(fixture);
    apolloController().expectOne('TaxAccommodation').flushData(accommodationPayload());
    apolloController().expectOne('TaxCorrectionRequest').flushData(requestPayload(status));
    await render(fixture);
    apolloController().expectOne('TaxAccommodations').flushData({ taxAccommodations: [accommodation()] });
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows the request, prefills the proposed values and accepts with the edited account', async () => {
    const { fixture, element } = await setUp();
    expect(element.querySelector('#request-heading')?.textContent).toContain('Camille Martin');
    expect(element.querySelector('.request')?.textContent).toContain('Capacité\u00a0: 4 → 6');
    const capacity = [...element.querySelectorAll('mat-form-field')].find((f) => f.querySelector('mat-label')?.textContent?.trim() === 'Capacité')!.querySelector('input')!;
    expect(capacity.value).toBe('6');
    fill(element, 'Capacité', '5');
    button(element, 'Accepter la demande et enregistrer').click();
    await settle(fixture);
    const sent = apolloController().expectOne('AcceptTaxCorrection');
    expect(sent.operation.variables['input']).toEqual({
      requestId: 'req-1', requestVersion: 1,
      accommodation: {
        id: 'acc-1', version: 3, listingId: null, name: 'Gîte du Jura', street: '2 chemin des Crêts', communeCode: '01173', kind: 'FURNISHED_LET', stars: 3, capacity: 5,
        registrationNumber: null, basis: 'PER_NIGHT', activeFrom: '2020-01-01', activeTo: null, openingPeriods: [],
      },
    });
  });

  it('declines with a reason, and names the reason when it is missing', async () => {
    const { fixture, element } = await setUp();
    button(element, 'Refuser la demande').click();
    await settle(fixture);
    expect(element.querySelector('app-error-summary')?.textContent).toContain('Raison du refus');
    fill(element, 'Raison du refus', 'Le classement n’est pas encore publié.');
    button(element, 'Refuser la demande').click();
    await settle(fixture);
    expect(apolloController().expectOne('DeclineTaxCorrection').operation.variables['input']).toEqual({ requestId: 'req-1', requestVersion: 1, reason: 'Le classement n’est pas encore publié.' });
  });

  it('a request already answered leaves the plain edit', async () => {
    const { element } = await setUp('DECLINED');
    expect(element.querySelector('.request')?.textContent).toContain('Refusée');
    expect(button(element, 'Accepter la demande')).toBeUndefined();
    expect(button(element, 'Enregistrer')).toBeDefined();
  });
});

describe('TaxAccount opening periods (staff, flat-rate basis)', () => {
  afterEach(() => apolloController().verify());

  it('shows the periods of a flat-rate account, adds one and saves them with the account', async () => {
    TestBed.configureTestingModule({
      providers: [provideApolloTesting(), provideRouter([]), { provide: ActivatedRoute, useValue: { queryParamMap: of(convertToParamMap({})) } }],
    });
    signInAs(staffUser());
    const fixture = TestBed.createComponent(TaxAccount);
    fixture.componentRef.setInput('accountId', 'acc-1');
    await render(fixture);
    const flat = { ...accommodation(), kind: 'HOTEL', stars: 2, category: 'STARS_2', basis: 'FLAT_RATE', openingPeriods: [{ __typename: 'TaxOpeningPeriod', from: '2026-04-01', to: '2026-09-30' }] };
    apolloController().expectOne('TaxAccommodation').flushData({ taxAccommodation: flat, taxPayments: [] });
    await render(fixture);
    apolloController().expectOne('TaxAccommodations').flushData({ taxAccommodations: [flat] });
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const dates = () => [...element.querySelectorAll<HTMLInputElement>('app-tax-opening-periods input[type=date]')];
    expect(dates().map((i) => i.value)).toEqual(['2026-04-01', '2026-09-30']);
    button(element, 'Ajouter une période d').click();
    await settle(fixture);
    const [, , from, to] = dates();
    from!.value = '2026-12-20';
    from!.dispatchEvent(new Event('change'));
    to!.value = '2027-01-05';
    to!.dispatchEvent(new Event('change'));
    await settle(fixture);
    button(element, 'Enregistrer').click();
    await settle(fixture);
    const sent = apolloController().expectOne('UpdateTaxAccommodation');
    expect(sent.operation.variables['input']).toMatchObject({ basis: 'FLAT_RATE', openingPeriods: [{ from: '2026-04-01', to: '2026-09-30' }, { from: '2026-12-20', to: '2027-01-05' }] });
  });
});
