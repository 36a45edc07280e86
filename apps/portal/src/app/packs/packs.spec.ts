import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apolloController, partnerMember, partnerOwner, provideApolloTesting, render, settle, signInAs, staffUser } from '../../testing/apollo';
import { PartnerPacks } from './partner-packs';
import { StaffSubscriptions } from './staff-subscriptions';

const YEAR = new Date().getFullYear();

function item(id: string, kind: 'PACK' | 'OPTION', name: string, priceExclCents: number, vatRateBp = 2000, position = 1) {
  return { __typename: 'CatalogueItem', id, lineageId: `l-${id}`, version: 1, kind, year: YEAR, name, description: `${name} : description`, priceExclCents, vatRateBp, categories: ['HOTEL'], position, archived: false, sold: false };
}

function subscription(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'PackSubscription', id: 'sub-1', organisationId: 'org-1', organisationName: 'Hôtel du Jura', year: YEAR, status: 'AWAITING_PAYMENT', paymentChoice: 'TRANSFER',
    termsVersion: 1, termsAcceptedAt: '2026-03-02T09:00:00.000Z', totalExclCents: 65_003, totalVatCents: 11_840, totalInclCents: 76_843, paidCents: 0, remainingCents: 76_843,
    paidAt: null, lastPaymentError: null, createdAt: '2026-03-02T09:00:00.000Z',
    lines: [{ __typename: 'SubscriptionLine', id: 'line-1', kind: 'PACK', label: `Pack ${YEAR} — Pack Hébergement`, unitPriceExclCents: 45_000, vatRateBp: 2000 }],
    payments: [], invoices: [], ...overrides,
  };
}

const OFFER = {
  __typename: 'PackOffer', organisationId: 'org-1', year: YEAR, category: 'HOTEL', onlinePayment: false,
  packs: [item('pack-1', 'PACK', 'Pack Hébergement', 45_000)],
  options: [item('opt-1', 'OPTION', 'Photos professionnelles', 12_000, 2000, 1), item('opt-2', 'OPTION', 'Encart brochure', 8_003, 550, 2)],
  terms: { __typename: 'TermsOfSale', id: 'terms-1', version: 3, body: 'Article 1 — Objet des conditions.', publishedAt: '2026-01-01T00:00:00.000Z' },
};

async function partnerPage(user = partnerOwner(), subscriptions: unknown[] = [], offer: unknown = OFFER) {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(user);
  const fixture = TestBed.createComponent(PartnerPacks);
  fixture.componentRef.setInput('id', 'org-1');
  await render(fixture);
  apolloController().expectOne('PackOffer').flushData({ packOffer: offer });
  apolloController().expectOne('PackSubscriptions').flushData({ packSubscriptions: subscriptions });
  await settle(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ');

describe('PartnerPacks', () => {
  afterEach(() => apolloController().verify());

  it('shows prices including VAT, totals with VAT per rate, and sends what the page showed', async () => {
    const { fixture, element } = await partnerPage();
    expect(text(element)).toContain('Pack Hébergement — 540,00 € TTC');
    expect(text(element)).toContain('Encart brochure — 84,43 € TTC');
    expect([...element.querySelectorAll('mat-radio-button')].map((r) => text(r))).not.toContain('Paiement en ligne (carte bancaire)');

    (element.querySelector('mat-radio-button input') as HTMLInputElement).click();
    for (const box of element.querySelectorAll<HTMLInputElement>('mat-checkbox input')) box.click(); // both options, then the terms
    await settle(fixture);
    // 450 + 120 at 20 % → 114; 80.03 at 5.5 % → 4.40: 768.43 € TTC.
    expect(text(element.querySelector('.total'))).toContain('768,43 € TTC');

    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(fixture);
    const request = apolloController().expectOne('SubscribeToPack');
    expect(request.operation.variables['input']).toEqual({
      organisationId: 'org-1', packId: 'pack-1', optionIds: ['opt-1', 'opt-2'], termsId: 'terms-1', acceptTerms: true, paymentChoice: 'TRANSFER', shownTotalInclCents: 76_843,
    });
    request.flushData({ subscribeToPack: { __typename: 'SubscribeResult', priceNotice: 'Le prix a changé depuis l’affichage de la page.', checkoutUrl: null, subscription: subscription() } });
    await settle(fixture);
    apolloController().match(() => true).forEach((op) => op.flushData(op.operation.operationName === 'PackSubscriptions' ? { packSubscriptions: [subscription()] } : { packStatus: null }));
    await settle(fixture);
    expect(text(element.querySelector('[role=status]'))).toContain('Le prix a changé');
    expect(text(element.querySelector('[role=status]'))).toContain('par virement');
  });

  it('refuses to send without the terms accepted, saying so', async () => {
    const { fixture, element } = await partnerPage();
    (element.querySelector('mat-radio-button input') as HTMLInputElement).click();
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(fixture);
    expect(text(element)).toContain('Acceptez les conditions générales de vente pour souscrire.');
  });

  it('lets a member see the offer but not subscribe', async () => {
    const { element } = await partnerPage(partnerMember());
    expect(text(element)).toContain('Seul le responsable de votre organisation peut souscrire un pack.');
    expect(element.querySelector('button[type=submit]')).toBeNull();
  });

  it('shows the current pack with what remains, and the invoices to download', async () => {
    const paid = subscription({ id: 'sub-0', year: YEAR - 1, status: 'PAID', paidCents: 76_843, remainingCents: 0, invoices: [{ __typename: 'InvoiceSummary', id: 'inv-1', kind: 'INVOICE', number: `F${YEAR - 1}-0007`, issuedOn: `${YEAR - 1}-03-02`, totalInclCents: 76_843, url: '/api/invoices/inv-1/pdf' }] });
    const { element } = await partnerPage(partnerOwner(), [subscription({ paidCents: 40_000, remainingCents: 36_843 }), paid]);
    expect(text(element)).toContain('Reste à payer : 368,43 €');
    const link = [...element.querySelectorAll('a')].find((a) => a.textContent?.includes(`F${YEAR - 1}-0007`))!;
    expect(link.getAttribute('href')).toBe('/api/invoices/inv-1/pdf');
    expect(element.querySelector('form')).toBeNull();
  });
});

describe('StaffSubscriptions', () => {
  afterEach(() => apolloController().verify());

  it('records a partial payment in euros, sent in cents', async () => {
    TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
    signInAs(staffUser());
    const fixture = TestBed.createComponent(StaffSubscriptions);
    await render(fixture);
    const list = apolloController().expectOne('AllPackSubscriptions');
    expect(list.operation.variables).toEqual({ filter: { year: YEAR, status: 'AWAITING_PAYMENT' }, page: { offset: 0, limit: 50 } });
    list.flushData({ allPackSubscriptions: { __typename: 'PackSubscriptionPage', total: 1, offset: 0, limit: 50, items: [subscription()] } });
    apolloController().expectOne('PacksSummary').flushData({ packsSummary: { __typename: 'PacksSummary', year: YEAR, awaitingCount: 1, awaitingCents: 76_843, paidCount: 0, revenueCents: 0 } });
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Enregistrer un paiement'))!.click();
    await settle(fixture);
    const amount = element.querySelector<HTMLInputElement>('input[formcontrolname=amount]')!;
    expect(amount.value).toBe('768,43');
    amount.value = '400';
    amount.dispatchEvent(new Event('input'));
    element.querySelector<HTMLInputElement>('input[formcontrolname=reference]')!.value = 'VIR-001';
    element.querySelector<HTMLInputElement>('input[formcontrolname=reference]')!.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('app-record-payment-form button[type=submit]')!.click();
    await settle(fixture);
    const record = apolloController().expectOne('RecordPackPayment');
    expect(record.operation.variables['input']).toMatchObject({ subscriptionId: 'sub-1', method: 'TRANSFER', amountCents: 40_000, reference: 'VIR-001' });
    record.flushData({ recordPackPayment: subscription({ paidCents: 40_000, remainingCents: 36_843 }) });
    await settle(fixture);
    apolloController().match(() => true).forEach((op) => op.flushData(op.operation.operationName === 'PacksSummary'
      ? { packsSummary: { __typename: 'PacksSummary', year: YEAR, awaitingCount: 1, awaitingCents: 36_843, paidCount: 0, revenueCents: 40_000 } }
      : { allPackSubscriptions: { __typename: 'PackSubscriptionPage', total: 1, offset: 0, limit: 50, items: [subscription({ paidCents: 40_000, remainingCents: 36_843 })] } }));
    await settle(fixture);
    expect(text(element)).toContain('Reste à payer : 368,43 €');
  });

  it('cancels a paid invoice with a credit note, the reason required', async () => {
    TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
    signInAs(staffUser());
    const fixture = TestBed.createComponent(StaffSubscriptions);
    await render(fixture);
    const invoice = { __typename: 'InvoiceSummary', id: 'inv-1', kind: 'INVOICE', number: `F${YEAR}-0003`, issuedOn: `${YEAR}-03-02`, totalInclCents: 76_843, url: '/api/invoices/inv-1/pdf' };
    apolloController().expectOne('AllPackSubscriptions').flushData({ allPackSubscriptions: { __typename: 'PackSubscriptionPage', total: 1, offset: 0, limit: 50, items: [subscription({ status: 'PAID', paidCents: 76_843, remainingCents: 0, invoices: [invoice] })] } });
    apolloController().expectOne('PacksSummary').flushData({ packsSummary: { __typename: 'PacksSummary', year: YEAR, awaitingCount: 0, awaitingCents: 0, paidCount: 1, revenueCents: 76_843 } });
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Annuler par un avoir'))!.click();
    await settle(fixture);
    const submit = () => element.querySelector<HTMLButtonElement>('app-credit-note-form button[type=submit]')!.click();
    submit();
    await settle(fixture);
    apolloController().expectNone('CancelPackInvoice');
    const reason = element.querySelector<HTMLInputElement>('app-credit-note-form input')!;
    reason.value = 'Erreur de pack';
    reason.dispatchEvent(new Event('input'));
    submit();
    await settle(fixture);
    const cancel = apolloController().expectOne('CancelPackInvoice');
    expect(cancel.operation.variables).toEqual({ input: { invoiceId: 'inv-1', reason: 'Erreur de pack' } });
    cancel.flushData({ cancelPackInvoice: subscription({ status: 'CANCELLED', invoices: [invoice, { ...invoice, id: 'inv-2', kind: 'CREDIT_NOTE', number: `AV${YEAR}-0001`, totalInclCents: -76_843 }] }) });
    await settle(fixture);
    apolloController().match(() => true).forEach((op) => op.flushData(op.operation.operationName === 'PacksSummary'
      ? { packsSummary: { __typename: 'PacksSummary', year: YEAR, awaitingCount: 0, awaitingCents: 0, paidCount: 0, revenueCents: 0 } }
      : { allPackSubscriptions: { __typename: 'PackSubscriptionPage', total: 0, offset: 0, limit: 50, items: [] } }));
    await settle(fixture);
  });
});
