import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PhotosModule } from '../photos/photos.module.js';
import { ChangeRequestsRepository } from './change-requests.repository.js';
import { ChangeRequestResolver, ListingsResolver } from './listings.resolver.js';
import { ListingsRepository } from './listings.repository.js';
import { ListingsService } from './listings.service.js';
import { OpenRequestLoader } from './open-request.loader.js';
import { ReviewService } from './review.service.js';

@Module({
  imports: [OrganisationsModule, MailModule, PhotosModule],
  providers: [ListingsRepository, ChangeRequestsRepository, ListingsService, ReviewService, OpenRequestLoader, ListingsResolver, ChangeRequestResolver],
  exports: [ListingsRepository, ListingsService],
})
export class ListingsModule {}
