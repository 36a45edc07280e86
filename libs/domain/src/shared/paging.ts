import type { FieldError, Result } from './domain-error.js';

/** Upper bound promised by the security settings: no query returns more than 100 rows. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface Page {
  offset: number;
  limit: number;
}

export function validatePage({ offset, limit }: Page): Result<Page> {
  const errors: FieldError[] = [];
  if (!Number.isInteger(offset) || offset < 0) {
    errors.push({ field: 'page.offset', message: 'Le décalage doit être un entier positif ou nul.' });
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    errors.push({
      field: 'page.limit',
      message: `La taille de page doit être un entier entre 1 et ${MAX_PAGE_SIZE}.`,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { offset, limit } };
}
