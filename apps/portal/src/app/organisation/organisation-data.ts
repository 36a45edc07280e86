import { Injectable, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { OrganisationProfile } from '@extranet/domain/organisations';
import type { Apollo } from 'apollo-angular';
import { type Observable, map } from 'rxjs';
import { dataOf, loaded } from '../shared/watched-query';
import {
  OrganisationDocument,
  type OrganisationFieldsFragment,
  UpdateOrganisationDocument,
} from './organisation.generated';
import { APOLLO } from '../graphql/graphql-client';

/** Reads and writes of an organisation's profile; the Apollo cache is where the profile lives. */
@Injectable({ providedIn: 'root' })
export class OrganisationData {
  private readonly apollo = inject(APOLLO);

  /** One organisation as the cache holds it: fetched once, then kept current by the writes below. */
  watch(id: string): Observable<OrganisationFieldsFragment> {
    return this.apollo
      .watchQuery({ query: OrganisationDocument, variables: { id } })
      .valueChanges.pipe(loaded((data): OrganisationFieldsFragment => data.organisation));
  }

  /** Asks the server for the profile as it is now; every page watching it follows. */
  reload(id: string): Observable<OrganisationFieldsFragment> {
    return this.apollo
      .query({ query: OrganisationDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(
        dataOf(),
        map((data) => data.organisation),
      );
  }

  /**
   * Saves a profile edited from `version` (the one the user loaded). When someone else saved in
   * between, the API answers CONFLICT and nothing is written.
   */
  update(id: string, version: number, profile: OrganisationProfile): Observable<OrganisationFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UpdateOrganisationDocument, variables: { id, input: { ...profile, version } } })
      .pipe(
        dataOf(),
        map((data) => data.updateOrganisation),
      );
  }
}

/** The organisation `id()` names, watched in the cache. Call in an injection context. */
export function organisationResource(id: () => string | undefined) {
  const organisations = inject(OrganisationData);
  return rxResource({
    params: () => id(),
    stream: ({ params }) => organisations.watch(params),
  });
}
