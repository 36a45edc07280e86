import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { ActionsExportController } from './actions/actions-export.controller.js';
import { ActionsRepository } from './actions/actions.repository.js';
import { ActionsResolver } from './actions/actions.resolver.js';
import { ActionsService } from './actions/actions.service.js';
import { MeetingsRepository } from './meetings/meetings.repository.js';
import { MeetingsResolver } from './meetings/meetings.resolver.js';
import { MeetingsService } from './meetings/meetings.service.js';
import './relations-enums.js';
import { NewsAttachmentController } from './news/news-attachment.controller.js';
import { NewsMailService } from './news/news-mail.service.js';
import { NewsRepository } from './news/news.repository.js';
import { NewsResolver } from './news/news.resolver.js';
import { NewsService } from './news/news.service.js';
import { UnsubscribeController } from './news/unsubscribe.controller.js';

/** Partner relations: news for partners, promotion actions, individual meetings. */
@Module({
  imports: [MailModule, OrganisationsModule, StorageModule],
  controllers: [UnsubscribeController, ActionsExportController, NewsAttachmentController],
  providers: [
    NewsRepository, NewsService, NewsMailService, NewsResolver,
    ActionsRepository, ActionsService, ActionsResolver,
    MeetingsRepository, MeetingsService, MeetingsResolver,
  ],
  exports: [NewsMailService],
})
export class RelationsModule {}
