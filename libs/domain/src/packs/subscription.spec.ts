import type { CatalogueItem } from './catalogue.js';
import { formatEuros } from './money.js';
import {
  checkSubscriptionChoice,
  packYearStatus,
  paymentState,
  priceChangedMessage,
  renewalStepOn,
  SUBSCRIPTION_MESSAGES,
  validateOfflinePayment,
  type OfflinePaymentInput,
} from './subscription.js';

let n = 0;
function item(change: Partial<CatalogueItem> = {}): CatalogueItem {
  n += 1;
  return {
    id: `id-${n}`, lineageId: `l-${n}`, version: 1, kind: 'PACK', year: 2026, name: `Item ${n}`, description: '',
    priceExclCents: 45_000, vatRateBp: 2000, categories: ['HOTEL'], position: n, archived: false, ...change,
  };
}

describe('checkSubscriptionChoice', () => {
  it('quotes a hotel pack with two options: pack first, then options in catalogue order', () => {
    const pack = item();
    const photos = item({ kind: 'OPTION', name: 'Photos', priceExclCents: 12_000, position: 2 });
    const brochure = item({ kind: 'OPTION', name: 'Brochure', priceExclCents: 8_000, position: 1 });
    const result = checkSubscriptionChoice({ pack, options: [photos, brochure] }, 'HOTEL', 2026);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.lines.map((l) => l.label)).toEqual([`Pack 2026 — ${pack.name}`, 'Option 2026 — Brochure', 'Option 2026 — Photos']);
    expect(result.value.totals).toMatchObject({ totalExclCents: 65_000, totalVatCents: 13_000, totalInclCents: 78_000 });
  });

  it.each<[string, Partial<CatalogueItem>, Partial<CatalogueItem> | null, string, string]>([
    ['a pack for restaurants', { categories: ['RESTAURANT'] }, null, 'packId', SUBSCRIPTION_MESSAGES.packNotOffered],
    ['an archived pack', { archived: true }, null, 'packId', SUBSCRIPTION_MESSAGES.packArchived],
    ['last year’s pack', { year: 2025 }, null, 'packId', SUBSCRIPTION_MESSAGES.packNotOffered],
    ['an option as the pack', { kind: 'OPTION' }, null, 'packId', SUBSCRIPTION_MESSAGES.notAPack],
    ['an option for campsites', {}, { kind: 'OPTION', categories: ['CAMPSITE'] }, 'optionIds.0', SUBSCRIPTION_MESSAGES.optionNotOffered],
    ['an archived option', {}, { kind: 'OPTION', archived: true }, 'optionIds.0', SUBSCRIPTION_MESSAGES.optionNotOffered],
    ['a pack given as an option', {}, { kind: 'PACK' }, 'optionIds.0', SUBSCRIPTION_MESSAGES.optionNotOffered],
  ])('refuses %s', (_case, pack, option, field, message) => {
    const result = checkSubscriptionChoice({ pack: item(pack), options: option ? [item(option)] : [] }, 'HOTEL', 2026);
    expect(result).toEqual({ ok: false, errors: [{ field, message }] });
  });
});

describe('priceChangedMessage: the server’s figure wins', () => {
  it.each<[number | null, number, boolean]>([
    [null, 54_000, false],
    [54_000, 54_000, false],
    [50_000, 54_000, true],
  ])('shown %s, server %d → told: %s', (shown, server, told) => {
    const message = priceChangedMessage(shown, server, formatEuros);
    expect(message !== null).toBe(told);
    if (message) expect(message).toContain(formatEuros(server));
  });
});

describe('validateOfflinePayment', () => {
  const ok: OfflinePaymentInput = { method: 'TRANSFER', amountCents: 20_000, receivedOn: '2026-03-02', reference: ' VIR 123 ' };
  it('accepts a partial transfer and trims the reference', () => {
    expect(validateOfflinePayment(ok, 54_000, '2026-03-02')).toEqual({ ok: true, value: { ...ok, reference: 'VIR 123' } });
  });
  it.each<[string, Partial<OfflinePaymentInput>, number, string]>([
    ['a negative amount', { amountCents: -100 }, 54_000, 'amountCents'],
    ['zero', { amountCents: 0 }, 54_000, 'amountCents'],
    ['more than the remainder', { amountCents: 54_001 }, 54_000, 'amountCents'],
    ['anything once paid', { amountCents: 1 }, 0, 'amountCents'],
    ['euros with decimals', { amountCents: 100.5 }, 54_000, 'amountCents'],
    ['a card payment by hand', { method: 'CARD' }, 54_000, 'method'],
    ['a day in the future', { receivedOn: '2026-03-03' }, 54_000, 'receivedOn'],
    ['a day that does not exist', { receivedOn: '2026-02-30' }, 54_000, 'receivedOn'],
    ['a reference on two lines', { reference: 'a\nb' }, 54_000, 'reference'],
    ['a reference too long', { reference: 'x'.repeat(121) }, 54_000, 'reference'],
  ])('refuses %s', (_case, change, remaining, field) => {
    const result = validateOfflinePayment({ ...ok, ...change }, remaining, '2026-03-02');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual([field]);
  });
});

describe('paymentState', () => {
  it.each<[number, number, number, string]>([
    [54_000, 0, 54_000, 'AWAITING_PAYMENT'],
    [54_000, 20_000, 34_000, 'AWAITING_PAYMENT'],
    [54_000, 54_000, 0, 'PAID'],
    [0, 0, 0, 'PAID'],
  ])('total %d, paid %d → remainder %d, %s', (total, paid, remaining, status) => {
    expect(paymentState(total, paid)).toEqual({ remainingCents: remaining, status });
  });
});

describe('packYearStatus', () => {
  it.each<[string | null, string | null, string]>([
    [null, null, 'TO_CHOOSE'],
    [null, 'PAID', 'TO_RENEW'],
    [null, 'CANCELLED', 'TO_CHOOSE'],
    ['AWAITING_PAYMENT', 'PAID', 'AWAITING_PAYMENT'],
    ['PAID', null, 'PAID'],
    ['CANCELLED', 'PAID', 'TO_RENEW'],
  ])('this year %s, last year %s → %s', (current, previous, expected) => {
    expect(packYearStatus(current as never, previous as never)).toBe(expected);
  });
});

describe('renewalStepOn (packs end on 31 December)', () => {
  it.each<[string, number | null, number | null]>([
    ['2026-11-30', null, 31],
    ['2026-12-01', 30, 30],
    ['2026-12-15', 30, 16],
    ['2026-12-16', 15, 15],
    ['2026-12-23', 15, 8],
    ['2026-12-24', 7, 7],
    ['2026-12-31', 7, 0],
    ['2026-06-01', null, 213],
    ['2024-12-01', 30, 30],
  ])('%s → step %s', (today, step, daysLeft) => {
    const result = renewalStepOn(today);
    expect(result?.step ?? null).toBe(step);
    if (result) expect(result.daysLeft).toBe(daysLeft);
  });
});
