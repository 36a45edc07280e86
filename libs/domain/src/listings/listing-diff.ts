import type { FieldError } from '../shared/domain-error.js';
import type { ListingContent } from './listing.js';
import { fieldsFor, getField, listingField, sameValue, setField } from './listing-fields.js';
import type { ListingType } from './listing-types.js';

/** One field of a change request: what the published listing had, and what the partner proposes. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** The fields that differ between two versions of a listing, in the form's order. */
export function diffListing(type: ListingType, before: ListingContent, after: ListingContent): FieldChange[] {
  return fieldsFor(type).flatMap(({ path }) => {
    const was = getField(before, path) ?? null;
    const is = getField(after, path) ?? null;
    return sameValue(was, is) ? [] : [{ path, before: was, after: is }];
  });
}

/** Why a partner may not propose these changes, or null: staff-only fields stay the office's. */
export function partnerChangeProblems(changes: readonly FieldChange[]): FieldError[] {
  return changes
    .filter(({ path }) => listingField(path)?.staffOnly)
    .map(({ path }) => ({ field: path, message: 'Ce champ est réservé à l’office de tourisme.' }));
}

export type FieldDecision = { path: string; decision: 'APPROVE'; correctedValue?: unknown } | { path: string; decision: 'REJECT' };

export type ReviewOutcome = 'APPROVED' | 'PARTIALLY_APPROVED' | 'REJECTED';

export interface ReviewResult {
  /** The listing as it will be published (the current one when everything is rejected). */
  content: ListingContent;
  outcome: ReviewOutcome;
  approved: string[];
  rejected: string[];
}

/**
 * Applies a review: every field of the request needs exactly one decision; approved fields take the
 * proposed value (or the staff's correction), rejected ones keep the published value. The caller
 * validates the result for the listing's type before saving it.
 */
export function applyReview(current: ListingContent, changes: readonly FieldChange[], decisions: readonly FieldDecision[]): { ok: true; value: ReviewResult } | { ok: false; errors: FieldError[] } {
  const byPath = new Map(decisions.map((d) => [d.path, d]));
  const errors: FieldError[] = [
    ...changes.filter((c) => !byPath.has(c.path)).map((c) => ({ field: c.path, message: `Décidez de ce champ\u00a0: ${listingField(c.path)?.label ?? c.path}.` })),
    ...decisions.filter((d) => !changes.some((c) => c.path === d.path)).map((d) => ({ field: d.path, message: 'Ce champ ne fait pas partie de la demande.' })),
  ];
  if (decisions.length !== byPath.size) errors.push({ field: 'decisions', message: 'Un champ a reçu deux décisions.' });
  if (errors.length) return { ok: false, errors };
  let content = current;
  const approved: string[] = [];
  const rejected: string[] = [];
  for (const change of changes) {
    const decision = byPath.get(change.path)!;
    if (decision.decision === 'REJECT') {
      rejected.push(change.path);
      continue;
    }
    approved.push(change.path);
    const value = 'correctedValue' in decision && decision.correctedValue !== undefined ? decision.correctedValue : change.after;
    content = setField(content, change.path, value);
  }
  const outcome: ReviewOutcome = rejected.length === 0 ? 'APPROVED' : approved.length === 0 ? 'REJECTED' : 'PARTIALLY_APPROVED';
  return { ok: true, value: { content, outcome, approved, rejected } };
}

/** The proposed listing: the published content with every change of the request applied. */
export function proposedContent(current: ListingContent, changes: readonly FieldChange[]): ListingContent {
  return changes.reduce((content, change) => setField(content, change.path, change.after), current);
}
