// `@extranet/domain/access`: who may do what, shared by the API and the portal.
export * from './policy.js';
