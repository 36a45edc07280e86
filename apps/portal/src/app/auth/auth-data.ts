import { Injectable, inject } from '@angular/core';
import type { Apollo } from 'apollo-angular';
import { type Observable, from, map, switchMap } from 'rxjs';
import { GraphQLClient } from '../graphql/graphql-client';
import { dataOf } from '../shared/watched-query';
import {
  AcceptInvitationDocument,
  InvitationPreviewDocument,
  type InvitationPreviewQuery,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  SignInDocument,
} from './auth.generated';
import { type CurrentUser, Session } from './session';

export type InvitationPreview = NonNullable<InvitationPreviewQuery['invitation']>;

/**
 * The requests of the signed-out pages. Signing out is the session's business (`Session.signOut`).
 * These pages render before Apollo is loaded (`GraphQLClient`): each request waits for it.
 */
@Injectable({ providedIn: 'root' })
export class AuthData {
  private readonly graphql = inject(GraphQLClient);
  private readonly session = inject(Session);

  private apollo(): Observable<Apollo> {
    return from(this.graphql.load());
  }

  /** Signs in; emits the user once the previous user's cached data is gone and the session knows the new one. */
  signIn(email: string, password: string): Observable<CurrentUser> {
    return this.apollo().pipe(
      switchMap((apollo) => apollo.mutate({ mutation: SignInDocument, variables: { input: { email, password } } })),
      dataOf(),
      switchMap((data) => this.startSession(data.signIn)),
    );
  }

  /** Always answers true, whether an account has this address or not. */
  requestPasswordReset(email: string): Observable<boolean> {
    return this.apollo().pipe(
      switchMap((apollo) => apollo.mutate({ mutation: RequestPasswordResetDocument, variables: { email } })),
      dataOf(),
      map((data) => data.requestPasswordReset),
    );
  }

  resetPassword(token: string, password: string): Observable<boolean> {
    return this.apollo().pipe(
      switchMap((apollo) => apollo.mutate({ mutation: ResetPasswordDocument, variables: { input: { token, password } } })),
      dataOf(),
      map((data) => data.resetPassword),
    );
  }

  /** What an invitation link offers; fails with the API's reason when the link cannot be used. */
  invitation(token: string): Observable<InvitationPreview | null> {
    return this.apollo().pipe(
      switchMap((apollo) =>
        apollo.query({ query: InvitationPreviewDocument, variables: { token }, fetchPolicy: 'network-only' }),
      ),
      map((result) => result.data?.invitation ?? null),
    );
  }

  /** Activates the account (or joins with an existing one) and signs it in, as `signIn` does. */
  acceptInvitation(token: string, name: string, password: string): Observable<CurrentUser> {
    return this.apollo().pipe(
      switchMap((apollo) =>
        apollo.mutate({ mutation: AcceptInvitationDocument, variables: { input: { token, name, password } } }),
      ),
      dataOf(),
      switchMap((data) => this.startSession(data.acceptInvitation)),
    );
  }

  private startSession(user: CurrentUser): Observable<CurrentUser> {
    return from(this.session.signedIn(user)).pipe(map(() => user));
  }
}
