// `@extranet/domain/packs`: service packs — money and VAT (per rate), catalogue validation and
// eligibility by partner category, subscription quotes, payments, invoice totals and numbering.
export * from './money.js';
export * from './catalogue.js';
export * from './invoice-totals.js';
export * from './subscription.js';
export * from './issued-invoice.js';
export * from './revenue.js';
