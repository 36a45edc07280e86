// The shape of one feature's rows in the isolation test (isolation.e2e-spec.ts). Each feature has
// its own file beside this one and is listed in index.ts; the test runs every row the same way.
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import type { createPartner } from '../utils/factories.js';

export type Partner = Awaited<ReturnType<typeof createPartner>>;

export interface TenantOperation {
  name: string;
  /** The kind of object whose id the operation takes (a key of some feature's `foreignObjects`). */
  object: string;
  query: string;
  variables: (id: string) => Record<string, unknown>;
}

export interface IsolationTable {
  /** How partner B gets one object of each kind this feature adds; returns its id. */
  foreignObjects?: Record<string, (prisma: PrismaClient, b: Partner) => Promise<string>>;
  /** Texts of B's objects that must never appear in an answer to A (names, references…). */
  secrets?: string[];
  /** Every operation that takes the id of a tenant object. */
  tenantOperations?: TenantOperation[];
  /** Operations declared with a global action (@Allow): the office's, refused to partners. */
  globalOperations?: [name: string, action: string, query: string][];
  /** Operations on the caller's own account (@SignedIn). */
  selfOperations?: [name: string, query: string, variables: Record<string, unknown>][];
  /** Operations meant to work without a session (checked by the feature's own tests). */
  publicOperations?: string[];
}
