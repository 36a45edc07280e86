import { INVITATION_TTL_MS, PASSWORD_RESET_TTL_MS, isTokenUsable, tokenExpiry } from './tokens.js';

const issuedAt = new Date('2025-06-01T10:00:00Z');
const expiresAt = tokenExpiry(issuedAt, PASSWORD_RESET_TTL_MS);

describe('token lifetimes', () => {
  it.each([
    ['invitation', INVITATION_TTL_MS, '2025-06-08T10:00:00.000Z'],
    ['password reset', PASSWORD_RESET_TTL_MS, '2025-06-01T11:00:00.000Z'],
  ])('%s expires at %s', (_kind, ttl, expected) => {
    expect(tokenExpiry(issuedAt, ttl).toISOString()).toBe(expected);
  });
});

describe('isTokenUsable', () => {
  it.each<[string, Date | null | undefined, string, boolean]>([
    ['fresh and unused', null, '2025-06-01T10:30:00Z', true],
    ['usedAt undefined', undefined, '2025-06-01T10:59:59.999Z', true],
    ['exactly at expiry', null, '2025-06-01T11:00:00Z', false],
    ['after expiry', null, '2025-06-02T10:00:00Z', false],
    ['already used', new Date('2025-06-01T10:10:00Z'), '2025-06-01T10:30:00Z', false],
  ])('%s -> %p', (_case, usedAt, now, expected) => {
    expect(isTokenUsable({ expiresAt, usedAt }, new Date(now))).toBe(expected);
  });
});
