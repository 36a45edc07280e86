import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { ENV, type Env } from '../config/env.js';

interface Scheduled {
  cron: string;
  handler: () => Promise<unknown>;
  tz?: string;
}

/**
 * The process's one pg-boss: the scheduled sweeps (reminders, news e-mails) register here in their
 * `onModuleInit` and run on pg-boss's cron, which every API instance shares (a `stately` queue: at
 * most one sweep of a kind queued and one running across instances). pg-boss starts once, when the
 * app has started and something is scheduled, and stops before the database pool closes.
 * SCHEDULED_JOBS=off (tests, command-line tools) starts nothing: tests call the sweeps themselves.
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(Jobs.name);
  private readonly scheduled = new Map<string, Scheduled>();
  private boss?: PgBoss;

  constructor(@Inject(ENV) private readonly env: Env) {}

  /** Runs `handler` on `cron` (five fields; `tz` for a wall-clock time, e.g. Europe/Paris). */
  schedule(name: string, cron: string, handler: () => Promise<unknown>, options: { tz?: string } = {}): void {
    this.scheduled.set(name, { cron, handler, tz: options.tz });
  }

  get running(): boolean {
    return this.boss !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.env.SCHEDULED_JOBS === 'off' || !this.env.DATABASE_URL || !this.scheduled.size) return;
    const boss = new PgBoss({ connectionString: this.env.DATABASE_URL, max: 3, application_name: 'extranet-jobs' });
    boss.on('error', (error) => this.logger.error(error));
    await boss.start();
    this.boss = boss;
    for (const [name, { cron, handler, tz }] of this.scheduled) {
      await boss.createQueue(name, { name, policy: 'stately' });
      await boss.work(name, async () => {
        await handler();
      });
      await boss.schedule(name, cron, undefined, tz ? { tz } : {});
    }
  }

  /** Lets a running sweep finish (10 s at most), then closes pg-boss's connections. */
  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
