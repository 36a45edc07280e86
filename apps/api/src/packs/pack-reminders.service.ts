import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { renewalStepOn } from '@extranet/domain';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { Jobs } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { PackRemindersRepository } from './pack-reminders.repository.js';

const SWEEP = 'pack-renewal-reminders';
const BATCH = 100;
const MAX_BATCHES = 50;

export interface RenewalSweepResult {
  step: number | null;
  organisations: number;
  emails: number;
}

/**
 * E-mails the owners of partners whose yearly pack ends (31 December) 30, 15 and 7 days before,
 * unless they already took next year's, on a pg-boss schedule (PACK_REMINDERS_CRON, daily by
 * default; no schedule under SCHEDULED_JOBS=off, as in tests, which call `sweep()`). Each organisation gets each step once: the
 * reminder row and its e-mails commit in one transaction that only one instance can commit.
 */
@Injectable()
export class PackRemindersService implements OnModuleInit {
  private readonly logger = new Logger(PackRemindersService.name);

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly jobs: Jobs,
    private readonly reminders: PackRemindersRepository,
    private readonly mail: MailService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(SWEEP, this.env.PACK_REMINDERS_CRON, () => this.sweep(), { tz: 'Europe/Paris' });
  }

  link(organisationId: string, year: number): string {
    return `${this.env.PUBLIC_URL}/packs/organisation/${organisationId}?annee=${year}`;
  }

  async sweep(): Promise<RenewalSweepResult> {
    const now = this.clock.now();
    const owed = renewalStepOn(now.toISOString().slice(0, 10));
    const result: RenewalSweepResult = { step: owed?.step ?? null, organisations: 0, emails: 0 };
    if (!owed) return result;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const organisations = await this.tx.run(async () => {
        const claimed = await this.reminders.claim(owed.year, owed.step, now, BATCH);
        for (const { organisationId, organisationName, recipient } of claimed) {
          if (!recipient) continue;
          await this.mail.enqueue('pack-renewal-reminder', recipient.email, { name: recipient.name, organisationName, year: owed.year, daysLeft: owed.daysLeft, link: this.link(organisationId, owed.year + 1) });
          result.emails += 1;
        }
        return new Set(claimed.map((c) => c.organisationId)).size;
      });
      result.organisations += organisations;
      if (organisations < BATCH) break;
    }
    if (result.emails) this.logger.log(`Rappels de renouvellement des packs (J-${owed.step}) : ${result.organisations} partenaires, ${result.emails} courriels.`);
    return result;
  }
}
