import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import PgBoss from 'pg-boss';
import { ENV, type Env } from '../config/env.js';
import { DeliveryBackoff, MAX_ATTEMPTS } from './delivery-backoff.js';
import { OutboxRepository } from './outbox.repository.js';

const DELIVER = 'outbox-deliver';
const SWEEP = 'outbox-sweep';
/** SMTP client time limits, all well inside the claim so a claim never lapses mid-send. */
const SMTP_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };
const CLAIM_MS = 3 * 60_000;

/**
 * Delivers outbox messages through SMTP with pg-boss (retries with exponential backoff, and a sweep
 * every minute that re-queues anything pending). Without SMTP_URL it does not start: messages stay
 * in the outbox, where staff read them.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailWorker.name);
  private boss?: PgBoss;
  private transport?: Transporter;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly outbox: OutboxRepository,
    private readonly backoff: DeliveryBackoff,
  ) {}

  get smtpConfigured(): boolean {
    return Boolean(this.env.SMTP_URL);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.SMTP_URL || !this.env.DATABASE_URL) return;
    this.transport = nodemailer.createTransport({ url: this.env.SMTP_URL, ...SMTP_TIMEOUTS } as Parameters<typeof nodemailer.createTransport>[0]);
    this.boss = new PgBoss({ connectionString: this.env.DATABASE_URL, max: 3 });
    this.boss.on('error', (error) => this.logger.error(error));
    await this.boss.start();
    // 'stately': at most one queued job per message, however often the sweep asks.
    await this.boss.createQueue(DELIVER, { name: DELIVER, policy: 'stately', ...this.backoff.jobOptions() });
    await this.boss.createQueue(SWEEP, { name: SWEEP });
    await this.boss.work<{ id: string }>(DELIVER, { pollingIntervalSeconds: 1 }, async ([job]) => this.deliver(job!.data.id));
    await this.boss.work(SWEEP, async () => this.sweep());
    await this.boss.schedule(SWEEP, '* * * * *');
    await this.sweep();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.transport?.close();
  }

  requestDelivery(id: string): void {
    this.boss?.send(DELIVER, { id }, { singletonKey: id, ...this.backoff.jobOptions() }).catch((error: unknown) => this.logger.warn(`queue: ${String(error)}`));
  }

  /** Queues every pending message (those whose job was lost, or written while SMTP was off). */
  async sweep(): Promise<void> {
    for (const { id } of await this.outbox.pendingIds(500)) this.requestDelivery(id);
  }

  /** One attempt; throws after recording the failure so that pg-boss retries later. */
  async deliver(id: string): Promise<void> {
    if (!this.transport) return;
    const message = await this.outbox.claim(id, CLAIM_MS);
    if (!message) return; // already sent, or being sent by another worker
    try {
      await this.transport.sendMail({
        from: this.env.MAIL_FROM, to: message.recipient, subject: message.subject, text: message.text, html: message.html,
        ...(message.headers ? { headers: message.headers } : {}),
        ...(message.attachments?.length ? { attachments: message.attachments } : {}),
      });
    } catch (error) {
      await this.outbox.markAttemptFailed(id, error instanceof Error ? error.message : String(error), message.attempts + 1 >= MAX_ATTEMPTS);
      throw error;
    }
    await this.outbox.markSent(id);
  }
}
