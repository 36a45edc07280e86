import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PhotosModule } from '../photos/photos.module.js';
import { ChangeRequestsRepository } from './change-requests.repository.js';
import { FreshnessRemindersService } from './freshness-reminders.service.js';
import { FreshnessRepository } from './freshness.repository.js';
import { FreshnessResolver } from './freshness.resolver.js';
import { FreshnessService } from './freshness.service.js';
import { ListingRemindersRepository } from './listing-reminders.repository.js';
import { ChangeRequestResolver, ListingsResolver } from './listings.resolver.js';
import { ListingsRepository } from './listings.repository.js';
import { ListingsService } from './listings.service.js';
import { OpenRequestLoader } from './open-request.loader.js';
import { ReviewService } from './review.service.js';

@Module({
  imports: [OrganisationsModule, MailModule, PhotosModule],
  providers: [ListingsRepository, ChangeRequestsRepository, ListingsService, ReviewService, OpenRequestLoader, ListingsResolver, ChangeRequestResolver,
    // Freshness: reminders on a schedule, the office's frequencies and statistics.
    ListingRemindersRepository, FreshnessRemindersService, FreshnessRepository, FreshnessService, FreshnessResolver],
  exports: [ListingsRepository, ListingsService],
})
export class ListingsModule {}
