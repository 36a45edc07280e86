import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { addDays, parisDay, periodsOfYear, type TaxPeriod } from '@extranet/domain';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { Jobs } from '../jobs/jobs.service.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { TaxRepository } from './tax.repository.js';
import { TouristTaxService } from './tourist-tax.service.js';

const SWEEP = 'tourist-tax-reminders';
/** Accommodations per transaction. */
const BATCH = 100;
/** Periods whose deadline is further back than this are left to staff (formal notice). */
const LOOK_BACK_DAYS = 45;

export type TaxReminderStep = 'BEFORE_7' | 'AFTER_1' | 'AFTER_15';

/** The step owed on `today` for a period, or null: 7 days before its deadline, then 1 and 15 days after. */
export function reminderStep(period: TaxPeriod, today: string): TaxReminderStep | null {
  if (today >= addDays(period.deadline, 15)) return 'AFTER_15';
  if (today >= addDays(period.deadline, 1)) return 'AFTER_1';
  if (today >= addDays(period.deadline, -7)) return 'BEFORE_7';
  return null;
}

/**
 * E-mails the owners of an accommodation whose declaration is missing, 7 days before the deadline
 * and again 1 and 15 days after, on a pg-boss schedule (TAX_REMINDERS_CRON; none under SCHEDULED_JOBS=off, as in tests, which
 * call `sweep()`). Each step is claimed in `tax_reminder` (primary key per accommodation, period and
 * step) in the transaction that queues its e-mails: never twice, even with two instances sweeping.
 * A sweep that starts late sends only the latest step owed.
 */
@Injectable()
export class TaxRemindersService implements OnModuleInit {
  private readonly logger = new Logger(TaxRemindersService.name);

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly jobs: Jobs,
    private readonly repo: TaxRepository,
    private readonly service: TouristTaxService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(SWEEP, this.env.TAX_REMINDERS_CRON, () => this.sweep());
  }

  /** Sends every reminder owed now; returns the number of e-mails queued. */
  async sweep(): Promise<{ emails: number }> {
    const now = this.clock.now();
    const today = parisDay(now);
    const year = Number(today.slice(0, 4));
    const years = new Set((await this.repo.tariffs()).map((t) => t.year));
    const periods = [...periodsOfYear(year - 1), ...periodsOfYear(year)].filter(
      (p) => years.has(p.year) && p.from <= today && addDays(p.deadline, LOOK_BACK_DAYS) >= today,
    );
    const result = { emails: 0 };
    for (const period of periods) {
      const step = reminderStep(period, today);
      if (!step) continue;
      for (let offset = 0; ; offset += BATCH) {
        const { items } = await this.repo.late([period], null, { offset, limit: BATCH });
        await this.tx.run(async () => {
          for (const row of items) {
            result.emails += await this.service.remind({ id: row.accommodationId, organisationId: row.organisationId, name: row.accommodationName }, period, step, now);
          }
        });
        if (items.length < BATCH) break;
      }
    }
    if (result.emails) this.logger.log(`Rappels de taxe de séjour : ${result.emails} courriels.`);
    return result;
  }
}
