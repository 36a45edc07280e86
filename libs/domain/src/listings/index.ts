// `@extranet/domain/listings`: listing types and content, per-type validation, the field-by-field
// diff and review, word-level text diff, freshness.
export * from './listing-types.js';
export * from './listing.js';
export * from './listing-fields.js';
export * from './validate-listing.js';
export * from './listing-diff.js';
export * from './word-diff.js';
export * from './freshness.js';
export * from './change-request.js';
export * from './testing.js';
