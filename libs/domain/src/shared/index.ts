// `@extranet/domain/shared`: error codes and their French messages, paging bounds.
export * from './domain-error.js';
export * from './paging.js';
export * from './text.js';
export * from './days.js';
