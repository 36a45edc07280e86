// `@extranet/domain/listings`: listing types and content, per-type validation, the field-by-field
// diff and review, word-level text diff, freshness, Apidae import and export.
export * from './listing-types.js';
export * from './listing.js';
export * from './listing-fields.js';
export * from './validate-listing.js';
export * from './listing-diff.js';
export * from './word-diff.js';
export * from './freshness.js';
export * from './change-request.js';
export * from './apidae.js';
export * from './apidae-files.js';
export * from './testing.js';
