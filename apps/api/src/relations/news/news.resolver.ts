import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { NewsMailPreference, NewsStatus } from '@extranet/domain';
import { Allow, CurrentUser, SignedIn } from '../../common/auth/decorators.js';
import type { SessionUser } from '../../common/auth/session-user.js';
import { IdPipe } from '../../common/id.pipe.js';
import { checkedPage, PageInput } from '../../common/page.input.js';
import { NewsMailPreferenceEnum, NewsStatusEnum } from '../relations-enums.js';
import { MarkdownPreview, NewsFeed, NewsItem, NewsMailSetting, NewsPage, SaveNewsInput } from './news.models.js';
import { NewsService } from './news.service.js';

@Resolver(() => NewsItem)
export class NewsResolver {
  constructor(private readonly service: NewsService) {}

  @Allow('news.read')
  @Query(() => NewsFeed, { description: 'Published news targeted to the caller, newest first, with unread markers.' })
  newsFeed(
    @CurrentUser() user: SessionUser,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ) {
    return this.service.feed(user, checkedPage(page), unreadOnly);
  }

  @Allow('news.read')
  @Query(() => NewsItem)
  newsItem(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(user, id);
  }

  @Allow('news.read')
  @Mutation(() => NewsItem, { description: 'The caller opened the item (counted once).' })
  markNewsRead(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.markRead(user, id);
  }

  @Allow('news.manage')
  @Query(() => NewsPage, { description: 'Every news item for staff, with open counts.' })
  managedNews(
    @CurrentUser() user: SessionUser,
    @Args('status', { type: () => NewsStatusEnum, nullable: true }) status: NewsStatus | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ) {
    return this.service.list(user, status ?? null, checkedPage(page));
  }

  @Allow('news.manage')
  @Query(() => MarkdownPreview, { description: 'The Markdown as readers will see it, and why it would be refused.' })
  previewNewsMarkdown(@CurrentUser() user: SessionUser, @Args('markdown', { type: () => String }) markdown: string) {
    return this.service.preview(user, markdown.slice(0, 40_000));
  }

  @Allow('news.manage')
  @Mutation(() => NewsItem)
  saveNews(@CurrentUser() user: SessionUser, @Args('input') input: SaveNewsInput) {
    return this.service.save(user, input);
  }

  @Allow('news.manage')
  @Mutation(() => NewsItem)
  publishNews(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('version', { type: () => Int }) version: number) {
    return this.service.publish(user, id, version);
  }

  @Allow('news.manage')
  @Mutation(() => NewsItem)
  scheduleNews(
    @CurrentUser() user: SessionUser,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('publishAt', { type: () => Date }) publishAt: Date,
  ) {
    return this.service.schedule(user, id, version, publishAt);
  }

  @Allow('news.manage')
  @Mutation(() => NewsItem)
  archiveNews(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('version', { type: () => Int }) version: number) {
    return this.service.archive(user, id, version);
  }

  @SignedIn()
  @Query(() => NewsMailSetting, { description: 'How the caller receives news by e-mail.' })
  newsMailSetting(@CurrentUser() user: SessionUser) {
    return this.service.preference(user);
  }

  @SignedIn()
  @Mutation(() => NewsMailSetting)
  setNewsMailPreference(@CurrentUser() user: SessionUser, @Args('preference', { type: () => NewsMailPreferenceEnum }) preference: NewsMailPreference) {
    return this.service.setPreference(user, preference);
  }
}
