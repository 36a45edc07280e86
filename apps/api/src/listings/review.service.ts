import { Injectable } from '@nestjs/common';
import {
  applyReview,
  CHANGE_REQUEST_STATUS_LABELS,
  DomainError,
  emptyListingContent,
  isOpen,
  listingField,
  reviewCommentProblem,
  validateListing,
  type FieldDecision,
  type Page,
} from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { Clock } from '../common/clock.js';
import { MailService } from '../mail/mail.service.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { ChangeRequestsRepository, type ChangeRequestView, type QueueFilter } from './change-requests.repository.js';
import { ListingsRepository } from './listings.repository.js';
import { LISTING_CHANGED, ListingsService } from './listings.service.js';

export const ALREADY_REVIEWED = 'Cette demande vient d’être traitée par quelqu’un d’autre : rechargez la file.';

export interface ReviewInput {
  id: string;
  /** The request version the reviewer saw. */
  version: number;
  decisions: FieldDecision[];
  comment: string;
  /** Send it back to the partner to complete, deciding nothing. */
  sendBack: boolean;
}

/** What the office does with change requests: the queue, and the field-by-field decision. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly requests: ChangeRequestsRepository,
    private readonly listings: ListingsRepository,
    private readonly listingsService: ListingsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async queue(user: SessionUser, filter: QueueFilter, page: Page) {
    await this.access.check(user, 'changeRequest.review');
    return { ...(await this.requests.queue(filter, page, this.clock.now())), ...page };
  }

  async summary(user: SessionUser) {
    await this.access.check(user, 'changeRequest.review');
    return this.requests.summary();
  }

  /**
   * Applies a review in one transaction: the request is claimed by its version (of two reviewers,
   * exactly one succeeds), the listing is published only if it is still the version the partner
   * edited, and the partner's e-mail is queued with the decision.
   */
  review(user: SessionUser, input: ReviewInput): Promise<ChangeRequestView> {
    return this.tx.run(async () => {
      const request = await this.access.load(user, 'changeRequest.review', { type: 'changeRequest', id: input.id }, (scope) => this.requests.findById(input.id, scope));
      if (!isOpen(request) || request.version !== input.version) throw DomainError.conflict(ALREADY_REVIEWED);
      const comment = input.comment.trim();
      const now = this.clock.now();

      if (input.sendBack) {
        const problem = reviewCommentProblem('SEND_BACK', 0, comment);
        if (problem) throw DomainError.badInput([{ field: 'comment', message: problem }]);
        await this.claim(request.id, request.version, { status: 'SENT_BACK', decisions: null, comment, reviewedById: user.id, reviewedAt: now });
        await this.tell(request, 'À compléter', [], [], comment, request.listingId);
        await this.record(user, request, 'SENT_BACK', []);
        return (await this.requests.views([request.id]))[0]!;
      }

      const listing = request.listingId ? await this.listings.findById(request.listingId, { all: true }) : null;
      if (request.listingId && !listing) throw DomainError.notFound();
      if (listing && listing.version !== request.baseVersion) throw DomainError.conflict(LISTING_CHANGED);
      const corrected = input.decisions.map((d) => (d.decision === 'APPROVE' && d.correctedValue === undefined ? { path: d.path, decision: 'APPROVE' as const } : d));
      const applied = applyReview(listing?.content ?? emptyListingContent(), request.changes, corrected);
      if (!applied.ok) throw DomainError.badInput(applied.errors);
      const { outcome, approved, rejected } = applied.value;
      const problem = reviewCommentProblem('DECIDE', rejected.length, comment);
      if (problem) throw DomainError.badInput([{ field: 'comment', message: problem }]);
      const validated = validateListing(request.type, applied.value.content);
      if (!validated.ok) throw DomainError.badInput(validated.errors, 'La fiche obtenue n’est pas valide : corrigez les champs signalés avant de valider.');

      await this.claim(request.id, request.version, { status: outcome, decisions: corrected, comment: comment || null, reviewedById: user.id, reviewedAt: now });
      let listingId = request.listingId;
      if (approved.length > 0) {
        const dates = this.listingsService.freshnessDates(request.type, now, await this.listings.frequencies());
        if (listing) {
          if (!(await this.listings.publish(listing.id, listing.version, validated.value, dates))) throw DomainError.conflict(LISTING_CHANGED);
        } else {
          const created = await this.listings.create({ organisationId: request.organisationId, type: request.type, content: validated.value, ...dates });
          await this.requests.linkToListing(request.id, created.id);
          listingId = created.id;
        }
      }
      const label = (path: string) => listingField(path)?.label ?? path;
      await this.tell(request, CHANGE_REQUEST_STATUS_LABELS[outcome], approved.map(label), rejected.map(label), comment || null, listingId);
      await this.record(user, request, outcome, approved, rejected);
      return (await this.requests.views([request.id]))[0]!;
    });
  }

  private async claim(id: string, version: number, data: Parameters<ChangeRequestsRepository['decide']>[2]): Promise<void> {
    if (!(await this.requests.decide(id, version, data))) throw DomainError.conflict(ALREADY_REVIEWED);
  }

  private async tell(request: { listingName: string; organisationId: string; submittedById: string | null }, outcome: string, approved: string[], rejected: string[], comment: string | null, listingId: string | null) {
    for (const recipient of await this.requests.recipientsFor(request)) {
      await this.mail.enqueue('listing-decision', recipient.email, {
        name: recipient.name, listingName: request.listingName, outcome, approved, rejected, comment, link: this.listingsService.link(listingId),
      });
    }
  }

  private record(user: SessionUser, request: { id: string; organisationId: string; listingId: string | null }, outcome: string, approved: string[], rejected: string[] = []) {
    return this.audit.record({
      action: 'changeRequest.review', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
      organisationId: request.organisationId, objectType: 'changeRequest', objectId: request.id,
      detail: { outcome, approved, rejected, listingId: request.listingId },
    });
  }
}
