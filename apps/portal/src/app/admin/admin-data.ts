import { Injectable, inject } from '@angular/core';
import type { Apollo } from 'apollo-angular';
import { type Observable, map } from 'rxjs';
import type { AuditFilter, GlobalRole } from '../graphql/types.generated';
import { dataOf } from '../shared/watched-query';
import { AdminSetGlobalRolesDocument, AdminUsersDocument, type AdminUsersQuery, AuditEventsDocument, type AuditEventsQuery } from './admin.generated';
import { APOLLO } from '../graphql/graphql-client';

export type AdminUserPage = AdminUsersQuery['adminUsers'];
export type AuditPage = AuditEventsQuery['auditEvents'];

@Injectable({ providedIn: 'root' })
export class AdminData {
  private readonly apollo = inject(APOLLO);

  users(search: string, offset: number, limit: number): Observable<AdminUserPage> {
    return this.apollo
      .query({ query: AdminUsersDocument, variables: { search: search || null, page: { offset, limit } }, fetchPolicy: 'network-only' })
      .pipe(dataOf(), map((data) => data.adminUsers));
  }

  setRoles(userId: string, roles: GlobalRole[]) {
    return this.apollo.mutate({ mutation: AdminSetGlobalRolesDocument, variables: { input: { userId, roles } } }).pipe(dataOf(), map((data) => data.setGlobalRoles));
  }

  audit(filter: AuditFilter, offset: number, limit: number): Observable<AuditPage> {
    return this.apollo
      .query({ query: AuditEventsDocument, variables: { filter, page: { offset, limit } }, fetchPolicy: 'network-only' })
      .pipe(dataOf(), map((data) => data.auditEvents));
  }
}
