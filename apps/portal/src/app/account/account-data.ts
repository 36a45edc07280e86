import { Injectable, inject } from '@angular/core';
import type { Apollo } from 'apollo-angular';
import { type Observable, map } from 'rxjs';
import { dataOf } from '../shared/watched-query';
import { MeDocument } from '../auth/auth.generated';
import { ChangePasswordDocument, ConfirmEmailChangeDocument, RequestEmailChangeDocument, UpdateMyNameDocument } from './account.generated';
import { APOLLO } from '../graphql/graphql-client';

/** The signed-in user's own account. */
@Injectable({ providedIn: 'root' })
export class AccountData {
  private readonly apollo = inject(APOLLO);

  /** Corrects the user's name; the header shows it at once (the cached user has the same id). */
  updateName(name: string): Observable<string> {
    return this.apollo.mutate({ mutation: UpdateMyNameDocument, variables: { input: { name } } }).pipe(
      dataOf(),
      map((data) => data.updateMyName.name),
    );
  }

  /** Sends the confirmation link to the new address; answers the address as the API wrote it. */
  requestEmailChange(newEmail: string, currentPassword: string): Observable<string> {
    return this.apollo
      .mutate({ mutation: RequestEmailChangeDocument, variables: { input: { newEmail, currentPassword } } })
      .pipe(
        dataOf(),
        map((data) => data.requestEmailChange),
      );
  }

  /** Follows the link; a signed-in header then shows the new address (the user is asked again). */
  confirmEmailChange(token: string): Observable<string> {
    return this.apollo
      .mutate({ mutation: ConfirmEmailChangeDocument, variables: { token }, refetchQueries: [{ query: MeDocument }] })
      .pipe(
        dataOf(),
        map((data) => data.confirmEmailChange),
      );
  }

  /** Also signs out every other session of the account. */
  changePassword(currentPassword: string, newPassword: string): Observable<boolean> {
    return this.apollo
      .mutate({ mutation: ChangePasswordDocument, variables: { input: { currentPassword, newPassword } } })
      .pipe(
        dataOf(),
        map((data) => data.changePassword),
      );
  }
}
