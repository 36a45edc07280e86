import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ListingType } from '@extranet/domain';
import { Allow, CurrentUser } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { ListingTypeEnum } from '../common/graphql-enums.js';
import { FreshnessService } from './freshness.service.js';
import { FreshnessStats, ListingFrequency } from './models/freshness.model.js';

@Resolver()
export class FreshnessResolver {
  constructor(private readonly service: FreshnessService) {}

  @Allow('listing.manageFrequencies')
  @Query(() => [ListingFrequency], { description: 'The update frequency of every listing type.' })
  listingFrequencies(@CurrentUser() user: SessionUser) {
    return this.service.frequencies(user);
  }

  @Allow('listing.manageFrequencies')
  @Mutation(() => ListingFrequency, { description: 'Sets how often listings of a type must be confirmed; their due and stale dates follow.' })
  setListingFrequency(
    @CurrentUser() user: SessionUser,
    @Args('type', { type: () => ListingTypeEnum }) type: ListingType,
    @Args('days', { type: () => Int }) days: number,
  ) {
    return this.service.setFrequency(user, type, days);
  }

  @Allow('dashboard.read')
  @Query(() => FreshnessStats, { description: 'Fresh, due-soon and stale listings, by type and by commune.' })
  listingFreshnessStats(@CurrentUser() user: SessionUser) {
    return this.service.stats(user);
  }
}
