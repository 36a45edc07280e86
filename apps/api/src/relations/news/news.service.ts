import { Inject, Injectable } from '@nestjs/common';
import {
  can, DomainError, effectiveNewsStatus, isTargeted, markdownProblem, newsTransitionProblem, scheduleProblem, validateNews,
  type NewsMailPreference, type NewsStatus, type Page,
} from '@extranet/domain';
import { AuditService } from '../../audit/audit.service.js';
import { AccessService } from '../../common/auth/access.service.js';
import { toActor, type SessionUser } from '../../common/auth/session-user.js';
import { Clock } from '../../common/clock.js';
import { ENV, type Env } from '../../config/env.js';
import { TransactionRunner } from '../../prisma/transaction-runner.js';
import { renderMarkdown } from '../markdown.js';
import { NewsMailService } from './news-mail.service.js';
import type { NewsItem, SaveNewsInput } from './news.models.js';
import { NewsRepository, type NewsRecord } from './news.repository.js';

export const NEWS_CHANGED = 'Cette actualité a été modifiée entre-temps : rechargez-la, puis refaites vos modifications.';

/** News for partners: staff write, schedule, publish and archive; partners read what targets them. */
@Injectable()
export class NewsService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly news: NewsRepository,
    private readonly newsMail: NewsMailService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  view(record: NewsRecord, extra: { readAt?: Date | null; openCount?: number | null } = {}): NewsItem {
    const { mailedAt: _mailed, createdAt: _created, ...rest } = record;
    return {
      ...rest,
      target: { audience: record.target.audience, categories: [...record.target.categories], communes: [...record.target.communes] },
      status: effectiveNewsStatus(record.status, record.publishAt, this.clock.now()),
      bodyHtml: renderMarkdown(record.body),
      readAt: extra.readAt ?? null,
      openCount: extra.openCount ?? null,
    };
  }

  // --- Staff ---------------------------------------------------------------------------------

  async list(user: SessionUser, status: NewsStatus | null, page: Page) {
    await this.access.check(user, 'news.manage');
    const { items, total } = await this.news.list(status, page);
    return { items: items.map(({ openCount, ...r }) => this.view(r, { openCount })), total, ...page };
  }

  async preview(user: SessionUser, markdown: string) {
    await this.access.check(user, 'news.manage');
    return { html: renderMarkdown(markdown), problem: markdownProblem(markdown) };
  }

  /** Creates a draft, or changes a draft or scheduled item (a published one is archived, not edited). */
  save(user: SessionUser, input: SaveNewsInput): Promise<NewsItem> {
    return this.tx.run(async () => {
      await this.access.check(user, 'news.manage');
      const result = validateNews(input);
      if (!result.ok) throw DomainError.badInput(result.errors);
      const now = this.clock.now();
      let record: NewsRecord | null;
      if (!input.id) {
        record = await this.news.create(result.value, user.id, now);
      } else {
        const existing = await this.news.findById(input.id);
        if (!existing) throw DomainError.notFound();
        const status = effectiveNewsStatus(existing.status, existing.publishAt, now);
        if (status === 'PUBLISHED' || status === 'ARCHIVED') throw DomainError.badInput([], 'Une actualité publiée ou archivée ne se modifie plus : archivez-la et écrivez-en une nouvelle.');
        if (input.version == null) throw DomainError.badInput([{ field: 'version', message: 'Version manquante.' }]);
        record = await this.news.update(existing.id, input.version, result.value);
        if (!record) throw DomainError.conflict(NEWS_CHANGED);
      }
      await this.record(user, 'news.save', record.id, { title: record.title, created: !input.id });
      return this.view(record);
    });
  }

  /** Publishes now; the item's immediate e-mails are queued in the same transaction. */
  publish(user: SessionUser, id: string, version: number): Promise<NewsItem> {
    return this.transition(user, id, version, 'PUBLISHED', this.clock.now(), async (record) => {
      await this.newsMail.mailPublished([record.id]);
    });
  }

  schedule(user: SessionUser, id: string, version: number, publishAt: Date): Promise<NewsItem> {
    const problem = scheduleProblem(publishAt, this.clock.now());
    if (problem) return Promise.reject(DomainError.badInput([problem]));
    return this.transition(user, id, version, 'SCHEDULED', publishAt);
  }

  archive(user: SessionUser, id: string, version: number): Promise<NewsItem> {
    return this.transition(user, id, version, 'ARCHIVED', undefined);
  }

  private transition(user: SessionUser, id: string, version: number, to: NewsStatus, publishAt: Date | undefined, after?: (r: NewsRecord) => Promise<void>): Promise<NewsItem> {
    return this.tx.run(async () => {
      await this.access.check(user, 'news.manage');
      const existing = await this.news.findById(id);
      if (!existing) throw DomainError.notFound();
      const problem = newsTransitionProblem(effectiveNewsStatus(existing.status, existing.publishAt, this.clock.now()), to);
      if (problem) throw DomainError.badInput([], problem);
      const record = await this.news.update(id, version, { status: to, ...(publishAt ? { publishAt } : {}) });
      if (!record) throw DomainError.conflict(NEWS_CHANGED);
      await after?.(record);
      await this.record(user, `news.${to.toLowerCase()}`, id, { publishAt: publishAt?.toISOString() });
      return this.view(record, { openCount: await this.news.openCount(id) });
    });
  }

  private record(user: SessionUser, action: string, id: string, detail: Record<string, string | boolean | number | undefined>) {
    return this.audit.record({ action, outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, objectType: 'newsItem', objectId: id, detail });
  }

  // --- Readers -------------------------------------------------------------------------------

  private isManager(user: SessionUser): boolean {
    return can(toActor(user), 'news.manage');
  }

  /** One item: staff see any; a partner only a published item targeting it, else NOT_FOUND. */
  async get(user: SessionUser, id: string): Promise<NewsItem> {
    if (this.isManager(user)) {
      const record = await this.news.findById(id);
      if (!record) throw DomainError.notFound();
      return this.view(record, { readAt: await this.news.readAt(id, user.id), openCount: await this.news.openCount(id) });
    }
    const record = await this.news.findVisible(id, await this.news.readerOf(user), this.clock.now());
    if (!record) throw DomainError.notFound();
    return this.view(record, { readAt: await this.news.readAt(id, user.id) });
  }

  async feed(user: SessionUser, page: Page, unreadOnly: boolean) {
    const reader = await this.news.readerOf(user);
    const { items, total, unread } = await this.news.feed(reader, user.id, this.clock.now(), page, unreadOnly);
    return { items: items.map(({ readAt, ...r }) => this.view(r, { readAt })), total, unread, ...page };
  }

  /** The reader opened the item: counted once for staff's figures. */
  markRead(user: SessionUser, id: string): Promise<NewsItem> {
    return this.tx.run(async () => {
      const reader = await this.news.readerOf(user);
      const record = await this.news.findVisible(id, reader, this.clock.now());
      if (!record || !isTargeted(record.target, reader)) throw DomainError.notFound();
      const readAt = await this.news.markRead(id, user.id, this.clock.now());
      return this.view(record, { readAt });
    });
  }

  // --- E-mail preferences --------------------------------------------------------------------

  async preference(user: SessionUser): Promise<{ preference: NewsMailPreference }> {
    return { preference: await this.news.preferenceOf(user.id) };
  }

  setPreference(user: SessionUser, preference: NewsMailPreference): Promise<{ preference: NewsMailPreference }> {
    return this.tx.run(async () => {
      await this.news.setPreference(user.id, preference);
      await this.audit.record({ action: 'news.mailPreference', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, detail: { preference } });
      return { preference };
    });
  }
}
