// `@extranet/domain/tourist-tax`: categories, yearly tariffs and national bounds, the engine
// (per night and flat rate), periods and deadlines, declarations (validation, amount, anomalies),
// accommodations and payments.
export * from './categories.js';
export * from './money.js';
export * from './days.js';
export * from './tariffs.js';
export * from './calculate.js';
export * from './periods.js';
export * from './declaration.js';
export * from './accommodation.js';
export * from './payments.js';
export * from './statistics.js';
export * from './correction.js';
export * from './correction-request.js';
export * from './opening.js';
export * from './host-message.js';
