// E-mail delivery through a real SMTP server on loopback: the outbox worker sends, retries with a
// capped backoff while the server is down (the app's clock moved through a ten-minute outage), takes
// over the claims of a stopped process at once, and delivers every message exactly once.
import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { DeliveryBackoff } from '../src/mail/delivery-backoff.js';
import { MailWorker } from '../src/mail/mail-worker.service.js';
import { MailService } from '../src/mail/mail.service.js';
import { createPartner, createStaff, createUser, PASSWORD } from './utils/factories.js';
import { freePort } from './utils/free-port.js';
import { GraphQLClient, signedInClient } from './utils/graphql.js';
import { TestClock } from './utils/test-clock.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { waitFor } from './utils/wait-for.js';

const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }';
const REQUEST_RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const OUTBOX = `query($page: PageInput, $status: OutboxStatus, $recipient: String) {
  outbox(page: $page, status: $status, recipient: $recipient) { total smtpConfigured items { id recipient subject template status attempts lastError createdAt sentAt nextAttemptAt text } }
}`;
const TROUBLE = '{ outboxTrouble { failing failed smtpConfigured } }';
const REQUEUE = 'mutation { requeueFailedMail }';

interface Received {
  recipients: string[];
  raw: string;
}

/** A message the server has read but not yet accepted: the sender is left waiting for the reply. */
interface Hold {
  arrived: boolean;
  release(): void;
  released: Promise<void>;
}

/** A loopback SMTP server that can be stopped, restarted on the same port, or made to hold a message. */
class FakeSmtp {
  /** Messages accepted. */
  readonly received: Received[] = [];
  /** Messages read, accepted or not yet, per recipient. */
  private readonly arrivals = new Map<string, number>();
  private readonly holds = new Map<string, Hold>();
  private server?: SMTPServer;

  constructor(readonly port: number) {}

  get running(): boolean {
    return this.server !== undefined;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 500,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          for (const r of recipients) this.arrivals.set(r, (this.arrivals.get(r) ?? 0) + 1);
          const holds = recipients.flatMap((r) => this.holds.get(r) ?? []);
          for (const hold of holds) hold.arrived = true;
          void Promise.all(holds.map((hold) => hold.released)).then(() => {
            this.received.push({ recipients, raw: Buffer.concat(chunks).toString('utf8') });
            callback();
          });
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Holds the next messages to `recipient` until `release()`. */
  hold(recipient: string): Hold {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const hold: Hold = { arrived: false, release, released };
    this.holds.set(recipient.toLowerCase(), hold);
    return hold;
  }

  releaseAll(): void {
    for (const hold of this.holds.values()) hold.release();
    this.holds.clear();
  }

  countFor(recipient: string): number {
    return this.received.filter((m) => m.recipients.includes(recipient.toLowerCase())).length;
  }

  arrivalsFor(recipient: string): number {
    return this.arrivals.get(recipient.toLowerCase()) ?? 0;
  }
}

/** Undoes quoted-printable soft breaks and escapes, enough to find a link in a raw message. */
function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

let smtp: FakeSmtp;
let t: TestApp;
let staff: GraphQLClient;
/** Only ever moved forward here: a claim never looks older than it is to the running worker. */
let clock: TestClock;
let backoff: DeliveryBackoff;

beforeAll(async () => {
  smtp = new FakeSmtp(await freePort());
  await smtp.start();
  t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  clock = TestClock.of(t.app);
  // The real schedule (30 s, doubling, capped at 30 min, for 24 h), in the app's clock; the idle
  // worker looks every 50 ms instead of every second, so that each step of the clock is quick.
  backoff = t.app.get(DeliveryBackoff);
  backoff.pollMs = 50;
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
});
afterEach(async () => {
  // Whatever a test did to the server (even failing half-way), the next one finds it up and prompt.
  smtp.releaseAll();
  if (!smtp.running) await smtp.start();
});
afterAll(async () => {
  await t?.close();
  await smtp?.stop();
});

const messagesTo = (recipients: string[]) =>
  t.prisma.outboxMessage.findMany({ where: { recipient: { in: recipients } }, orderBy: { recipient: 'asc' } });

const allSent = (recipients: string[]) => async () => {
  const messages = await messagesTo(recipients);
  return messages.length === recipients.length && messages.every((m) => m.status === 'SENT') ? messages : null;
};

/** True once none of these messages is due now or being sent: the worker has done this round. */
const roundDone = (recipients: string[]) => async () => {
  const now = clock.now();
  const messages = await messagesTo(recipients);
  return messages.every((m) => m.status !== 'PENDING' || (m.nextAttemptAt > now && !m.claimedBy));
};

const messageIdOf = (raw: string) => /^Message-ID: (.+)$/im.exec(raw)?.[1]?.trim();

/** `count` password-reset messages queued straight into the outbox (as a feature would), their recipients. */
async function queue(count: number, prefix: string): Promise<string[]> {
  const mail = t.app.get(MailService);
  const recipients = Array.from({ length: count }, (_, i) => `${prefix}-${i}-${randomUUID().slice(0, 6)}@example.fr`).sort();
  for (const recipient of recipients) await mail.enqueue('password-reset', recipient, { name: 'Test', link: 'http://portal.test/r' });
  return recipients;
}

describe('with an SMTP server', () => {
  it('delivers an invitation, marks it SENT, and keeps its Message-ID', async () => {
    const { organisation, owner } = await createPartner(t.prisma);
    const asOwner = await signedInClient(t.baseUrl, owner.email, PASSWORD);
    const recipient = `livraison-${randomUUID().slice(0, 8)}@example.fr`;
    await asOwner.ok(INVITE, { input: { organisationId: organisation.id, email: recipient, role: 'MEMBER' } });

    const [sent] = await waitFor('the invitation to be SENT', allSent([recipient]));
    expect(sent).toMatchObject({ template: 'invitation', status: 'SENT', attempts: 1, lastError: null, claimedBy: null });
    expect(sent!.sentAt).toBeInstanceOf(Date);
    expect(sent!.sentAt!.getTime()).toBeGreaterThanOrEqual(sent!.createdAt.getTime());
    // Retried for a day from when it was queued.
    expect(sent!.retryUntil!.getTime() - sent!.createdAt.getTime()).toBe(24 * 3_600_000);

    expect(smtp.countFor(recipient)).toBe(1);
    const mail = smtp.received.find((m) => m.recipients.includes(recipient))!;
    const token = sent!.text.match(/token=([\w-]+)/)![1]!;
    expect(decodeQuotedPrintable(mail.raw)).toContain(`http://portal.test/invitation?token=${token}`);
    expect(mail.raw).toMatch(/^From: .*extranet@paysdegex-tourisme\.fr/m);
    expect(mail.raw).toMatch(new RegExp(`^To: ${recipient.replace(/[.]/g, '\\.')}`, 'm'));
    expect(sent!.messageId).toBe(`<${sent!.id}@paysdegex-tourisme.fr>`);
    expect(messageIdOf(mail.raw)).toBe(sent!.messageId);
    expect(sent!.handedOffAt).toBeInstanceOf(Date);
  });

  it('retries through a ten-minute outage on the capped backoff and delivers each message once when the server returns', async () => {
    await smtp.stop();
    const recipients = await queue(12, 'panne');
    const started = clock.now().getTime();

    // Ten minutes of the app's clock, 20 s at a time: at each step the worker tries what is due.
    let rounds = 0;
    while (clock.now().getTime() - started < 10 * 60_000) {
      await waitFor('the worker to try every message due', roundDone(recipients));
      clock.advance(20_000);
      rounds += 1;
    }
    await waitFor('the last round', roundDone(recipients));
    const during = await messagesTo(recipients);
    const attempts = during.map((m) => m.attempts);
    process.stdout.write(`outage: ${rounds} clock steps of 20 s, attempts per message ${JSON.stringify(attempts)}\n`);
    for (const message of during) {
      expect(message).toMatchObject({ status: 'PENDING', sentAt: null });
      expect(message.lastError).toContain(`ECONNREFUSED 127.0.0.1:${smtp.port}`);
    }
    // 30 s, 1, 2, 4 min…: at most 6 attempts in ten minutes (no sweep adding attempts between them).
    for (const n of attempts) expect(n).toBeGreaterThanOrEqual(4);
    for (const n of attempts) expect(n).toBeLessThanOrEqual(6);

    await smtp.start();
    // The next attempts are due within the backoff's current step (at most 8 minutes here).
    clock.advance(9 * 60_000);
    const sent = await waitFor('every message to be SENT once the server is back', allSent(recipients), { timeoutMs: 45_000 });
    for (const message of sent) expect(message.attempts).toBeGreaterThanOrEqual(5);
    expect(recipients.map((r) => smtp.countFor(r))).toEqual(recipients.map(() => 1));
  }, 120_000);

  it('delivers a message once even while the SMTP server takes its time to accept it', async () => {
    const user = await createUser(t.prisma);
    const held = smtp.hold(user.email);
    await new GraphQLClient(t.baseUrl).ok(REQUEST_RESET, { email: user.email });
    await waitFor('the message to reach the server', () => held.arrived);

    // While the worker waits for the server's answer, the message is claimed by this worker (whose
    // connection is alive) and the hand-off is recorded: nobody takes it again.
    const [inFlight] = await messagesTo([user.email]);
    const worker = t.app.get(MailWorker);
    expect(inFlight).toMatchObject({ status: 'PENDING', attempts: 0, claimedBy: worker.name });
    expect(inFlight!.handedOffAt).toBeInstanceOf(Date);
    expect(inFlight!.claimedUntil!.getTime()).toBeGreaterThan(clock.now().getTime());
    worker.requestDelivery();
    await new Promise((resolve) => setTimeout(resolve, 300)); // several rounds of the 50 ms worker
    expect(smtp.arrivalsFor(user.email)).toBe(1);

    held.release();
    const [sent] = await waitFor('the message to be SENT', allSent([user.email]));
    expect({ arrivals: smtp.arrivalsFor(user.email), deliveries: smtp.countFor(user.email), status: sent.status, attempts: sent.attempts, lastError: sent.lastError }).toEqual({
      arrivals: 1,
      deliveries: 1,
      status: 'SENT',
      attempts: 1,
      lastError: null,
    });
  });

  it('takes over at once a message claimed by a process that stopped, and sends it with the same Message-ID', async () => {
    const recipient = `orphelin-${randomUUID().slice(0, 8)}@example.fr`;
    const now = clock.now();
    // As left by a process killed while the server was answering: claimed for ten more minutes,
    // handed off, no answer recorded.
    const orphan = await t.prisma.outboxMessage.create({
      data: {
        recipient, subject: 'Orphelin', template: 'password-reset', html: '<p>x</p>', text: 'x', createdAt: now, nextAttemptAt: now,
        retryUntil: new Date(now.getTime() + 86_400_000), claimedBy: 'extranet-mail:arrete', claimedUntil: new Date(now.getTime() + 10 * 60_000),
        messageId: '<orphelin@paysdegex-tourisme.fr>', handedOffAt: now,
      },
    });
    t.app.get(MailWorker).requestDelivery();
    const [sent] = await waitFor('the orphan to be SENT (without waiting for its claim to expire)', allSent([recipient]), { timeoutMs: 10_000 });
    expect(sent!.id).toBe(orphan.id);
    expect(smtp.countFor(recipient)).toBe(1);
    expect(messageIdOf(smtp.received.find((m) => m.recipients.includes(recipient))!.raw)).toBe('<orphelin@paysdegex-tourisme.fr>');
  });

  it('delivers faster than one message a second', async () => {
    const started = Date.now();
    const recipients = await queue(40, 'debit');
    await waitFor('the 40 messages to be SENT', allSent(recipients), { timeoutMs: 60_000, intervalMs: 50 });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`throughput: 40 messages in ${seconds.toFixed(1)} s (${(40 / seconds).toFixed(1)} per second)\n`);
    expect(40 / seconds).toBeGreaterThan(1);
    expect(recipients.map((r) => smtp.countFor(r))).toEqual(recipients.map(() => 1));
  }, 90_000);

  it('gives a message up after its day of retries, shows it to staff, who re-queue it in one action', async () => {
    await smtp.stop();
    const recipients = await queue(2, 'abandon');
    await waitFor('a first failed attempt', async () => (await messagesTo(recipients)).every((m) => m.attempts >= 1));
    const failing = await staff.ok(TROUBLE);
    expect(failing.outboxTrouble.failing).toBeGreaterThanOrEqual(2);
    // A day later (its last retry due now): the next failure gives it up.
    await t.prisma.outboxMessage.updateMany({ where: { recipient: { in: recipients } }, data: { retryUntil: clock.now(), nextAttemptAt: clock.now() } });
    clock.advance(1_000);
    const failed = await waitFor('both to be FAILED', async () => {
      const messages = await messagesTo(recipients);
      return messages.every((m) => m.status === 'FAILED') ? messages : null;
    });
    expect(failed.every((m) => m.lastError?.includes('ECONNREFUSED'))).toBe(true);
    const { outboxTrouble } = await staff.ok(TROUBLE);
    expect(outboxTrouble.failed).toBe(await t.prisma.outboxMessage.count({ where: { status: 'FAILED' } }));
    expect(outboxTrouble.failed).toBeGreaterThanOrEqual(2);
    const { outbox } = await staff.ok(OUTBOX, { status: 'FAILED', recipient: 'ABANDON-' });
    expect(outbox.items.map((m: { recipient: string }) => m.recipient).sort()).toEqual(recipients);

    await smtp.start();
    const { requeueFailedMail } = await staff.ok(REQUEUE);
    expect(requeueFailedMail).toBe(outboxTrouble.failed);
    await waitFor('both to be SENT after the re-queue', allSent(recipients));
    expect(recipients.map((r) => smtp.countFor(r))).toEqual([1, 1]);
    const audit = await t.prisma.auditEvent.findFirst({ where: { action: 'outbox.retry' }, orderBy: { at: 'desc' } });
    expect(audit).toMatchObject({ outcome: 'SUCCESS' });
    expect((await staff.ok(TROUBLE)).outboxTrouble.failed).toBe(0);
  });

  it('searches the outbox by recipient, and refuses an over-long search naming the field', async () => {
    const [recipient] = await queue(1, 'Recherche');
    await waitFor('the message to be SENT', allSent([recipient!]));
    const { outbox } = await staff.ok(OUTBOX, { recipient: recipient!.slice(0, 14).toUpperCase() });
    expect(outbox.items.map((m: { recipient: string }) => m.recipient)).toEqual([recipient]);
    expect(outbox.items[0]).toMatchObject({ status: 'SENT', nextAttemptAt: null });
    const refused = await staff.request(OUTBOX, { recipient: 'x'.repeat(255) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(refused.errors)).toContain('recipient');
  });

  it('hides single-use links from the outbox once an SMTP server delivers them', async () => {
    const { organisation, owner } = await createPartner(t.prisma);
    const asOwner = await signedInClient(t.baseUrl, owner.email, PASSWORD);
    const invited = `lien-${randomUUID().slice(0, 8)}@example.fr`;
    await asOwner.ok(INVITE, { input: { organisationId: organisation.id, email: invited, role: 'MEMBER' } });
    await new GraphQLClient(t.baseUrl).ok(REQUEST_RESET, { email: owner.email });
    await waitFor('the reset e-mail (sent after the answer)', () => t.prisma.outboxMessage.findFirst({ where: { recipient: owner.email } }));

    const { outbox } = await staff.ok(OUTBOX, { page: { limit: 100 } });
    const ours = outbox.items.filter((m: { recipient: string }) => [invited, owner.email].includes(m.recipient));
    expect(ours.map((m: { template: string }) => m.template).sort()).toEqual(['invitation', 'password-reset']);
    for (const message of ours) {
      expect(message.text).toContain('[lien personnel masqué]');
      expect(message.text).not.toContain('token=');
    }
  });

  it('lists the outbox for staff, newest first, by status, and says SMTP is configured', async () => {
    const users = await Promise.all(Array.from({ length: 3 }, () => createUser(t.prisma)));
    for (const user of users) {
      clock.advance(1_000); // distinct createdAt, in this order
      await new GraphQLClient(t.baseUrl).ok(REQUEST_RESET, { email: user.email });
      // The reset e-mail is written after the answer: let it be, before the clock moves on.
      await waitFor(`the reset e-mail to ${user.email}`, () => t.prisma.outboxMessage.findFirst({ where: { recipient: user.email } }));
    }
    const recipients = users.map((u) => u.email);
    await waitFor('the three messages to be SENT', allSent(recipients));

    const { outbox } = await staff.ok(OUTBOX, { page: { offset: 0, limit: 100 } });
    expect(outbox.smtpConfigured).toBe(true);
    expect(outbox.total).toBe(await t.prisma.outboxMessage.count());
    const times = outbox.items.map((m: { createdAt: string }) => new Date(m.createdAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const ours = (items: { recipient: string }[]) => items.map((m) => m.recipient).filter((r) => recipients.includes(r));
    expect(ours(outbox.items)).toEqual([...recipients].reverse());

    const { outbox: sentOnly } = await staff.ok(OUTBOX, { status: 'SENT', page: { limit: 100 } });
    expect(sentOnly.items.every((m: { status: string }) => m.status === 'SENT')).toBe(true);
    expect(ours(sentOnly.items)).toEqual([...recipients].reverse());
    expect(sentOnly.total).toBe(await t.prisma.outboxMessage.count({ where: { status: 'SENT' } }));
  });
});
