// `@extranet/domain/organisations`: categories, legal forms, communes and the profile's rules.
export * from './categories.js';
export * from './legal-forms.js';
export * from './communes.js';
export * from './siret.js';
export * from './phone.js';
export * from './website.js';
export * from './organisation-profile.js';
export * from './organisation.js';
