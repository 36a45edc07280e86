// `@extranet/domain/accounts`: e-mail addresses, the password policy, roles, tokens, invitations.
export * from './email.js';
export * from './common-passwords.js';
export * from './password-policy.js';
export * from './roles.js';
export * from './tokens.js';
export * from './invitations.js';
