import { computed, inject } from '@angular/core';
import { can, type Action } from '@extranet/domain/access';
import { Session } from '../auth/session';

/** The user's first organisation where it may do `action` (the pages act for one organisation, as the navigation does). */
export function currentOrganisation(action: Action) {
  const session = inject(Session);
  return computed(() => {
    const user = session.user();
    const actor = session.actor();
    // The office's own organisation is not a partner: staff act from the management pages.
    const membership = user?.memberships.find((m) => m.organisation.category !== 'TOURISM_OFFICE' && can(actor, action, { organisationId: m.organisation.id }));
    return membership ? { id: membership.organisation.id, name: membership.organisation.name } : null;
  });
}
