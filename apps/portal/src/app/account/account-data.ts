import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { type Observable, map } from 'rxjs';
import { dataOf } from '../shared/watched-query';
import { ChangePasswordDocument } from './account.generated';

/** The signed-in user's own account. */
@Injectable({ providedIn: 'root' })
export class AccountData {
  private readonly apollo = inject(Apollo);

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
