import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { isTargeted, weekOf } from '@extranet/domain';
import { Clock } from '../../common/clock.js';
import { ENV, type Env } from '../../config/env.js';
import { Jobs } from '../../jobs/jobs.service.js';
import { sessionSecret } from '../../config/session-secret.js';
import { MailService } from '../../mail/mail.service.js';
import { TransactionRunner } from '../../prisma/transaction-runner.js';
import { renderMarkdown } from '../markdown.js';
import { newsDigestMail, newsItemMail, unsubscribeHeaders, type NewsForMail, type UnsubscribeLinks } from '../relations-mails.js';
import { unsubscribeToken } from '../unsubscribe-token.js';
import { NewsRepository, type NewsRecord } from './news.repository.js';

const SWEEP = 'news-mail';
const WEEK_MS = 7 * 86_400_000;
/** Users per digest transaction. */
const DIGEST_BATCH = 100;

export interface NewsMailSweepResult {
  immediate: number;
  digests: number;
}

/**
 * News by e-mail. A published item is e-mailed at once to the targeted users who chose IMMEDIATE
 * (when staff publish it, or by the sweep once a scheduled item is due: `news_item.mailed_at`
 * is claimed in one statement, so once). Users who chose WEEKLY get one digest a week with the
 * items published since their last digest (seven days at most): the `news_digest` primary key (user, Monday) is inserted in the
 * digest's own transaction, so two instances running the sweep at once send it once.
 */
@Injectable()
export class NewsMailService implements OnModuleInit {
  private readonly logger = new Logger(NewsMailService.name);
  private readonly secret: string;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly jobs: Jobs,
    private readonly news: NewsRepository,
    private readonly mail: MailService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {
    this.secret = sessionSecret(env);
  }

  onModuleInit(): void {
    this.jobs.schedule(SWEEP, this.env.NEWS_MAIL_CRON, () => this.sweep(), { tz: 'Europe/Paris' });
  }

  links(userId: string): UnsubscribeLinks {
    const token = encodeURIComponent(unsubscribeToken(this.secret, userId));
    const base = this.env.PUBLIC_URL;
    return { page: `${base}/api/news-mail/unsubscribe?token=${token}`, oneClick: `${base}/api/news-mail/unsubscribe?token=${token}`, preferences: `${base}/actualites/preferences` };
  }

  private forMail(item: NewsRecord): NewsForMail {
    return { title: item.title, summary: item.summary, category: item.category, bodyHtml: renderMarkdown(item.body), link: `${this.env.PUBLIC_URL}/actualites/${item.id}` };
  }

  /** Inside the caller's transaction: claims the items and queues their immediate e-mails. */
  async mailPublished(ids?: string[]): Promise<number> {
    const items = await this.news.claimUnmailed(this.clock.now(), ids);
    if (!items.length) return 0;
    const recipients = (await this.news.recipients()).filter((r) => r.preference === 'IMMEDIATE');
    let sent = 0;
    for (const item of items) {
      for (const r of recipients.filter((r) => isTargeted(item.target, r))) {
        const links = this.links(r.userId);
        await this.mail.enqueueRendered('news-item', r.email, newsItemMail(r.name, this.forMail(item), links), { headers: unsubscribeHeaders(links) });
        sent += 1;
      }
    }
    return sent;
  }

  /** Scheduled items now due, then this week's digests. */
  async sweep(): Promise<NewsMailSweepResult> {
    const immediate = await this.tx.run(() => this.mailPublished());
    const digests = await this.sendDigests();
    if (immediate || digests) this.logger.log(`Actualités : ${immediate} courriels immédiats, ${digests} résumés hebdomadaires.`);
    return { immediate, digests };
  }

  private async sendDigests(): Promise<number> {
    const now = this.clock.now();
    const week = weekOf(now);
    // Items of the last seven days at most; for a user who had a digest, only those since.
    const items = await this.news.publishedBetween(new Date(now.getTime() - WEEK_MS), now);
    if (!items.length) return 0;
    const weekly = (await this.news.recipients()).filter((r) => r.preference === 'WEEKLY');
    const last = await this.news.lastDigests(weekly.map((r) => r.userId));
    let sent = 0;
    for (let start = 0; start < weekly.length; start += DIGEST_BATCH) {
      sent += await this.tx.run(async () => {
        let batch = 0;
        for (const r of weekly.slice(start, start + DIGEST_BATCH)) {
          const since = last.get(r.userId);
          const theirs = items.filter((i) => isTargeted(i.target, r) && (!since || i.publishAt! > since));
          if (!theirs.length || !(await this.news.claimDigest(r.userId, week, theirs.length, now))) continue;
          const links = this.links(r.userId);
          await this.mail.enqueueRendered('news-digest', r.email, newsDigestMail(r.name, theirs.map((i) => this.forMail(i)), links), { headers: unsubscribeHeaders(links) });
          batch += 1;
        }
        return batch;
      });
    }
    return sent;
  }
}
