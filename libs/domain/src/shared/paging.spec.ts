import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, validatePage } from './paging.js';

describe('validatePage', () => {
  it.each([
    [0, 1],
    [0, DEFAULT_PAGE_SIZE],
    [40, MAX_PAGE_SIZE],
    [1_000_000, 50],
  ])('accepts offset %d, limit %d', (offset, limit) => {
    expect(validatePage({ offset, limit })).toEqual({ ok: true, value: { offset, limit } });
  });

  it.each([
    [-1, 20, ['page.offset']],
    [1.5, 20, ['page.offset']],
    [Number.NaN, 20, ['page.offset']],
    [0, 0, ['page.limit']],
    [0, 101, ['page.limit']],
    [0, 2.5, ['page.limit']],
    [-5, 500, ['page.offset', 'page.limit']],
  ])('refuses offset %d, limit %d', (offset, limit, fields) => {
    const result = validatePage({ offset, limit });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(fields);
  });
});
