import type { Actor } from '../access/policy.js';
import { MASKED_LINK, maskSingleUseTokens, mayReadSingleUseLink } from './single-use-links.js';

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
  it('replaces every link carrying a token, whole, and nothing else', () => {
    const text = 'Ouvrez https://x.fr/invitation?token=Ab-9_z puis https://x.fr/reinitialiser?token=QQ.\nMerci : https://x.fr/';
    expect(maskSingleUseTokens(text)).toBe(`Ouvrez ${MASKED_LINK} puis ${MASKED_LINK}.\nMerci : https://x.fr/`);
  });
});
