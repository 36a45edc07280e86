// Invoices: numbers allocated in the paying transaction (20 concurrent payments: no duplicate, no
// gap), the Factur-X PDF read back (its text and its embedded CII XML carry the same figures), and
// who may download it (the organisation's members and staff; anyone else gets a 404).
import { inflateSync } from 'node:zlib';
import { extractText, getDocumentProxy } from 'unpdf';
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { GraphQLClient, signedInClient } from './utils/graphql.js';
import { createCatalogueItem, currentTerms } from './utils/pack-factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';

const SUBSCRIBE = `mutation($input: SubscribeInput!) { subscribeToPack(input: $input) { subscription { id totalInclCents } } }`;
const RECORD = `mutation($input: RecordPaymentInput!) { recordPackPayment(input: $input) { id status invoices { id number url } } }`;

let t: TestApp;
let staff: GraphQLClient;
let clock: TestClock;
beforeAll(async () => {
  t = await startTestApp();
  clock = TestClock.of(t.app);
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
});
afterAll(() => t.close());

async function subscription(year: number, options: { siret?: string | null } = {}) {
  const pack = await createCatalogueItem(t.prisma, { year, name: 'Pack Hébergement', priceExclCents: 45_000, categories: ['HOTEL'] });
  const brochure = await createCatalogueItem(t.prisma, { year, kind: 'OPTION', name: 'Encart brochure', priceExclCents: 8_003, vatRateBp: 550, categories: ['HOTEL'] });
  const partner = await createPartner(t.prisma, { category: 'HOTEL', name: `Hôtel du Col de la Faucille ${Math.random().toString(36).slice(2, 7)}`, siret: options.siret ?? null });
  const asOwner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
  const terms = await currentTerms(t.prisma);
  const data = await asOwner.ok(SUBSCRIBE, { input: { organisationId: partner.organisation.id, packId: pack.id, optionIds: [brochure.id], termsId: terms.id, acceptTerms: true, paymentChoice: 'TRANSFER' } });
  return { ...partner, asOwner, subscription: data.subscribeToPack.subscription as { id: string; totalInclCents: number } };
}

const pay = (s: { id: string; totalInclCents: number }, receivedOn: string) =>
  staff.request(RECORD, { input: { subscriptionId: s.id, method: 'TRANSFER', amountCents: s.totalInclCents, receivedOn, reference: 'VIR' } });

async function download(client: GraphQLClient | null, url: string) {
  return fetch(`${t.baseUrl}${url}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
}

/** The CII XML embedded in a Factur-X PDF (a Flate-compressed embedded file stream). */
function embeddedXml(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      const xml = inflateSync(pdf.subarray(start, end)).toString('utf8');
      if (xml.includes('CrossIndustryInvoice')) return xml;
    } catch {
      // not a Flate stream
    }
  }
  throw new Error('no embedded CII XML');
}

it('gives 20 concurrent payments 20 different numbers, without a gap', async () => {
  const year = 2033;
  clock.set(`${year}-01-10T10:00:00Z`);
  const subscriptions = [];
  for (let i = 0; i < 20; i += 1) subscriptions.push((await subscription(year)).subscription);
  const results = await Promise.all(subscriptions.map((s) => pay(s, `${year}-01-10`)));
  expect(results.map((r) => r.errors ?? null)).toEqual(subscriptions.map(() => null));
  const invoices = await t.prisma.invoice.findMany({ where: { year, kind: 'INVOICE' }, select: { sequence: true, number: true } });
  expect(invoices.map((i) => i.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  expect(new Set(invoices.map((i) => i.number)).size).toBe(20);
  expect(await t.prisma.invoiceCounter.findUnique({ where: { kind_year: { kind: 'INVOICE', year } } })).toMatchObject({ last: 20 });
});

it('writes a Factur-X PDF whose text and embedded XML carry the same number, totals and VAT', async () => {
  const year = 2034;
  clock.set(`${year}-02-14T10:00:00Z`);
  const p = await subscription(year, { siret: '70004013240137' });
  const paid = (await pay(p.subscription, `${year}-02-14`)).data!.recordPackPayment as { invoices: { number: string; url: string }[] };
  const [invoice] = paid.invoices;
  const response = await download(p.asOwner, invoice!.url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${invoice!.number}.pdf"`);
  const pdf = Buffer.from(await response.arrayBuffer());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  const plain = text.replace(/[\u202f\u00a0]/g, ' ');
  // 450.00 at 20 % → 90.00; 80.03 at 5.5 % → 4.40 (4.40165, VAT per rate); 530.03 + 94.40 = 624.43.
  for (const expected of [
    `FACTURE N° ${invoice!.number}`, 'Date : 14/02/2034', 'SIRET 70004013240137', 'TVA intracommunautaire FR83700040132',
    'TVA 20 % sur 450,00 € : 90,00 €', 'TVA 5,5 % sur 80,03 € : 4,40 €', 'Total HT : 530,03 €', 'Total TVA : 94,40 €', 'Total TTC : 624,43 €',
    '40 €', 'pénalités', 'Payée le 14/02/2034',
  ]) expect(plain).toContain(expected);

  const xml = embeddedXml(pdf);
  expect(xml).toContain(`<ram:ID>${invoice!.number}</ram:ID>`);
  expect(xml).toContain('<ram:ID>urn:cen.eu:en16931:2017</ram:ID>');
  expect(xml).toContain('<ram:TypeCode>380</ram:TypeCode>');
  expect(xml).toMatch(/<ram:TaxBasisTotalAmount>530\.03<\/ram:TaxBasisTotalAmount>/);
  expect(xml).toMatch(/<ram:TaxTotalAmount currencyID="EUR">94\.40<\/ram:TaxTotalAmount>/);
  expect(xml).toMatch(/<ram:GrandTotalAmount>624\.43<\/ram:GrandTotalAmount>/);
  expect(xml).toMatch(/<ram:CalculatedAmount>90\.00<\/ram:CalculatedAmount>[\s\S]*<ram:BasisAmount>450\.00<\/ram:BasisAmount>[\s\S]*<ram:RateApplicablePercent>20<\/ram:RateApplicablePercent>/);
  expect(xml).toMatch(/<ram:CalculatedAmount>4\.40<\/ram:CalculatedAmount>[\s\S]*<ram:BasisAmount>80\.03<\/ram:BasisAmount>[\s\S]*<ram:RateApplicablePercent>5\.5<\/ram:RateApplicablePercent>/);
  expect(xml).toContain('70004013240137');
});

it('lets the organisation’s members and staff download an invoice; anyone else gets a 404 or must sign in', async () => {
  const year = 2035;
  clock.set(`${year}-03-01T10:00:00Z`);
  const p = await subscription(year);
  const url = ((await pay(p.subscription, `${year}-03-01`)).data!.recordPackPayment as { invoices: { url: string }[] }).invoices[0]!.url;
  const asMember = await signedInClient(t.baseUrl, p.member.email, PASSWORD);
  const other = await createPartner(t.prisma);
  const asOther = await signedInClient(t.baseUrl, other.owner.email, PASSWORD);

  expect((await download(asMember, url)).status).toBe(200);
  expect((await download(staff, url)).status).toBe(200);
  const foreign = await download(asOther, url);
  expect(foreign.status).toBe(404);
  expect(await foreign.json()).toMatchObject({ code: 'NOT_FOUND' });
  expect((await download(asOther, '/api/invoices/00000000-0000-4000-8000-000000000000/pdf')).status).toBe(404);
  expect((await download(asOther, '/api/invoices/pas-un-id/pdf')).status).toBe(404);
  expect((await download(null, url)).status).toBe(401);
});
