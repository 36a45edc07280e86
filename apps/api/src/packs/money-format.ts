import { formatEuros } from '@extranet/domain';

/** « 1 234,50 € » with ordinary spaces, for e-mails. */
export function euros(cents: number): string {
  return formatEuros(cents).replace(/[\u202f\u00a0]/g, ' ');
}
