// `@extranet/domain/notifications`: which e-mail links staff may read.
export * from './single-use-links.js';
