import { Injectable, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { TypedDocumentNode } from '@apollo/client';
import type { MembershipRole } from '@extranet/domain/accounts';
import type { Apollo } from 'apollo-angular';
import { type Observable, map } from 'rxjs';
import { dataOf, loaded } from '../shared/watched-query';
import {
  type InvitationFieldsFragment,
  InvitationsDocument,
  type InvitationsQuery,
  CancelInvitationDocument,
  InviteMemberDocument,
  MembersDocument,
  RemoveMemberDocument,
  ResendInvitationDocument,
  type MembersQuery,
} from './team.generated';
import { APOLLO } from '../graphql/graphql-client';

export type Member = MembersQuery['members'][number];

/** Reads and writes of an organisation's people: its members and the invitations sent to join it. */
@Injectable({ providedIn: 'root' })
export class TeamData {
  private readonly apollo = inject(APOLLO);

  members(organisationId: string): Observable<Member[]> {
    return this.watch(MembersDocument, organisationId, (data) => data.members);
  }

  invitations(organisationId: string): Observable<InvitationFieldsFragment[]> {
    return this.watch(InvitationsDocument, organisationId, (data) => data.invitations);
  }

  /** Sends an invitation by e-mail; it heads the organisation's list of invitations at once. */
  invite(organisationId: string, email: string, role: MembershipRole): Observable<InvitationFieldsFragment> {
    return this.apollo
      .mutate({
        mutation: InviteMemberDocument,
        variables: { input: { organisationId, email, role } },
        update: (cache, { data }) => {
          const invitation = data?.inviteMember;
          if (!invitation) {
            return;
          }
          cache.updateQuery({ query: InvitationsDocument, variables: { organisationId } }, (current) =>
            current
              ? { invitations: [invitation, ...current.invitations.filter((i) => i.id !== invitation.id)] }
              : current,
          );
        },
      })
      .pipe(
        dataOf(),
        map((data) => data.inviteMember),
      );
  }

  /** Withdraws an invitation; it leaves the organisation's list at once. */
  cancelInvitation(organisationId: string, id: string): Observable<boolean> {
    return this.apollo
      .mutate({
        mutation: CancelInvitationDocument,
        variables: { id },
        update: (cache) =>
          cache.updateQuery({ query: InvitationsDocument, variables: { organisationId } }, (current) =>
            current ? { invitations: current.invitations.filter((i) => i.id !== id) } : current,
          ),
      })
      .pipe(
        dataOf(),
        map((data) => data.cancelInvitation),
      );
  }

  /** Sends the invitation again with a new link; the list shows its new dates (same id, so the cache updates it). */
  resendInvitation(id: string): Observable<InvitationFieldsFragment> {
    return this.apollo.mutate({ mutation: ResendInvitationDocument, variables: { id } }).pipe(
      dataOf(),
      map((data) => data.resendInvitation),
    );
  }

  /** Takes a colleague off the team; they leave the list of members at once. */
  removeMember(organisationId: string, userId: string): Observable<boolean> {
    return this.apollo
      .mutate({
        mutation: RemoveMemberDocument,
        variables: { organisationId, userId },
        update: (cache) =>
          cache.updateQuery({ query: MembersDocument, variables: { organisationId } }, (current) =>
            current ? { members: current.members.filter((m) => m.userId !== userId) } : current,
          ),
      })
      .pipe(
        dataOf(),
        map((data) => data.removeMember),
      );
  }

  /** A list that belongs to one organisation, watched in the cache and refreshed from the server. */
  private watch<TData, TItem>(
    query: TypedDocumentNode<TData, { organisationId: string }>,
    organisationId: string,
    items: (data: TData) => TItem[],
  ): Observable<TItem[]> {
    return this.apollo
      .watchQuery({ query, variables: { organisationId }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(loaded(items));
  }
}

/** The members of an organisation, or nothing while `organisationId()` is undefined. Call in an injection context. */
export function membersResource(organisationId: () => string | undefined) {
  const team = inject(TeamData);
  return rxResource({ params: () => organisationId(), stream: ({ params }) => team.members(params) });
}

/** The invitations of an organisation; pass undefined when the user may not read them. Call in an injection context. */
export function invitationsResource(organisationId: () => string | undefined) {
  const team = inject(TeamData);
  return rxResource({ params: () => organisationId(), stream: ({ params }) => team.invitations(params) });
}
