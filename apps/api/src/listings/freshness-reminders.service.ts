import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { Jobs } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { ListingRemindersRepository } from './listing-reminders.repository.js';
import { ListingsService } from './listings.service.js';

const SWEEP = 'listing-freshness-reminders';
/** Listings per transaction: each batch's reminders and e-mails commit together. */
const BATCH = 100;
/** A sweep stops after this many batches; the next one carries on. */
const MAX_BATCHES = 50;

export interface SweepResult {
  dueSoon: number;
  stale: number;
  emails: number;
}

/**
 * E-mails the owners of a listing when it becomes due soon and again when it turns stale, once per
 * listing, step and freshness period (`listing_reminder`), on a pg-boss schedule
 * (FRESHNESS_REMINDERS_CRON, every five minutes by default; no schedule under SCHEDULED_JOBS=off, as in tests, which call `sweep()`).
 * Every API instance schedules the same job; whichever runs it, and even if two run it at once,
 * a reminder is recorded and its e-mails queued in one transaction that only one of them commits.
 */
@Injectable()
export class FreshnessRemindersService implements OnModuleInit {
  private readonly logger = new Logger(FreshnessRemindersService.name);

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly jobs: Jobs,
    private readonly reminders: ListingRemindersRepository,
    private readonly listings: ListingsService,
    private readonly mail: MailService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(SWEEP, this.env.FRESHNESS_REMINDERS_CRON, () => this.sweep());
  }

  /** Sends every reminder owed now, batch by batch. */
  async sweep(): Promise<SweepResult> {
    const now = this.clock.now();
    const result: SweepResult = { dueSoon: 0, stale: 0, emails: 0 };
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const listings = await this.tx.run(async () => {
        const claimed = await this.reminders.claimDue(now, BATCH);
        const steps = new Map(claimed.map((c) => [c.listingId, c.step]));
        for (const { listingId, listingName, step, recipient } of claimed) {
          if (!recipient) continue;
          await this.mail.enqueue('listing-reminder', recipient.email, { name: recipient.name, listingName, stale: step === 'STALE', link: this.listings.link(listingId) });
          result.emails += 1;
        }
        for (const step of steps.values()) result[step === 'STALE' ? 'stale' : 'dueSoon'] += 1;
        return steps.size;
      });
      // A short batch means nothing is left (or another instance holds the rest: it sends them).
      if (listings < BATCH) break;
    }
    if (result.emails || result.dueSoon || result.stale) {
      this.logger.log(`Rappels de fraîcheur : ${result.dueSoon} à confirmer, ${result.stale} périmées, ${result.emails} courriels.`);
    }
    return result;
  }
}
