import type { Owned } from '../access/policy.js';
import type { MembershipRole } from './roles.js';
import { singleLineProblem } from '../shared/text.js';

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'EXPIRED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** A person's name as typed on the invitation page, the same bounds in the portal and the API. */
export const PERSON_NAME_LENGTH = { min: 2, max: 120 } as const;

export interface Invitation extends Owned {
  id: string;
  email: string;
  role: MembershipRole;
  status: InvitationStatus;
  expiresAt: Date;
  createdAt: Date;
}

export interface Member extends Owned {
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
  active: boolean;
}

/** Accepted wins over expired: an invitation used in time stays accepted for ever. */
export function invitationStatus(invitation: { acceptedAt: Date | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'ACCEPTED';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'PENDING';
}

/** The French message for an unusable name on the invitation page, or null. */
export function personNameProblem(name: string): string | null {
  const lineProblem = singleLineProblem(name.trim());
  if (lineProblem) return lineProblem;
  const length = [...name.trim()].length;
  if (length < PERSON_NAME_LENGTH.min) return 'Saisissez votre nom et votre prénom.';
  if (length > PERSON_NAME_LENGTH.max) return `Le nom ne doit pas dépasser ${PERSON_NAME_LENGTH.max} caractères.`;
  return null;
}

/**
 * Why a colleague cannot be removed from an organisation, or null. An organisation always keeps
 * at least one owner: without one, nobody could invite or manage its team any more.
 */
export function memberRemovalProblem(members: readonly { userId: string; role: MembershipRole }[], userId: string): string | null {
  const target = members.find((m) => m.userId === userId);
  if (!target) return 'Cette personne ne fait pas partie de l’organisation.';
  if (target.role === 'OWNER' && members.filter((m) => m.role === 'OWNER').length === 1) {
    return 'L’organisation doit garder au moins un responsable : invitez-en un autre avant de retirer celui-ci.';
  }
  return null;
}

/** An invitation can be cancelled or sent again while nobody has used it (expired ones can be re-sent). */
export function invitationChangeProblem(status: InvitationStatus): string | null {
  return status === 'ACCEPTED' ? 'Cette invitation a déjà été acceptée : la personne fait partie de l’équipe.' : null;
}
