export * from './shared/domain-error.js';
export * from './shared/paging.js';

export * from './organisations/categories.js';
export * from './organisations/legal-forms.js';
export * from './organisations/communes.js';
export * from './organisations/siret.js';
export * from './organisations/phone.js';
export * from './organisations/website.js';
export * from './organisations/organisation-profile.js';
export * from './organisations/organisation.js';

export * from './accounts/email.js';
export * from './accounts/common-passwords.js';
export * from './accounts/password-policy.js';
export * from './accounts/roles.js';
export * from './accounts/tokens.js';
export * from './accounts/invitations.js';

export * from './access/policy.js';
export * from './notifications/single-use-links.js';
