import type { FieldDecisionInput, ListingFieldKind } from '../graphql/types.generated';

/** What staff choose for one field: take it, take it corrected, or leave the published value. */
export type DecisionChoice = 'APPROVE' | 'CORRECT' | 'REJECT';

export interface ChangeToDecide {
  path: string;
  kind: ListingFieldKind;
  after: unknown;
}

export interface DecisionDraft {
  choice: DecisionChoice | null;
  /** The corrected text, for a text field. */
  corrected: string;
}

/** Only texts can be corrected in place; structured values are approved or rejected whole. */
export function isCorrectable(kind: ListingFieldKind): boolean {
  return kind === 'text' || kind === 'longText';
}

/** The text a correction starts from: the proposed value. */
export function proposedText(change: ChangeToDecide): string {
  return typeof change.after === 'string' ? change.after : '';
}

/**
 * The decisions the API expects, one per change in the request's order. A correction identical to
 * the proposal is a plain approval. Throws on an undecided field (the page checks them first).
 */
export function buildDecisions(changes: readonly ChangeToDecide[], drafts: readonly DecisionDraft[]): FieldDecisionInput[] {
  return changes.map((change, index) => {
    const draft = drafts[index];
    if (!draft?.choice) {
      throw new Error(`No decision for ${change.path}`);
    }
    if (draft.choice === 'REJECT') {
      return { path: change.path, decision: 'REJECT' };
    }
    if (draft.choice === 'CORRECT' && isCorrectable(change.kind) && draft.corrected !== proposedText(change)) {
      return { path: change.path, decision: 'APPROVE', correctedValue: draft.corrected };
    }
    return { path: change.path, decision: 'APPROVE' };
  });
}

/** « Tout valider »: every field as proposed. */
export function approveAll(changes: readonly ChangeToDecide[]): FieldDecisionInput[] {
  return changes.map((change) => ({ path: change.path, decision: 'APPROVE' }));
}
