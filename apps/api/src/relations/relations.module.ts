import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import './relations-enums.js';
import { NewsMailService } from './news/news-mail.service.js';
import { NewsRepository } from './news/news.repository.js';
import { NewsResolver } from './news/news.resolver.js';
import { NewsService } from './news/news.service.js';
import { UnsubscribeController } from './news/unsubscribe.controller.js';

/** Partner relations: news for partners, promotion actions, individual meetings. */
@Module({
  imports: [MailModule],
  controllers: [UnsubscribeController],
  providers: [NewsRepository, NewsService, NewsMailService, NewsResolver],
  exports: [NewsMailService],
})
export class RelationsModule {}
