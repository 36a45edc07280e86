import type { Owned } from '../access/policy.js';
import type { FieldChange, FieldDecision } from './listing-diff.js';
import type { ListingType } from './listing-types.js';

export const CHANGE_REQUEST_STATUSES = ['OPEN', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'SENT_BACK', 'WITHDRAWN'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

export const CHANGE_REQUEST_STATUS_LABELS: Readonly<Record<ChangeRequestStatus, string>> = {
  OPEN: 'En attente de validation',
  APPROVED: 'Validée',
  PARTIALLY_APPROVED: 'Validée en partie',
  REJECTED: 'Refusée',
  SENT_BACK: 'À compléter',
  WITHDRAWN: 'Retirée',
};

export interface ChangeRequest extends Owned {
  id: string;
  /** Null for a proposed new listing. */
  listingId: string | null;
  type: ListingType;
  listingName: string;
  communeCode: string;
  changes: FieldChange[];
  baseVersion: number | null;
  status: ChangeRequestStatus;
  version: number;
  submittedById: string | null;
  submittedAt: Date;
  reviewedById: string | null;
  reviewedAt: Date | null;
  decisions: FieldDecision[] | null;
  comment: string | null;
}

/** Only an open request can be edited, withdrawn or reviewed; a decided one is history. */
export function isOpen(request: Pick<ChangeRequest, 'status'>): boolean {
  return request.status === 'OPEN';
}

export const REVIEW_COMMENT_MAX_LENGTH = 2000;

/** Why a review cannot be recorded as asked, or null: sending back or rejecting needs a reason. */
export function reviewCommentProblem(kind: 'SEND_BACK' | 'DECIDE', rejectedCount: number, comment: string): string | null {
  const length = [...comment.trim()].length;
  if (length > REVIEW_COMMENT_MAX_LENGTH) return `Le commentaire ne doit pas dépasser ${REVIEW_COMMENT_MAX_LENGTH} caractères.`;
  if (kind === 'SEND_BACK' && length === 0) return 'Dites au partenaire ce qu’il doit compléter.';
  if (kind === 'DECIDE' && rejectedCount > 0 && length === 0) return 'Expliquez au partenaire pourquoi un champ est refusé.';
  return null;
}
