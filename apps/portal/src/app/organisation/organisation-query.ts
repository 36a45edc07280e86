import { inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { loaded } from '../shared/watched-query';
import { OrganisationDocument, type OrganisationFieldsFragment } from './organisation.generated';

/**
 * Watches one organisation in the Apollo cache (fetched once, then kept current by mutations).
 * Call in an injection context; the resource follows `id()`.
 */
export function organisationResource(id: () => string | undefined) {
  const apollo = inject(Apollo);
  return rxResource({
    params: () => id(),
    stream: ({ params }) =>
      apollo
        .watchQuery({ query: OrganisationDocument, variables: { id: params } })
        .valueChanges.pipe(loaded((data): OrganisationFieldsFragment => data.organisation)),
  });
}
