import { inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { TypedDocumentNode } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { loaded } from '../shared/watched-query';
import {
  type InvitationFieldsFragment,
  InvitationsDocument,
  type InvitationsQuery,
  MembersDocument,
  type MembersQuery,
} from './team.generated';

export type Member = MembersQuery['members'][number];

/** The members of an organisation, or nothing while `organisationId()` is undefined. */
export function membersResource(organisationId: () => string | undefined) {
  return organisationListResource<MembersQuery, Member>(organisationId, MembersDocument, (data) => data.members);
}

/** The invitations of an organisation; pass undefined when the user may not read them. */
export function invitationsResource(organisationId: () => string | undefined) {
  return organisationListResource<InvitationsQuery, InvitationFieldsFragment>(
    organisationId,
    InvitationsDocument,
    (data) => data.invitations,
  );
}

/** A list that belongs to one organisation, watched in the Apollo cache. Call in an injection context. */
function organisationListResource<TData, TItem>(
  organisationId: () => string | undefined,
  query: TypedDocumentNode<TData, { organisationId: string }>,
  items: (data: TData) => TItem[],
) {
  const apollo = inject(Apollo);
  return rxResource({
    params: () => organisationId(),
    stream: ({ params }) =>
      apollo
        .watchQuery({ query, variables: { organisationId: params }, fetchPolicy: 'cache-and-network' })
        .valueChanges.pipe(loaded(items)),
  });
}
