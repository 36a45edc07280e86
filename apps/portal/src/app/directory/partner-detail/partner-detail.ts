import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { MembershipRole } from '@extranet/domain/accounts';
import { OrganisationForm } from '../../organisation/organisation-form';
import { organisationResource } from '../../organisation/organisation-data';
import { InvitationsTable } from '../../team/invitations-table';
import { InviteForm } from '../../team/invite-form';
import { MembersTable } from '../../team/members-table';
import { invitationsResource, membersResource } from '../../team/team-data';
import { toApiError } from '../../shared/api-error';

/** `/partenaires/:id` — staff view of one partner: profile, people, and the owner's invitation. */
@Component({
  selector: 'app-partner-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatProgressBarModule, OrganisationForm, MembersTable, InvitationsTable, InviteForm],
  templateUrl: './partner-detail.html',
})
export class PartnerDetail {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly ownerRole: readonly MembershipRole[] = ['OWNER'];
  protected readonly organisation = organisationResource(() => this.id());
  protected readonly members = membersResource(() => this.id());
  protected readonly invitations = invitationsResource(() => this.id());
  /** « Inviter le responsable » only while the organisation has none (the owner then invites colleagues). */
  protected readonly hasOwner = computed(() => !this.members.hasValue() || this.members.value().some((m) => m.role === 'OWNER'));

  protected readonly loadError = computed(() => {
    const error = this.organisation.error();
    return error ? toApiError(error) : null;
  });
  protected readonly loading = computed(
    () => this.organisation.isLoading() || this.members.isLoading() || this.invitations.isLoading(),
  );
}
