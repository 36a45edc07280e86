import { ChangeDetectionStrategy, Component, type ElementRef, afterNextRender, computed, inject, Injector, input, signal, viewChild } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@extranet/domain/accounts';
import type { Observable } from 'rxjs';
import { Session } from '../auth/session';
import { type ApiError, toApiError } from '../shared/api-error';
import { organisationResource } from '../organisation/organisation-data';
import { InvitationsTable } from './invitations-table';
import { InviteForm } from './invite-form';
import { MembersTable } from './members-table';
import { type Member, TeamData, invitationsResource, membersResource } from './team-data';
import type { InvitationFieldsFragment } from './team.generated';

/** `/organisation/:id/equipe` — who works on this organisation's account, and invitations for more. */
@Component({
  selector: 'app-team',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatProgressBarModule, MembersTable, InvitationsTable, InviteForm],
  templateUrl: './team.html',
})
export class Team {
  private readonly session = inject(Session);
  private readonly team = inject(TeamData);
  private readonly injector = inject(Injector);
  private readonly failure = viewChild<ElementRef<HTMLElement>>('failure');

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  private readonly subject = computed(() => ({ organisationId: this.id() }));
  protected readonly canReadInvitations = computed(() =>
    can(this.session.actor(), 'invitations.read', this.subject()),
  );
  protected readonly canCancel = computed(() => can(this.session.actor(), 'invitation.cancel', this.subject()));
  protected readonly canRemove = computed(() => can(this.session.actor(), 'member.remove', this.subject()));
  protected readonly canResend = computed(() => {
    const actor = this.session.actor();
    const subject = this.subject();
    return (role: MembershipRole) =>
      can(actor, role === 'OWNER' ? 'invitation.createOwner' : 'invitation.createMember', subject);
  });

  protected readonly organisation = organisationResource(() => this.id());
  protected readonly members = membersResource(() => this.id());
  protected readonly invitations = invitationsResource(() =>
    this.canReadInvitations() ? this.id() : undefined,
  );

  protected readonly hasOwner = computed(() => (this.members.hasValue() ? this.members.value().some((m) => m.role === 'OWNER') : true));

  /**
   * Only the roles this user may hand out: owners invite colleagues. The office invites the owner
   * while the organisation has none (« Inviter le responsable »), then colleagues or another owner.
   */
  protected readonly invitableRoles = computed(() =>
    MEMBERSHIP_ROLES.filter((role) =>
      can(
        this.session.actor(),
        role === 'OWNER' ? 'invitation.createOwner' : 'invitation.createMember',
        this.subject(),
      ),
    ),
  );
  protected readonly invitesOwner = computed(() => !this.hasOwner() && this.invitableRoles().includes('OWNER'));
  protected readonly ownerRole: readonly MembershipRole[] = ['OWNER'];
  /** Once there is an owner: owners invite colleagues; the office may add a colleague or another owner (to replace one who leaves). */
  protected readonly colleagueRoles = computed(() => this.invitableRoles());

  protected readonly loadError = computed(() => {
    const error = this.organisation.error() ?? this.members.error();
    return error ? toApiError(error) : null;
  });
  protected readonly loading = computed(
    () => this.organisation.isLoading() || this.members.isLoading() || this.invitations.isLoading(),
  );

  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);

  protected cancelInvitation(invitation: InvitationFieldsFragment): void {
    if (!confirm(`Annuler l’invitation envoyée à ${invitation.email}\u00a0? Son lien ne fonctionnera plus.`)) {
      return;
    }
    this.run(this.team.cancelInvitation(this.id(), invitation.id), `L’invitation de ${invitation.email} est annulée.`);
  }

  protected resendInvitation(invitation: InvitationFieldsFragment): void {
    this.run(
      this.team.resendInvitation(invitation.id),
      `Invitation renvoyée à ${invitation.email}\u00a0: le nouveau lien est valable une semaine, l’ancien ne fonctionne plus.`,
    );
  }

  protected removeMember(member: Member): void {
    if (!confirm(`Retirer ${member.name} de l’équipe\u00a0? Son compte reste actif mais n’aura plus accès à cette organisation.`)) {
      return;
    }
    this.run(this.team.removeMember(this.id(), member.userId), `${member.name} ne fait plus partie de l’équipe.`);
  }

  private run(request: Observable<unknown>, success: string): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.done.set(null);
    this.actionError.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(success);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionError.set(toApiError(error));
        // The message may be far from the button: bring it into view and give it the focus.
        afterNextRender(
          {
            write: () => {
              const box = this.failure()?.nativeElement;
              box?.focus({ preventScroll: true });
              box?.scrollIntoView?.({ block: 'center' });
            },
          },
          { injector: this.injector },
        );
      },
    });
  }
}
