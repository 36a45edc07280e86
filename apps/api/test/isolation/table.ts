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
  /**
   * The committee role may call it without an organisation (news targeted to the committee): a
   * committee member then gets NOT_FOUND on an id that is not addressed to it, not FORBIDDEN.
   */
  committeeCalls?: boolean;
}

/**
 * An operation on the technical committee's data, which belongs to no organisation: committee
 * members and staff use it; partners who are not members get NOT_FOUND (as if nothing existed),
 * anonymous callers UNAUTHENTICATED. The office's committee work (`committee.manage`) is listed
 * in `globalOperations` instead.
 */
export interface CommitteeOperation {
  name: string;
  /** A key of some feature's `committeeObjects` when the operation takes an id. */
  object?: string;
  query: string;
  variables?: (id: string) => Record<string, unknown>;
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
  /** How the office gets one committee object of each kind (no organisation owns them); returns its id. */
  committeeObjects?: Record<string, (prisma: PrismaClient) => Promise<string>>;
  /** Every operation that reads the committee's data or records a member's own answer. */
  committeeOperations?: CommitteeOperation[];
  /** Operations on the caller's own account (@SignedIn). */
  selfOperations?: [name: string, query: string, variables: Record<string, unknown>][];
  /** Operations meant to work without a session (checked by the feature's own tests). */
  publicOperations?: string[];
}
