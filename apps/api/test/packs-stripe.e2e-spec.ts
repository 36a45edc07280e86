// Online payment: the real Stripe SDK talks to a small local fake of the one endpoint used
// (POST /v1/checkout/sessions), which records what it received; webhooks are signed with
// stripe.webhooks.generateTestHeaderString from payloads shaped like Stripe's events. A subscription
// becomes paid only from a verified webhook, once, whatever the duplicates and the order.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import Stripe from 'stripe';
import { parseEnv } from '../src/config/env.js';
import { createPartner, PASSWORD } from './utils/factories.js';
import { errorCode, signedInClient } from './utils/graphql.js';
import { createCatalogueItem, currentTerms } from './utils/pack-factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { TestClock } from './utils/test-clock.js';

const SECRET_KEY = 'sk_test_fakeKeyForTheLocalServer';
const WEBHOOK_SECRET = 'whsec_testSecretForSignedPayloads';
const YEAR = 2030;
const SUBSCRIBE = `mutation($input: SubscribeInput!) { subscribeToPack(input: $input) { checkoutUrl priceNotice subscription { id status totalInclCents } } }`;
const SUB = `query($id: ID!) { packSubscription(id: $id) { id status paidCents remainingCents lastPaymentError payments { method amountCents reference } invoices { kind number } } }`;

interface Received {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  form: URLSearchParams;
}

let fake: Server;
let received: Received[] = [];
let sessionCounter = 0;
let t: TestApp;
let clock: TestClock;
const stripe = new Stripe(SECRET_KEY);

beforeAll(async () => {
  fake = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      received.push({ method: req.method!, path: req.url!, headers: req.headers, form });
      if (req.method === 'POST' && req.url === '/v1/checkout/sessions') {
        sessionCounter += 1;
        const id = `cs_test_fake${sessionCounter}`;
        res.writeHead(200, { 'content-type': 'application/json', 'request-id': `req_${sessionCounter}` });
        res.end(JSON.stringify({ id, object: 'checkout.session', mode: 'payment', status: 'open', payment_status: 'unpaid', amount_total: Number(form.get('line_items[0][price_data][unit_amount]')), currency: 'eur', url: `https://checkout.stripe.com/c/pay/${id}`, metadata: { subscriptionId: form.get('metadata[subscriptionId]') } }));
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { type: 'invalid_request_error', message: 'Unrecognized request URL' } }));
    });
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  const { port } = fake.address() as { port: number };
  t = await startTestApp({ STRIPE_SECRET_KEY: SECRET_KEY, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: `http://127.0.0.1:${port}` });
  clock = TestClock.of(t.app);
  clock.set(`${YEAR}-04-01T09:00:00Z`);
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => fake.close(resolve));
});
beforeEach(() => {
  received = [];
});

async function onlineSubscription() {
  const pack = await createCatalogueItem(t.prisma, { year: YEAR, priceExclCents: 45_000, categories: ['HOTEL'] });
  const partner = await createPartner(t.prisma, { category: 'HOTEL' });
  const asOwner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
  const terms = await currentTerms(t.prisma);
  const result = (await asOwner.ok(SUBSCRIBE, { input: { organisationId: partner.organisation.id, packId: pack.id, optionIds: [], termsId: terms.id, acceptTerms: true, paymentChoice: 'ONLINE' } })).subscribeToPack;
  const row = await t.prisma.subscription.findUniqueOrThrow({ where: { id: result.subscription.id } });
  return { ...partner, asOwner, result, sessionId: row.stripeSessionId!, subscriptionId: row.id };
}

let eventCounter = 0;
function event(type: string, session: Record<string, unknown>, id = `evt_test_${++eventCounter}_${Math.random().toString(36).slice(2, 8)}`) {
  return {
    id, object: 'event', api_version: '2025-10-29.clover', created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1,
    request: { id: null, idempotency_key: null }, type,
    data: { object: { object: 'checkout.session', mode: 'payment', currency: 'eur', status: 'complete', payment_status: 'paid', amount_total: 54_000, payment_intent: `pi_test_${eventCounter}`, metadata: {}, ...session } },
  };
}

async function send(payload: unknown, options: { timestamp?: number; tamper?: (body: string) => string } = {}) {
  const body = JSON.stringify(payload);
  const signature = stripe.webhooks.generateTestHeaderString({ payload: body, secret: WEBHOOK_SECRET, timestamp: options.timestamp ?? Math.floor(Date.now() / 1000) });
  return fetch(`${t.baseUrl}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: options.tamper ? options.tamper(body) : body });
}

async function state(subscriptionId: string) {
  const s = await t.prisma.subscription.findUniqueOrThrow({ where: { id: subscriptionId }, select: { status: true, paidCents: true, lastPaymentError: true, stripeSessionId: true } });
  return {
    ...s,
    payments: await t.prisma.payment.findMany({ where: { subscriptionId }, select: { method: true, amountCents: true, stripePaymentRef: true } }),
    invoices: await t.prisma.invoice.count({ where: { subscriptionId } }),
  };
}

describe('opening a Stripe Checkout session', () => {
  it('sends the server’s total, the subscription in metadata and an idempotency key; the partner gets the checkout address', async () => {
    const s = await onlineSubscription();
    expect(s.result.checkoutUrl).toBe(`https://checkout.stripe.com/c/pay/${s.sessionId}`);
    expect(s.result.subscription).toMatchObject({ status: 'AWAITING_PAYMENT', totalInclCents: 54_000 });
    const calls = received.filter((r) => r.path === '/v1/checkout/sessions');
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.method).toBe('POST');
    expect(call!.headers['authorization']).toBe(`Bearer ${SECRET_KEY}`);
    expect(call!.headers['idempotency-key']).toBe(`subscription-${s.subscriptionId}-checkout-1`);
    expect(Object.fromEntries(call!.form)).toMatchObject({
      mode: 'payment', locale: 'fr', client_reference_id: s.subscriptionId, customer_email: s.owner.email,
      'metadata[subscriptionId]': s.subscriptionId, 'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'eur', 'line_items[0][price_data][unit_amount]': '54000',
      success_url: `http://portal.test/packs?paiement=ok&souscription=${s.subscriptionId}`,
    });
    // The redirect back to the portal pays nothing: only a verified webhook does.
    expect((await state(s.subscriptionId)).status).toBe('AWAITING_PAYMENT');
  });

  it('opens a new session with a new idempotency key when the partner tries again', async () => {
    const s = await onlineSubscription();
    received = [];
    const url = (await s.asOwner.ok(`mutation($id: ID!) { startPackOnlinePayment(subscriptionId: $id) }`, { id: s.subscriptionId })).startPackOnlinePayment;
    expect(url).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_fake\d+$/);
    expect(received[0]!.headers['idempotency-key']).toBe(`subscription-${s.subscriptionId}-checkout-2`);
  });

  it('refuses to open one for another organisation’s subscription (404) and for a paid one', async () => {
    const s = await onlineSubscription();
    const other = await createPartner(t.prisma, { category: 'HOTEL' });
    const asOther = await signedInClient(t.baseUrl, other.owner.email, PASSWORD);
    received = [];
    expect(errorCode(await asOther.request(`mutation($id: ID!) { startPackOnlinePayment(subscriptionId: $id) }`, { id: s.subscriptionId }))).toBe('NOT_FOUND');
    await send(event('checkout.session.completed', { id: s.sessionId, amount_total: 54_000 }));
    expect(errorCode(await s.asOwner.request(`mutation($id: ID!) { startPackOnlinePayment(subscriptionId: $id) }`, { id: s.subscriptionId }))).toBe('CONFLICT');
    expect(received).toEqual([]);
  });
});

describe('the Stripe webhook', () => {
  it('marks the subscription paid once on checkout.session.completed, however often Stripe sends it', async () => {
    const s = await onlineSubscription();
    const completed = event('checkout.session.completed', { id: s.sessionId, payment_intent: `pi_${s.subscriptionId.slice(0, 8)}` });
    const first = await send(completed);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, outcome: 'paid' });
    const duplicate = await send(completed);
    expect(duplicate.status).toBe(200);
    expect(await duplicate.json()).toEqual({ received: true, outcome: 'duplicate' });
    // The same payment announced by another event id changes nothing either.
    expect(await (await send(event('checkout.session.completed', { id: s.sessionId, payment_intent: `pi_${s.subscriptionId.slice(0, 8)}` }))).json()).toMatchObject({ outcome: 'already fulfilled' });
    expect(await state(s.subscriptionId)).toMatchObject({ status: 'PAID', paidCents: 54_000, invoices: 1, payments: [{ method: 'CARD', amountCents: 54_000, stripePaymentRef: `pi_${s.subscriptionId.slice(0, 8)}` }] });
    const seen = await s.asOwner.ok(SUB, { id: s.subscriptionId });
    expect(seen.packSubscription.invoices).toEqual([{ kind: 'INVOICE', number: expect.stringMatching(/^F2030-\d{4}$/) }]);
    expect(await t.prisma.stripeEvent.count({ where: { id: completed.id } })).toBe(1);
  });

  it('refuses a tampered body or a stale signature with 400, and changes nothing', async () => {
    const s = await onlineSubscription();
    const before = await state(s.subscriptionId);
    const events = await t.prisma.stripeEvent.count();
    const tampered = await send(event('checkout.session.completed', { id: s.sessionId, amount_total: 1 }), { tamper: (b) => b.replace('"amount_total":1', '"amount_total":2') });
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Signature Stripe invalide ou expirée.' });
    const stale = await send(event('checkout.session.completed', { id: s.sessionId }), { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(stale.status).toBe(400);
    const unsigned = await fetch(`${t.baseUrl}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event('checkout.session.completed', { id: s.sessionId })) });
    expect(unsigned.status).toBe(400);
    expect(await state(s.subscriptionId)).toEqual(before);
    expect(await t.prisma.stripeEvent.count()).toBe(events);
  });

  it('ends in the same state when async_payment_succeeded arrives before completed (SEPA debit)', async () => {
    const s = await onlineSubscription();
    const ref = `pi_sepa_${s.subscriptionId.slice(0, 8)}`;
    expect(await (await send(event('checkout.session.async_payment_succeeded', { id: s.sessionId, payment_intent: ref }))).json()).toMatchObject({ outcome: 'paid' });
    expect(await (await send(event('checkout.session.completed', { id: s.sessionId, payment_intent: ref, payment_status: 'unpaid' }))).json()).toMatchObject({ outcome: 'awaiting async payment' });
    expect(await state(s.subscriptionId)).toMatchObject({ status: 'PAID', paidCents: 54_000, invoices: 1, payments: [{ method: 'SEPA_DEBIT', amountCents: 54_000 }] });

    // …and in the usual order, the same final state.
    const u = await onlineSubscription();
    const ref2 = `pi_sepa_${u.subscriptionId.slice(0, 8)}`;
    await send(event('checkout.session.completed', { id: u.sessionId, payment_intent: ref2, payment_status: 'unpaid' }));
    expect((await state(u.subscriptionId)).status).toBe('AWAITING_PAYMENT');
    await send(event('checkout.session.async_payment_succeeded', { id: u.sessionId, payment_intent: ref2 }));
    expect(await state(u.subscriptionId)).toMatchObject({ status: 'PAID', paidCents: 54_000, invoices: 1, payments: [{ method: 'SEPA_DEBIT', amountCents: 54_000 }] });
  });

  it('records a failed SEPA debit for the partner and forgets an expired session; neither pays', async () => {
    const s = await onlineSubscription();
    await send(event('checkout.session.async_payment_failed', { id: s.sessionId, payment_status: 'unpaid' }));
    const seen = (await s.asOwner.ok(SUB, { id: s.subscriptionId })).packSubscription;
    expect(seen).toMatchObject({ status: 'AWAITING_PAYMENT', paidCents: 0, lastPaymentError: expect.stringContaining('prélèvement SEPA a échoué') });
    await send(event('checkout.session.expired', { id: s.sessionId, status: 'expired', payment_status: 'unpaid' }));
    expect(await state(s.subscriptionId)).toMatchObject({ status: 'AWAITING_PAYMENT', stripeSessionId: null, payments: [], invoices: 0 });
  });

  it('acknowledges and ignores an unknown event type', async () => {
    const payload = { ...event('customer.created', {}), data: { object: { id: 'cus_test_1', object: 'customer' } } };
    const response = await send(payload);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, outcome: 'ignored' });
    expect(await t.prisma.stripeEvent.findUnique({ where: { id: payload.id } })).toMatchObject({ type: 'customer.created', outcome: 'ignored' });
  });

  it('acknowledges an event for an unknown session and changes nothing', async () => {
    const before = { payments: await t.prisma.payment.count(), invoices: await t.prisma.invoice.count(), paid: await t.prisma.subscription.count({ where: { status: 'PAID' } }) };
    const response = await send(event('checkout.session.completed', { id: 'cs_test_unknown', metadata: { subscriptionId: '00000000-0000-4000-8000-000000000000' } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, outcome: 'unknown session' });
    expect({ payments: await t.prisma.payment.count(), invoices: await t.prisma.invoice.count(), paid: await t.prisma.subscription.count({ where: { status: 'PAID' } }) }).toEqual(before);
  });
});

describe('configuration', () => {
  it.each<[Record<string, string>, boolean]>([
    [{}, true],
    [{ STRIPE_SECRET_KEY: SECRET_KEY, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET }, true],
    [{ STRIPE_SECRET_KEY: SECRET_KEY }, false],
    [{ STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET }, false],
    [{ STRIPE_SECRET_KEY: 'pk_test_publishable', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET }, false],
  ])('%j → valid: %s', (vars, valid) => {
    const parse = () => parseEnv({ NODE_ENV: 'test', ...vars });
    if (valid) expect(parse).not.toThrow();
    else expect(parse).toThrow(/STRIPE/);
  });

  it('shows online payment to partners when Stripe is configured', async () => {
    const partner = await createPartner(t.prisma, { category: 'HOTEL' });
    const asOwner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
    const offer = await asOwner.ok(`query($id: ID!) { packOffer(organisationId: $id) { onlinePayment } }`, { id: partner.organisation.id });
    expect(offer.packOffer.onlinePayment).toBe(true);
  });
});

it('keeps the webhook route out of the CSRF rule (Stripe sends no custom header) but never out of the signature check', async () => {
  const response = await fetch(`${t.baseUrl}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=abc' }, body: '{}' });
  expect(response.status).toBe(400);
});
