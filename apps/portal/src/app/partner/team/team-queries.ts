import { inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { filter, map } from 'rxjs';
import {
  type InvitationFieldsFragment,
  InvitationsDocument,
  MembersDocument,
  type MembersQuery,
} from './team.generated';

export type Member = MembersQuery['members'][number];

/** The members of an organisation, or nothing while `organisationId()` is undefined. */
export function membersResource(organisationId: () => string | undefined) {
  const apollo = inject(Apollo);
  return rxResource({
    params: () => organisationId(),
    stream: ({ params }) =>
      apollo
        .watchQuery({
          query: MembersDocument,
          variables: { organisationId: params },
          fetchPolicy: 'cache-and-network',
        })
        .valueChanges.pipe(
          map((result) => {
            if (result.error) {
              throw result.error;
            }
            return result.data?.members as Member[] | undefined;
          }),
          filter((members): members is Member[] => members !== undefined),
        ),
  });
}

/** The invitations of an organisation; pass undefined when the user may not read them. */
export function invitationsResource(organisationId: () => string | undefined) {
  const apollo = inject(Apollo);
  return rxResource({
    params: () => organisationId(),
    stream: ({ params }) =>
      apollo
        .watchQuery({
          query: InvitationsDocument,
          variables: { organisationId: params },
          fetchPolicy: 'cache-and-network',
        })
        .valueChanges.pipe(
          map((result) => {
            if (result.error) {
              throw result.error;
            }
            return result.data?.invitations as InvitationFieldsFragment[] | undefined;
          }),
          filter((invitations): invitations is InvitationFieldsFragment[] => invitations !== undefined),
        ),
  });
}
