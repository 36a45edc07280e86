import { inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { filter, map } from 'rxjs';
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
      apollo.watchQuery({ query: OrganisationDocument, variables: { id: params } }).valueChanges.pipe(
        map((result) => {
          if (result.error) {
            throw result.error;
          }
          return result.data?.organisation as OrganisationFieldsFragment | undefined;
        }),
        filter((organisation): organisation is OrganisationFieldsFragment => organisation !== undefined),
      ),
  });
}
