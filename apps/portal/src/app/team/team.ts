import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { MEMBERSHIP_ROLES } from '@extranet/domain/accounts';
import { Session } from '../auth/session';
import { toApiError } from '../shared/api-error';
import { organisationResource } from '../organisation/organisation-data';
import { InvitationsTable } from './invitations-table';
import { InviteForm } from './invite-form';
import { MembersTable } from './members-table';
import { invitationsResource, membersResource } from './team-data';

/** `/organisation/:id/equipe` — who works on this organisation's account, and invitations for more. */
@Component({
  selector: 'app-team',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatProgressBarModule, MembersTable, InvitationsTable, InviteForm],
  templateUrl: './team.html',
})
export class Team {
  private readonly session = inject(Session);

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly subject = computed(() => ({ organisationId: this.id() }));
  protected readonly canReadInvitations = computed(() =>
    can(this.session.actor(), 'invitations.read', this.subject()),
  );
  /** Only the roles this user may hand out: owners invite colleagues, the office invites owners too. */
  protected readonly invitableRoles = computed(() =>
    MEMBERSHIP_ROLES.filter((role) =>
      can(
        this.session.actor(),
        role === 'OWNER' ? 'invitation.createOwner' : 'invitation.createMember',
        this.subject(),
      ),
    ),
  );

  protected readonly organisation = organisationResource(() => this.id());
  protected readonly members = membersResource(() => this.id());
  protected readonly invitations = invitationsResource(() =>
    this.canReadInvitations() ? this.id() : undefined,
  );

  protected readonly loadError = computed(() => {
    const error = this.organisation.error() ?? this.members.error();
    return error ? toApiError(error) : null;
  });
  protected readonly loading = computed(
    () => this.organisation.isLoading() || this.members.isLoading() || this.invitations.isLoading(),
  );
}
