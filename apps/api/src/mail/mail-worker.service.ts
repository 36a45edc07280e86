import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import pg from 'pg';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { DeliveryBackoff } from './delivery-backoff.js';
import { OutboxRepository, WORKER_PREFIX, type ClaimedMessage } from './outbox.repository.js';

/** SMTP client time limits, all well inside the claim so a claim never lapses mid-send. */
const SMTP_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };
/** Backstop only: a claim normally ends with its send, or with its worker's connection. */
const CLAIM_MS = 10 * 60_000;
/** Messages sent at once per instance, over as many pooled SMTP connections. */
const CONCURRENCY = 4;

/**
 * Delivers the outbox through SMTP. The outbox table is the queue: the worker claims due messages
 * (`next_attempt_at`), a few at a time, sends them over pooled connections and marks them SENT, or
 * records the error and the next attempt (DeliveryBackoff: capped backoff for 24 hours, then FAILED).
 * A claim names the worker's own database connection: when a process stops, even killed, its
 * connection goes and any instance takes its messages over at once. Before a message goes to the
 * server its Message-ID (the same at every attempt) and the hand-off are recorded, so a send whose
 * answer was lost is repeated only as the same message, and logged. Without SMTP_URL it does not
 * start: messages stay in the outbox, where staff read them.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailWorker.name);
  /** This process's worker, as its database connection's application_name. */
  readonly name = `${WORKER_PREFIX}${randomUUID()}`;
  private transport?: Transporter;
  private holder?: pg.Client;
  private running = false;
  private loop?: Promise<void>;
  private readonly inFlight = new Set<Promise<void>>();
  private wake?: () => void;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly outbox: OutboxRepository,
    private readonly backoff: DeliveryBackoff,
    private readonly clock: Clock,
  ) {}

  get smtpConfigured(): boolean {
    return Boolean(this.env.SMTP_URL);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.SMTP_URL || !this.env.DATABASE_URL) return;
    this.transport = nodemailer.createTransport({
      url: this.env.SMTP_URL, pool: true, maxConnections: CONCURRENCY, ...SMTP_TIMEOUTS,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    await this.connectHolder();
    this.running = true;
    this.loop = this.run();
  }

  /** Stops claiming, lets the sends under way finish (their answers recorded), then disconnects. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    await this.outbox.release(this.name).catch(() => undefined);
    this.transport?.close();
    await this.holder?.end().catch(() => undefined);
    this.holder = undefined;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** A message was queued: look at once rather than at the next poll. */
  requestDelivery(_id?: string): void {
    this.wake?.();
  }

  /** The connection whose presence in pg_stat_activity keeps this worker's claims alive. */
  private async connectHolder(): Promise<boolean> {
    if (this.holder) return true;
    const holder = new pg.Client({ connectionString: this.env.DATABASE_URL, application_name: this.name });
    holder.on('error', () => {
      if (this.holder === holder) this.holder = undefined;
    });
    holder.on('end', () => {
      if (this.holder === holder) this.holder = undefined;
    });
    try {
      await holder.connect();
      this.holder = holder;
      return true;
    } catch (error) {
      this.logger.warn(`database unreachable: ${String(error)}`);
      return false;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      let full = false;
      try {
        const free = CONCURRENCY - this.inFlight.size;
        // Without its connection a claim would look abandoned to the other instances: claim nothing.
        if (free > 0 && (await this.connectHolder())) {
          const batch = await this.outbox.claimDue(this.name, free, CLAIM_MS);
          for (const message of batch) this.start(message);
          full = batch.length === free;
        }
      } catch (error) {
        this.logger.warn(`outbox: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (full && this.inFlight.size < CONCURRENCY) continue;
      if (this.running) await this.sleep(this.backoff.pollMs);
    }
  }

  private start(message: ClaimedMessage): void {
    const sending: Promise<void> = this.send(message)
      .catch((error: unknown) => this.logger.error(`outbox ${message.id}: ${String(error)}`))
      .finally(() => {
        this.inFlight.delete(sending);
        this.wake?.();
      });
    this.inFlight.add(sending);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done(): void {
        clearTimeout(timer);
        if (self.wake === done) self.wake = undefined;
        resolve();
      }
      this.wake = done;
    });
  }

  /** One attempt at one claimed message. */
  private async send(message: ClaimedMessage): Promise<void> {
    const transport = this.transport!;
    const messageId = message.messageId ?? `<${message.id}@${senderDomain(this.env.MAIL_FROM)}>`;
    if (message.handedOffAt) {
      this.logger.warn(`outbox ${message.id}: handed to the SMTP server on ${message.handedOffAt.toISOString()} without an answer recorded; sent again as the same message (Message-ID ${messageId})`);
    }
    await this.outbox.recordHandOff(message.id, messageId);
    try {
      await transport.sendMail({
        from: this.env.MAIL_FROM, to: message.recipient, subject: message.subject, text: message.text, html: message.html, messageId,
        ...(message.headers ? { headers: message.headers } : {}),
        ...(message.attachments?.length ? { attachments: message.attachments } : {}),
      });
    } catch (error) {
      await this.outbox.markAttemptFailed(message.id, describe(error), this.nextAttempt(message, error));
      return;
    }
    await this.outbox.markSent(message.id);
  }

  /** When to try again, or null to give up: a permanent refusal (5xx), or past `retryUntil`. */
  private nextAttempt(message: ClaimedMessage, error: unknown): Date | null {
    const code = (error as { responseCode?: number }).responseCode;
    if (code && code >= 500 && code < 600) return null;
    const now = this.clock.now();
    const until = message.retryUntil ?? new Date(message.createdAt.getTime() + this.backoff.retryForMs);
    if (now >= until) return null;
    return new Date(now.getTime() + this.backoff.delayAfter(message.attempts + 1));
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The domain of the sender's address, for Message-IDs. */
function senderDomain(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
}
