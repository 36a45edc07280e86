import type { Actor } from '../access/policy.js';
import { MASKED_TOKEN, maskSingleUseTokens, mayReadSingleUseLink } from './single-use-links.js';

const staff: Actor = { userId: 's', globalRoles: ['STAFF'], memberships: [] };
const admin: Actor = { userId: 'a', globalRoles: ['STAFF', 'ADMIN'], memberships: [] };

describe('mayReadSingleUseLink', () => {
  it.each([
    ['staff', staff, 'invitation', false, true],
    ['staff', staff, 'password-reset', false, false],
    ['staff', staff, 'welcome', false, true],
    ['staff', staff, 'invitation', true, false],
    ['staff', staff, 'welcome', true, true],
    ['admin', admin, 'password-reset', false, true],
    ['admin', admin, 'password-reset', true, false],
    ['admin', admin, 'invitation', true, false],
  ] as const)('%s reading a %s message (SMTP configured: %s) → %s', (_who, reader, template, smtp, expected) => {
    expect(mayReadSingleUseLink(reader, template, smtp)).toBe(expected);
  });
});

describe('maskSingleUseTokens', () => {
  it('replaces every token value and nothing else', () => {
    const text = 'Ouvrez https://x.fr/invitation?token=Ab-9_z puis https://x.fr/reinitialiser?token=QQ.\nMerci.';
    expect(maskSingleUseTokens(text)).toBe(`Ouvrez https://x.fr/invitation?${MASKED_TOKEN} puis https://x.fr/reinitialiser?${MASKED_TOKEN}.\nMerci.`);
  });
});
