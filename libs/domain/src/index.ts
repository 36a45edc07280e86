// Everything, for the API. The portal imports each area by its subpath (`@extranet/domain/access`…)
// so that a page's chunk carries only the rules it uses.
export * from './shared/index.js';
export * from './organisations/index.js';
export * from './accounts/index.js';
export * from './access/index.js';
export * from './notifications/index.js';
export * from './listings/index.js';
export * from './tourist-tax/index.js';
export * from './packs/index.js';
export * from './committee/index.js';
export * from './relations/index.js';
