import { PARTNER_CATEGORIES } from './categories.js';
import { directoryCategories } from './organisation.js';

describe('directoryCategories', () => {
  it('lists every partner category, and not the office, when no category is asked for', () => {
    expect(directoryCategories(null)).toEqual(PARTNER_CATEGORIES);
    expect(directoryCategories(undefined)).not.toContain('TOURISM_OFFICE');
  });

  it.each(['HOTEL', 'TOURISM_OFFICE'] as const)('lists only %s when asked for it', (category) => {
    expect(directoryCategories(category)).toEqual([category]);
  });
});
