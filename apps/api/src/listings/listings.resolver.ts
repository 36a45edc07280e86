import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { listingField } from '@extranet/domain';
import type { Request } from 'express';
import { Allow, CurrentRequest, CurrentUser } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { IdPipe } from '../common/id.pipe.js';
import { checkedPage, PageInput } from '../common/page.input.js';
import type { ChangeRequestView } from './change-requests.repository.js';
import { ListingFilter, ProposeListingInput, ReviewChangeRequestInput, ReviewQueueFilter, SubmitListingChangeInput } from './dto/listing.inputs.js';
import { ListingsService, type ListingView } from './listings.service.js';
import { ChangeRequest, ChangeRequestPage, FieldChange, Listing, ListingPage, ListingTodo, ReviewQueueSummary } from './models/listing.model.js';
import { OpenRequestLoader } from './open-request.loader.js';
import { ReviewService } from './review.service.js';

@Resolver(() => Listing)
export class ListingsResolver {
  constructor(
    private readonly service: ListingsService,
    private readonly review: ReviewService,
    private readonly openRequests: OpenRequestLoader,
  ) {}

  /** The listing was authorised by the query that returned it; its open request is its own. */
  @ResolveField(() => ChangeRequest, { nullable: true, description: 'The change request waiting for review, if any.' })
  openRequest(@Parent() listing: ListingView, @CurrentRequest() req: Request) {
    return this.openRequests.load(req, listing.id);
  }

  @Allow('listing.read')
  @Query(() => Listing)
  listing(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(user, id);
  }

  @Allow('listing.read')
  @Query(() => ListingPage, { description: "An organisation's listings, by name." })
  listings(
    @CurrentUser() user: SessionUser,
    @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string,
    @Args('filter', { type: () => ListingFilter, nullable: true }) filter: ListingFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ) {
    return this.service.listForOrganisation(user, organisationId, filter ?? {}, checkedPage(page));
  }

  @Allow('listing.read')
  @Query(() => ListingTodo, { description: "What the partner's home lists: listings to confirm and requests sent back." })
  listingTodo(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string) {
    return this.service.todo(user, organisationId);
  }

  @Allow('listing.read')
  @Query(() => [ChangeRequest], { description: 'Every change request of the listing, newest first.' })
  listingHistory(@CurrentUser() user: SessionUser, @Args('listingId', { type: () => ID }, IdPipe) listingId: string) {
    return this.service.history(user, listingId);
  }

  @Allow('listing.read')
  @Query(() => ChangeRequest)
  changeRequest(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.getRequest(user, id);
  }

  @Allow('changeRequest.review')
  @Query(() => ChangeRequestPage, { description: 'The review queue: open requests, oldest first.' })
  reviewQueue(
    @CurrentUser() user: SessionUser,
    @Args('filter', { type: () => ReviewQueueFilter, nullable: true }) filter: ReviewQueueFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ) {
    return this.review.queue(user, filter ?? {}, checkedPage(page));
  }

  @Allow('changeRequest.review')
  @Query(() => ReviewQueueSummary)
  reviewQueueSummary(@CurrentUser() user: SessionUser) {
    return this.review.summary(user);
  }

  @Allow('listing.submitChange')
  @Mutation(() => ChangeRequest, { description: 'Fails with CONFLICT when the listing changed since `version`.' })
  submitListingChange(@CurrentUser() user: SessionUser, @Args('input') input: SubmitListingChangeInput) {
    return this.service.submitChange(user, input);
  }

  @Allow('listing.submitChange')
  @Mutation(() => ChangeRequest)
  proposeListing(@CurrentUser() user: SessionUser, @Args('input') input: ProposeListingInput) {
    return this.service.propose(user, input);
  }

  @Allow('listing.submitChange')
  @Mutation(() => ChangeRequest)
  withdrawChangeRequest(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.withdraw(user, id);
  }

  @Allow('listing.submitChange')
  @Mutation(() => Listing, { description: "« Rien n'a changé »: counts as an update." })
  confirmListingUnchanged(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.confirmUnchanged(user, id);
  }

  @Allow('changeRequest.review')
  @Mutation(() => ChangeRequest, { description: 'Fails with CONFLICT when someone else reviewed it first or the listing changed.' })
  reviewChangeRequest(@CurrentUser() user: SessionUser, @Args('input') input: ReviewChangeRequestInput) {
    return this.review.review(user, input);
  }
}

/** The label and kind of each reviewed field come from the domain's field table. */
@Resolver(() => ChangeRequest)
export class ChangeRequestResolver {
  @ResolveField(() => [FieldChange])
  changes(@Parent() request: ChangeRequestView): FieldChange[] {
    return request.changes.map((change) => {
      const field = listingField(change.path);
      return { ...change, label: field?.label ?? change.path, kind: field?.kind ?? 'value' };
    });
  }
}
