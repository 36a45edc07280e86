import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { MEMBERSHIP_ROLE_LABELS } from '@extranet/domain/accounts';
import { CATEGORY_LABELS } from '@extranet/domain/organisations';
import { Session } from '../auth/session';
import { CommitteeTodo } from '../committee/committee-todo';
import { MailTodo } from './mail-todo';
import { ListingTodo } from '../listings/listing-todo/listing-todo';
import { RelationsTodo } from '../relations/relations-todo';
import { ReviewSummary } from '../review/review-summary';
import { TaxStaffSummary, TaxTodo } from '../tourist-tax/tax-todo';
import { PackTodo } from '../packs/pack-todo';
import { PacksSummaryCard } from '../packs/packs-summary-card';

/**
 * `/` — the partner's organisations, each with a way to its profile, its listings and its team, and
 * what its listings need; for the office, the review queue at a glance.
 */
@Component({
  selector: 'app-home',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatCardModule, ListingTodo, ReviewSummary, CommitteeTodo, TaxTodo, TaxStaffSummary, PackTodo, PacksSummaryCard, RelationsTodo, MailTodo],
  templateUrl: './home.html',
  styleUrl: './home.scss',
})
export class Home {
  private readonly session = inject(Session);

  protected readonly user = this.session.user;
  protected readonly cards = computed(() => {
    const user = this.session.user();
    const actor = this.session.actor();
    if (!user) {
      return [];
    }
    return user.memberships.map(({ role, organisation }) => {
      const subject = { organisationId: organisation.id };
      return {
        id: organisation.id,
        name: organisation.name,
        category: CATEGORY_LABELS[organisation.category],
        role: MEMBERSHIP_ROLE_LABELS[role],
        canEdit: can(actor, 'organisation.update', subject),
        canSeeTeam: can(actor, 'members.read', subject),
        canSeeListings: can(actor, 'listing.read', subject),
        canSeeTax: can(actor, 'touristTax.read', subject) && organisation.category !== 'TOURISM_OFFICE',
      };
    });
  });
  protected readonly isStaff = computed(() => can(this.session.actor(), 'organisation.list'));
  protected readonly canReview = computed(() => can(this.session.actor(), 'changeRequest.review'));
  protected readonly canReadOutbox = computed(() => can(this.session.actor(), 'outbox.read'));
  protected readonly canReadCommittee = computed(() => can(this.session.actor(), 'committee.read'));
  /** A committee member who is no partner: the home is their committee area, not a partner's. */
  protected readonly committeeOnly = computed(() => this.canReadCommittee() && this.cards().length === 0 && !this.isStaff());
  protected readonly seesPacksSummary = computed(() => can(this.session.actor(), 'subscription.list'));
  /** The partner organisations whose pack for the year the home shows. */
  protected readonly packTodos = computed(() =>
    this.seesPacksSummary() ? [] : this.cards().filter((card) => can(this.session.actor(), 'subscription.read', { organisationId: card.id })),
  );
  /** The organisations whose listings' to-do the home shows. */
  protected readonly todos = computed(() => this.cards().filter((card) => card.canSeeListings));
  protected readonly taxTodos = computed(() => this.cards().filter((card) => card.canSeeTax));
  protected readonly canFollowTax = computed(() => can(this.session.actor(), 'touristTax.followUp'));
}
