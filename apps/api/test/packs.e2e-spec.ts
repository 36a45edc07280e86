// Service packs: the office's catalogue and terms, a partner's subscription (only what its category
// is offered, the server's price winning), offline payments recorded by staff, invoices and credit
// notes. The clock is set in 2030 so that nothing depends on today's date.
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { createCatalogueItem, currentTerms, publishTerms } from './utils/pack-factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';

const ITEM = 'id lineageId version kind year name description priceExclCents vatRateBp categories position archived sold';
const SUB = `id organisationId organisationName year status paymentChoice termsVersion totalExclCents totalVatCents totalInclCents paidCents remainingCents
  lines { label unitPriceExclCents vatRateBp kind catalogueItemId } payments { method amountCents receivedOn reference } invoices { id kind number issuedOn totalInclCents url }`;
const OFFER = `query($organisationId: ID!, $year: Int) { packOffer(organisationId: $organisationId, year: $year) { year category onlinePayment packs { ${ITEM} } options { ${ITEM} } terms { id version } } }`;
const SUBSCRIBE = `mutation($input: SubscribeInput!) { subscribeToPack(input: $input) { priceNotice checkoutUrl subscription { ${SUB} } } }`;
const RECORD = `mutation($input: RecordPaymentInput!) { recordPackPayment(input: $input) { ${SUB} } }`;
const CREATE_ITEM = `mutation($input: CreateCatalogueItemInput!) { createCatalogueItem(input: $input) { ${ITEM} } }`;
const UPDATE_ITEM = `mutation($input: UpdateCatalogueItemInput!) { updateCatalogueItem(input: $input) { ${ITEM} } }`;
const ARCHIVE = `mutation($id: ID!, $archived: Boolean) { archiveCatalogueItem(id: $id, archived: $archived) { ${ITEM} } }`;
const STATUS = `query($organisationId: ID!, $year: Int) { packStatus(organisationId: $organisationId, year: $year) { year status subscription { id remainingCents } } }`;
const CANCEL = `mutation($input: CancelInvoiceInput!) { cancelPackInvoice(input: $input) { ${SUB} } }`;

const YEAR = 2030;
let t: TestApp;
let staff: GraphQLClient;
let clock: TestClock;
beforeAll(async () => {
  t = await startTestApp();
  clock = TestClock.of(t.app);
  clock.set(`${YEAR}-03-02T09:00:00Z`);
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
});
afterAll(() => t.close());

async function hotel(category: 'HOTEL' | 'RESTAURANT' | 'CAMPSITE' = 'HOTEL') {
  const partner = await createPartner(t.prisma, { category, siret: null });
  return { ...partner, asOwner: await signedInClient(t.baseUrl, partner.owner.email, PASSWORD) };
}

/** A hotel pack with two hotel options, one restaurant pack and one campsite option, for a fresh year. */
async function catalogue(year = YEAR) {
  const pack = await createCatalogueItem(t.prisma, { year, name: 'Pack Hébergement', priceExclCents: 45_000, categories: ['HOTEL', 'CAMPSITE'] });
  const photos = await createCatalogueItem(t.prisma, { year, kind: 'OPTION', name: 'Photos professionnelles', priceExclCents: 12_000, categories: ['HOTEL'] });
  const brochure = await createCatalogueItem(t.prisma, { year, kind: 'OPTION', name: 'Encart brochure', priceExclCents: 8_003, vatRateBp: 550, categories: ['HOTEL', 'RESTAURANT'] });
  const restaurantPack = await createCatalogueItem(t.prisma, { year, name: 'Pack Restauration', priceExclCents: 30_000, categories: ['RESTAURANT'] });
  const campsiteOption = await createCatalogueItem(t.prisma, { year, kind: 'OPTION', name: 'Emplacement salon', priceExclCents: 20_000, categories: ['CAMPSITE'] });
  return { pack, photos, brochure, restaurantPack, campsiteOption, terms: await currentTerms(t.prisma) };
}

async function subscribed(p: Awaited<ReturnType<typeof hotel>>, c: Awaited<ReturnType<typeof catalogue>>, extra: Record<string, unknown> = {}) {
  const data = await p.asOwner.ok(SUBSCRIBE, {
    input: { organisationId: p.organisation.id, packId: c.pack.id, optionIds: [c.photos.id, c.brochure.id], termsId: c.terms.id, acceptTerms: true, paymentChoice: 'TRANSFER', ...extra },
  });
  return data.subscribeToPack;
}

const counts = async () => ({
  subscriptions: await t.prisma.subscription.count(),
  payments: await t.prisma.payment.count(),
  invoices: await t.prisma.invoice.count(),
  items: await t.prisma.catalogueItem.count(),
  terms: await t.prisma.termsOfSale.count(),
});

describe('a partner choosing its pack', () => {
  it('sees only the packs and options offered to its category, with the current terms', async () => {
    const c = await catalogue();
    const p = await hotel();
    const { packOffer } = await p.asOwner.ok(OFFER, { organisationId: p.organisation.id, year: YEAR });
    const packIds = packOffer.packs.map((i: { id: string }) => i.id);
    const optionIds = packOffer.options.map((i: { id: string }) => i.id);
    expect(packIds).toContain(c.pack.id);
    expect(packIds).not.toContain(c.restaurantPack.id);
    expect(optionIds).toEqual(expect.arrayContaining([c.photos.id, c.brochure.id]));
    expect(optionIds).not.toContain(c.campsiteOption.id);
    expect(packOffer).toMatchObject({ year: YEAR, category: 'HOTEL', onlinePayment: false, terms: { id: c.terms.id } });
  });

  it('subscribes with options by transfer: the lines and totals are the server’s, VAT per rate', async () => {
    const c = await catalogue();
    const p = await hotel();
    const result = await subscribed(p, c);
    // 450 + 120 at 20 % = 570 → VAT 114; 80.03 at 5.5 % → VAT 4.40 (4.40165 rounded per rate).
    expect(result.subscription).toMatchObject({
      year: YEAR, status: 'AWAITING_PAYMENT', paymentChoice: 'TRANSFER', termsVersion: c.terms.version,
      totalExclCents: 65_003, totalVatCents: 11_400 + 440, totalInclCents: 65_003 + 11_840, paidCents: 0, remainingCents: 76_843,
    });
    expect(result.subscription.lines.map((l: { label: string }) => l.label)).toEqual([
      `Pack ${YEAR} — Pack Hébergement`, `Option ${YEAR} — ${c.photos.position < c.brochure.position ? 'Photos professionnelles' : 'Encart brochure'}`, expect.any(String),
    ]);
    expect(result.priceNotice).toBeNull();
    expect(result.checkoutUrl).toBeNull();
    const { packStatus } = await p.asOwner.ok(STATUS, { organisationId: p.organisation.id, year: YEAR });
    expect(packStatus).toMatchObject({ status: 'AWAITING_PAYMENT', subscription: { id: result.subscription.id, remainingCents: 76_843 } });
    const audit = await t.prisma.auditEvent.findFirst({ where: { action: 'subscription.create', objectId: result.subscription.id } });
    expect(audit).not.toBeNull();
  });

  it('tells the partner when the price it was shown differs: the server’s figure wins', async () => {
    const c = await catalogue();
    const p = await hotel();
    const result = await subscribed(p, c, { shownTotalInclCents: 70_000 });
    expect(result.subscription.totalInclCents).toBe(76_843);
    expect(result.priceNotice).toContain('Le prix a changé');
    expect(result.priceNotice).toContain('768,43');
  });

  it.each<[string, (c: Awaited<ReturnType<typeof catalogue>>) => Record<string, unknown>, string, string]>([
    ['a pack offered to restaurants only', (c) => ({ packId: c.restaurantPack.id, optionIds: [] }), 'packId', 'Ce pack n’est pas proposé à votre catégorie de partenaire pour cette année.'],
    ['an option offered to campsites only', (c) => ({ optionIds: [c.campsiteOption.id] }), 'optionIds.0', 'Cette option n’est pas proposée à votre catégorie de partenaire pour cette année.'],
    ['an option given as the pack', (c) => ({ packId: c.photos.id, optionIds: [] }), 'packId', 'Choisissez un pack.'],
    ['the terms not accepted', () => ({ acceptTerms: false }), 'acceptTerms', 'Acceptez les conditions générales de vente pour souscrire.'],
    ['online payment without Stripe', () => ({ paymentChoice: 'ONLINE' }), 'paymentChoice', 'Le paiement en ligne n’est pas disponible\u00a0: choisissez le virement ou le chèque.'],
    ['the same option twice', (c) => ({ optionIds: [c.photos.id, c.photos.id] }), 'optionIds', 'Chaque option ne peut être choisie qu’une fois.'],
  ])('refuses %s, naming the field, and saves nothing', async (_case, change, field, message) => {
    const c = await catalogue();
    const p = await hotel();
    const before = await counts();
    const result = await p.asOwner.request(SUBSCRIBE, {
      input: { organisationId: p.organisation.id, packId: c.pack.id, optionIds: [], termsId: c.terms.id, acceptTerms: true, paymentChoice: 'TRANSFER', ...change(c) },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual({ [field]: message });
    expect(await counts()).toEqual(before);
  });

  it('marks a free pack paid at once, with its invoice at 0 €', async () => {
    const c = await catalogue();
    const free = await createCatalogueItem(t.prisma, { year: YEAR, name: 'Pack découverte offert', priceExclCents: 0, categories: ['HOTEL'] });
    const p = await hotel();
    const result = (await p.asOwner.ok(SUBSCRIBE, { input: { organisationId: p.organisation.id, packId: free.id, optionIds: [], termsId: c.terms.id, acceptTerms: true, paymentChoice: 'TRANSFER' } })).subscribeToPack;
    expect(result.subscription).toMatchObject({ status: 'PAID', totalInclCents: 0, remainingCents: 0, payments: [] });
    expect(result.subscription.invoices).toEqual([expect.objectContaining({ kind: 'INVOICE', totalInclCents: 0 })]);
  });

  it('refuses an archived pack', async () => {
    const c = await catalogue();
    const archived = await createCatalogueItem(t.prisma, { year: YEAR, archivedAt: new Date(), categories: ['HOTEL'] });
    const p = await hotel();
    const result = await p.asOwner.request(SUBSCRIBE, { input: { organisationId: p.organisation.id, packId: archived.id, optionIds: [], termsId: c.terms.id, acceptTerms: true, paymentChoice: 'CHEQUE' } });
    expect(fieldErrors(result)).toEqual({ packId: 'Ce pack n’est plus proposé.' });
    expect(await t.prisma.subscription.count({ where: { organisationId: p.organisation.id } })).toBe(0);
  });

  it('refuses terms that are no longer the current ones', async () => {
    const c = await catalogue();
    const p = await hotel();
    await publishTerms(t.prisma, 'Article 1 — Nouvelle version des conditions générales de vente des packs.');
    const result = await p.asOwner.request(SUBSCRIBE, { input: { organisationId: p.organisation.id, packId: c.pack.id, optionIds: [], termsId: c.terms.id, acceptTerms: true, paymentChoice: 'CHEQUE' } });
    expect(fieldErrors(result)).toEqual({ termsId: 'Les conditions générales de vente ont changé\u00a0: relisez la nouvelle version et acceptez-la.' });
    expect(await t.prisma.subscription.count({ where: { organisationId: p.organisation.id } })).toBe(0);
  });

  it('refuses a second pack for the same year', async () => {
    const c = await catalogue();
    const p = await hotel();
    await subscribed(p, c);
    const result = await p.asOwner.request(SUBSCRIBE, { input: { organisationId: p.organisation.id, packId: c.pack.id, optionIds: [], termsId: c.terms.id, acceptTerms: true, paymentChoice: 'CHEQUE' } });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toBe('Votre organisation a déjà souscrit un pack pour cette année.');
    expect(await t.prisma.subscription.count({ where: { organisationId: p.organisation.id } })).toBe(1);
  });

  it('lets only an owner subscribe: a member is refused and nothing is saved', async () => {
    const c = await catalogue();
    const p = await hotel();
    const asMember = await signedInClient(t.baseUrl, p.member.email, PASSWORD);
    const result = await asMember.request(SUBSCRIBE, { input: { organisationId: p.organisation.id, packId: c.pack.id, optionIds: [], termsId: c.terms.id, acceptTerms: true, paymentChoice: 'CHEQUE' } });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(await t.prisma.subscription.count({ where: { organisationId: p.organisation.id } })).toBe(0);
    // …but the member sees the offer.
    expect((await asMember.ok(OFFER, { organisationId: p.organisation.id, year: YEAR })).packOffer.category).toBe('HOTEL');
  });

  it('shows « à renouveler » when last year’s pack was taken and this year’s is not, « à choisir » otherwise', async () => {
    const last = await catalogue(YEAR - 1);
    const p = await hotel();
    clock.set(`${YEAR - 1}-05-01T09:00:00Z`);
    try {
      await subscribed(p, last);
    } finally {
      clock.set(`${YEAR}-03-02T09:00:00Z`);
    }
    expect((await p.asOwner.ok(STATUS, { organisationId: p.organisation.id, year: YEAR })).packStatus.status).toBe('TO_RENEW');
    const fresh = await hotel();
    expect((await fresh.asOwner.ok(STATUS, { organisationId: fresh.organisation.id, year: YEAR })).packStatus.status).toBe('TO_CHOOSE');
  });
});

describe('staff recording offline payments', () => {
  it('records a partial payment, shows the remainder, then the last payment issues the invoice', async () => {
    const c = await catalogue();
    const p = await hotel();
    const { subscription } = await subscribed(p, c);
    const first = (await staff.ok(RECORD, { input: { subscriptionId: subscription.id, method: 'TRANSFER', amountCents: 40_000, receivedOn: `${YEAR}-03-01`, reference: 'VIR-001' } })).recordPackPayment;
    expect(first).toMatchObject({ status: 'AWAITING_PAYMENT', paidCents: 40_000, remainingCents: 36_843, invoices: [] });
    const second = (await staff.ok(RECORD, { input: { subscriptionId: subscription.id, method: 'CHEQUE', amountCents: 36_843, receivedOn: `${YEAR}-03-02`, reference: 'CHQ 1234567' } })).recordPackPayment;
    expect(second).toMatchObject({ status: 'PAID', paidCents: 76_843, remainingCents: 0 });
    expect(second.payments).toEqual([
      { method: 'TRANSFER', amountCents: 40_000, receivedOn: `${YEAR}-03-01`, reference: 'VIR-001' },
      { method: 'CHEQUE', amountCents: 36_843, receivedOn: `${YEAR}-03-02`, reference: 'CHQ 1234567' },
    ]);
    expect(second.invoices).toEqual([{ id: expect.any(String), kind: 'INVOICE', number: expect.stringMatching(new RegExp(`^F${YEAR}-\\d{4}$`)), issuedOn: `${YEAR}-03-02`, totalInclCents: 76_843, url: `/api/invoices/${second.invoices[0].id}/pdf` }]);
    expect((await p.asOwner.ok(STATUS, { organisationId: p.organisation.id, year: YEAR })).packStatus.status).toBe('PAID');
    expect(await t.prisma.auditEvent.count({ where: { action: 'payment.recordOffline', objectId: subscription.id } })).toBe(2);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a negative amount', { amountCents: -100 }, 'amountCents'],
    ['more than what remains', { amountCents: 76_844 }, 'amountCents'],
    ['a day in the future', { receivedOn: `${YEAR}-03-03` }, 'receivedOn'],
    ['a card payment by hand', { method: 'CARD' }, 'method'],
    ['a day that does not exist', { receivedOn: `${YEAR}-02-30` }, 'receivedOn'],
  ])('refuses %s and changes nothing', async (_case, change, field) => {
    const c = await catalogue();
    const p = await hotel();
    const { subscription } = await subscribed(p, c);
    const before = await counts();
    const result = await staff.request(RECORD, { input: { subscriptionId: subscription.id, method: 'TRANSFER', amountCents: 10_000, receivedOn: `${YEAR}-03-01`, reference: '', ...change } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldErrors(result))).toEqual([field]);
    expect(await counts()).toEqual(before);
    expect((await t.prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).paidCents).toBe(0);
  });

  it('refuses a payment once the subscription is paid', async () => {
    const c = await catalogue();
    const p = await hotel();
    const { subscription } = await subscribed(p, c);
    await staff.ok(RECORD, { input: { subscriptionId: subscription.id, method: 'TRANSFER', amountCents: 76_843, receivedOn: `${YEAR}-03-01`, reference: '' } });
    const result = await staff.request(RECORD, { input: { subscriptionId: subscription.id, method: 'TRANSFER', amountCents: 1, receivedOn: `${YEAR}-03-01`, reference: '' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(await t.prisma.payment.count({ where: { subscriptionId: subscription.id } })).toBe(1);
  });

  it('is staff work: a partner’s owner cannot record a payment on its own subscription', async () => {
    const c = await catalogue();
    const p = await hotel();
    const { subscription } = await subscribed(p, c);
    const result = await p.asOwner.request(RECORD, { input: { subscriptionId: subscription.id, method: 'TRANSFER', amountCents: 76_843, receivedOn: `${YEAR}-03-01`, reference: '' } });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(await t.prisma.payment.count({ where: { subscriptionId: subscription.id } })).toBe(0);
  });

  it('cancels an invoice with a credit note: both kept, the subscription cancelled, a new pack possible', async () => {
    const c = await catalogue();
    const p = await hotel();
    const { subscription } = await subscribed(p, c);
    const paid = (await staff.ok(RECORD, { input: { subscriptionId: subscription.id, method: 'TRANSFER', amountCents: 76_843, receivedOn: `${YEAR}-03-01`, reference: '' } })).recordPackPayment;
    const invoice = paid.invoices[0];
    const refused = await staff.request(CANCEL, { input: { invoiceId: invoice.id, reason: '' } });
    expect(fieldErrors(refused)).toEqual({ reason: 'Indiquez le motif de l’avoir (3 à 500 caractères).' });
    const cancelled = (await staff.ok(CANCEL, { input: { invoiceId: invoice.id, reason: 'Erreur de pack' } })).cancelPackInvoice;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.invoices).toEqual([
      expect.objectContaining({ kind: 'INVOICE', number: invoice.number, totalInclCents: 76_843 }),
      expect.objectContaining({ kind: 'CREDIT_NOTE', number: expect.stringMatching(new RegExp(`^AV${YEAR}-\\d{4}$`)), totalInclCents: -76_843 }),
    ]);
    const again = await staff.request(CANCEL, { input: { invoiceId: invoice.id, reason: 'Encore' } });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(await t.prisma.invoice.count({ where: { subscriptionId: subscription.id } })).toBe(2);
    await subscribed(p, c);
  });
});

describe('the office’s catalogue', () => {
  const fields = { year: YEAR, name: 'Pack Découverte', description: 'Une fiche et deux publications.', priceExclCents: 15_000, vatRateBp: 2000, categories: ['SHOP', 'ASSOCIATION'] };

  it('creates, edits in place while unsold, and versions once sold (the sold price never changes)', async () => {
    const created = (await staff.ok(CREATE_ITEM, { input: { ...fields, kind: 'PACK' } })).createCatalogueItem;
    expect(created).toMatchObject({ ...fields, kind: 'PACK', version: 1, sold: false, archived: false });
    const edited = (await staff.ok(UPDATE_ITEM, { input: { ...fields, id: created.id, priceExclCents: 16_000 } })).updateCatalogueItem;
    expect(edited).toMatchObject({ id: created.id, version: 1, priceExclCents: 16_000 });

    const shop = await createPartner(t.prisma, { category: 'SHOP' });
    const asShop = await signedInClient(t.baseUrl, shop.owner.email, PASSWORD);
    const terms = await currentTerms(t.prisma);
    const sold = (await asShop.ok(SUBSCRIBE, { input: { organisationId: shop.organisation.id, packId: created.id, optionIds: [], termsId: terms.id, acceptTerms: true, paymentChoice: 'CHEQUE' } })).subscribeToPack;
    expect(sold.subscription.totalExclCents).toBe(16_000);

    const versioned = (await staff.ok(UPDATE_ITEM, { input: { ...fields, id: created.id, priceExclCents: 18_000 } })).updateCatalogueItem;
    expect(versioned).toMatchObject({ lineageId: created.lineageId, version: 2, priceExclCents: 18_000, sold: false });
    expect(versioned.id).not.toBe(created.id);
    const old = await t.prisma.catalogueItem.findUniqueOrThrow({ where: { id: created.id } });
    expect(old).toMatchObject({ priceExclCents: 16_000, replacedAt: expect.any(Date) });
    const line = await t.prisma.subscriptionLine.findFirstOrThrow({ where: { subscriptionId: sold.subscription.id } });
    expect(line).toMatchObject({ catalogueItemId: created.id, unitPriceExclCents: 16_000 });

    // A partner whose page still shows version 1 is sold version 2, and told.
    const other = await createPartner(t.prisma, { category: 'ASSOCIATION' });
    const asOther = await signedInClient(t.baseUrl, other.owner.email, PASSWORD);
    const late = (await asOther.ok(SUBSCRIBE, { input: { organisationId: other.organisation.id, packId: created.id, optionIds: [], termsId: terms.id, acceptTerms: true, paymentChoice: 'CHEQUE', shownTotalInclCents: 19_200 } })).subscribeToPack;
    expect(late.subscription.totalExclCents).toBe(18_000);
    expect(late.subscription.lines[0].catalogueItemId).toBe(versioned.id);
    expect(late.priceNotice).toContain('216,00');
  });

  it('archives: an archived pack is no longer offered, and can be restored', async () => {
    const created = (await staff.ok(CREATE_ITEM, { input: { ...fields, kind: 'PACK', categories: ['CAMPSITE'] } })).createCatalogueItem;
    const camp = await hotel('CAMPSITE');
    const ids = async () => (await camp.asOwner.ok(OFFER, { organisationId: camp.organisation.id, year: YEAR })).packOffer.packs.map((i: { id: string }) => i.id);
    expect(await ids()).toContain(created.id);
    expect((await staff.ok(ARCHIVE, { id: created.id })).archiveCatalogueItem.archived).toBe(true);
    expect(await ids()).not.toContain(created.id);
    await staff.ok(ARCHIVE, { id: created.id, archived: false });
    expect(await ids()).toContain(created.id);
  });

  it('orders the year’s options, and refuses an order that forgets one', async () => {
    const year = 2041;
    const a = await createCatalogueItem(t.prisma, { year, kind: 'OPTION', name: 'A' });
    const b = await createCatalogueItem(t.prisma, { year, kind: 'OPTION', name: 'B' });
    const REORDER = `mutation($input: ReorderCatalogueInput!) { reorderCatalogue(input: $input) { id position } }`;
    const ordered = (await staff.ok(REORDER, { input: { year, kind: 'OPTION', ids: [b.id, a.id] } })).reorderCatalogue;
    expect(ordered).toEqual([{ id: b.id, position: 1 }, { id: a.id, position: 2 }]);
    const refused = await staff.request(REORDER, { input: { year, kind: 'OPTION', ids: [a.id] } });
    expect(Object.keys(fieldErrors(refused))).toEqual(['ids']);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a negative price', { priceExclCents: -1 }, 'priceExclCents'],
    ['an excessive price', { priceExclCents: 5_000_001 }, 'priceExclCents'],
    ['a VAT rate that does not exist', { vatRateBp: 1960 }, 'vatRateBp'],
    ['no category', { categories: [] }, 'categories'],
    ['a one-letter name', { name: 'P' }, 'name'],
  ])('refuses %s and creates nothing', async (_case, change, field) => {
    const before = await counts();
    const result = await staff.request(CREATE_ITEM, { input: { ...fields, kind: 'OPTION', ...change } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldErrors(result))).toEqual([field]);
    expect(await counts()).toEqual(before);
  });

  it('is office work: a partner cannot create, edit or list the catalogue', async () => {
    const p = await hotel();
    const before = await counts();
    expect(errorCode(await p.asOwner.request(CREATE_ITEM, { input: { ...fields, kind: 'PACK' } }))).toBe('FORBIDDEN');
    expect(errorCode(await p.asOwner.request(`query { catalogueItems(year: ${YEAR}) { id } }`))).toBe('FORBIDDEN');
    expect(errorCode(await p.asOwner.request(`mutation { publishTermsOfSale(body: "Article 1 — des conditions inventées par un partenaire.") { id } }`))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('publishes versioned terms of sale; too short a text is refused', async () => {
    const PUBLISH = `mutation($body: String!) { publishTermsOfSale(body: $body) { id version body } }`;
    const before = await t.prisma.termsOfSale.count();
    expect(fieldErrors(await staff.request(PUBLISH, { body: 'court' }))).toEqual({ body: 'Les conditions générales de vente doivent comporter au moins 20 caractères.' });
    const published = (await staff.ok(PUBLISH, { body: 'Article 1 — Objet. Les présentes conditions régissent la vente des packs.' })).publishTermsOfSale;
    expect(published.version).toBe((await t.prisma.termsOfSale.aggregate({ _max: { version: true } }))._max.version);
    expect(await t.prisma.termsOfSale.count()).toBe(before + 1);
    const versions = (await staff.ok(`query { termsOfSaleVersions { id version } }`)).termsOfSaleVersions;
    expect(versions[0].id).toBe(published.id);
  });
});
