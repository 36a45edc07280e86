import { DomainError } from '@extranet/domain';
import type { DirectoryPosition } from './organisations.repository.js';

// An opaque cursor for the directory's deep pages: the sort key and id of the last organisation
// of a page, so the next page starts right after it whatever was added or removed before it.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_CURSOR_LENGTH = 1_000;
const invalid = () => DomainError.badInput([{ field: 'after', message: 'Curseur de page invalide : repartez de la première page.' }]);

export function encodeDirectoryCursor(position: DirectoryPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

/** The position a cursor names; BAD_USER_INPUT for anything this API did not write. */
export function decodeDirectoryCursor(cursor: string): DirectoryPosition {
  if (cursor.length > MAX_CURSOR_LENGTH) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(value) || value.length !== 2) throw invalid();
  const [key, id] = value as unknown[];
  if (typeof key !== 'string' || typeof id !== 'string' || !UUID.test(id) || key.includes('\u0000')) throw invalid();
  return { key, id };
}
