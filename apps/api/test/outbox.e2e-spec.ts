// E-mail delivery through a real SMTP server on loopback: the outbox worker (pg-boss) sends, retries
// with backoff while the server is down, and delivers every message exactly once when it returns.
import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { DeliveryBackoff } from '../src/mail/delivery-backoff.js';
import { MailWorker } from '../src/mail/mail-worker.service.js';
import { createPartner, createStaff, createUser, PASSWORD } from './utils/factories.js';
import { freePort } from './utils/free-port.js';
import { GraphQLClient, signedInClient } from './utils/graphql.js';
import { TestClock } from './utils/test-clock.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { waitFor } from './utils/wait-for.js';

const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }';
const REQUEST_RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const OUTBOX = `query($page: PageInput, $status: OutboxStatus) {
  outbox(page: $page, status: $status) { total smtpConfigured items { id recipient template status attempts lastError createdAt sentAt text } }
}`;

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

beforeAll(async () => {
  smtp = new FakeSmtp(await freePort());
  await smtp.start();
  t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  clock = TestClock.of(t.app);
  // Retries start 1 s after a failure instead of 5 s, still doubling: a constant 1 s would let two
  // failing messages take every turn of the worker (one job a second, oldest first) from the others.
  Object.assign(t.app.get(DeliveryBackoff), { retryDelaySeconds: 1 });
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

/** True once pg-boss has nothing left to do for these messages: no job queued, retrying or running. */
const jobsSettled = (ids: string[]) => async () => {
  const [{ n }] = await t.prisma.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM pgboss.job WHERE name = 'outbox-deliver' AND data->>'id' = ANY($1::text[]) AND state IN ('created', 'retry', 'active')`,
    ids,
  );
  return Number(n) === 0;
};

describe('with an SMTP server', () => {
  it('delivers an invitation and marks it SENT', async () => {
    const { organisation, owner } = await createPartner(t.prisma);
    const asOwner = await signedInClient(t.baseUrl, owner.email, PASSWORD);
    const recipient = `livraison-${randomUUID().slice(0, 8)}@example.fr`;
    await asOwner.ok(INVITE, { input: { organisationId: organisation.id, email: recipient, role: 'MEMBER' } });

    const [sent] = await waitFor('the invitation to be SENT', allSent([recipient]));
    expect(sent).toMatchObject({ template: 'invitation', status: 'SENT', attempts: 1, lastError: null });
    expect(sent!.sentAt).toBeInstanceOf(Date);
    expect(sent!.sentAt!.getTime()).toBeGreaterThanOrEqual(sent!.createdAt.getTime());

    expect(smtp.countFor(recipient)).toBe(1);
    const mail = smtp.received.find((m) => m.recipients.includes(recipient))!;
    const token = sent!.text.match(/token=([\w-]+)/)![1]!;
    expect(decodeQuotedPrintable(mail.raw)).toContain(`http://portal.test/invitation?token=${token}`);
    expect(mail.raw).toMatch(/^From: .*extranet@paysdegex-tourisme\.fr/m);
    expect(mail.raw).toMatch(new RegExp(`^To: ${recipient.replace(/[.]/g, '\\.')}`, 'm'));
  });

  it('keeps retrying while the server is down and delivers each message once when it returns', async () => {
    const users = await Promise.all(Array.from({ length: 5 }, () => createUser(t.prisma)));
    const recipients = users.map((u) => u.email).sort();
    await smtp.stop();

    for (const email of recipients) await new GraphQLClient(t.baseUrl).ok(REQUEST_RESET, { email });

    // Every message has been tried once, failed, and is still waiting.
    const failedOnce = await waitFor('every message to fail a first attempt', async () => {
      const messages = await messagesTo(recipients);
      return messages.length === 5 && messages.every((m) => m.attempts >= 1 && m.lastError) ? messages : null;
    });
    for (const message of failedOnce) {
      expect(message).toMatchObject({ status: 'PENDING', sentAt: null });
      expect(message.lastError).toContain(`ECONNREFUSED 127.0.0.1:${smtp.port}`);
    }
    // pg-boss holds a retry for each, with the worker's limit (9 retries) and the backoff injected above.
    const ids = failedOnce.map((m) => m.id);
    const jobs = await t.prisma.$queryRawUnsafe<{ id: string; state: string; retry_limit: number; retry_delay: number; retry_backoff: boolean }[]>(
      `SELECT data->>'id' AS id, state::text AS state, retry_limit, retry_delay, retry_backoff FROM pgboss.job
       WHERE name = 'outbox-deliver' AND data->>'id' = ANY($1::text[])`,
      ids,
    );
    expect(new Set(jobs.map((j) => j.id)).size).toBe(5);
    for (const job of jobs) expect(job).toMatchObject({ retry_limit: 9, retry_delay: 1, retry_backoff: true });
    expect(jobs.some((j) => j.state === 'retry')).toBe(true);

    await smtp.start();
    const sent = await waitFor('every message to be SENT once the server is back', allSent(recipients), { timeoutMs: 45_000 });
    for (const message of sent) {
      expect(message.sentAt).toBeInstanceOf(Date);
      expect(message.attempts).toBeGreaterThanOrEqual(2);
    }
    // Once pg-boss has nothing left queued for them, count: exactly one delivery per recipient.
    await waitFor('the delivery jobs to settle', jobsSettled(ids));
    expect(recipients.map((r) => smtp.countFor(r))).toEqual([1, 1, 1, 1, 1]);
  }, 90_000);

  it('delivers a message once even while the SMTP server takes its time to accept it', async () => {
    const user = await createUser(t.prisma);
    const held = smtp.hold(user.email);
    await new GraphQLClient(t.baseUrl).ok(REQUEST_RESET, { email: user.email });
    await waitFor('the message to reach the server', () => held.arrived);

    // While the worker waits for the server's answer, the message is claimed: the sweep and a second
    // delivery job for it leave it alone.
    const [inFlight] = await messagesTo([user.email]);
    expect(inFlight).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(inFlight!.claimedUntil!.getTime()).toBeGreaterThan(clock.now().getTime());
    const worker = t.app.get(MailWorker);
    await worker.sweep();
    await worker.deliver(inFlight!.id);
    expect(smtp.arrivalsFor(user.email)).toBe(1);

    held.release();
    const [sent] = await waitFor('the message to be SENT', allSent([user.email]));
    await waitFor('its delivery jobs to settle', jobsSettled([inFlight!.id]));
    expect({ arrivals: smtp.arrivalsFor(user.email), deliveries: smtp.countFor(user.email), status: sent.status, attempts: sent.attempts, lastError: sent.lastError }).toEqual({
      arrivals: 1,
      deliveries: 1,
      status: 'SENT',
      attempts: 1,
      lastError: null,
    });
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
