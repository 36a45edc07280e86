// E-mail delivery through a real SMTP server on loopback: the outbox worker (pg-boss) sends, retries
// with backoff while the server is down, and delivers every message exactly once when it returns.
import { createServer } from 'node:net';
import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { createPartner, createStaff, createUser, PASSWORD } from './utils/factories.js';
import { GraphQLClient, signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }';
const REQUEST_RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const OUTBOX = `query($page: PageInput, $status: OutboxStatus) {
  outbox(page: $page, status: $status) { total smtpConfigured items { id recipient template status attempts lastError createdAt sentAt } }
}`;

interface Received {
  recipients: string[];
  raw: string;
}

/** A loopback SMTP server that can be stopped, restarted on the same port, or made slow. */
class FakeSmtp {
  readonly received: Received[] = [];
  /** Recipients whose message the server takes this long to accept. */
  readonly slowFor = new Map<string, number>();
  private server?: SMTPServer;

  constructor(readonly port: number) {}

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
          const delay = Math.max(0, ...recipients.map((r) => this.slowFor.get(r) ?? 0));
          setTimeout(() => {
            this.received.push({ recipients, raw: Buffer.concat(chunks).toString('utf8') });
            callback();
          }, delay);
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

  countFor(recipient: string): number {
    return this.received.filter((m) => m.recipients.includes(recipient.toLowerCase())).length;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes; returns the last value. */
async function waitFor<T>(check: () => Promise<T>, timeoutMs: number, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await check();
  while (!value && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    value = await check();
  }
  return value;
}

/** Undoes quoted-printable soft breaks and escapes, enough to find a link in a raw message. */
function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

let smtp: FakeSmtp;
let t: TestApp;
let staff: GraphQLClient;

beforeAll(async () => {
  smtp = new FakeSmtp(await freePort());
  await smtp.start();
  t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
});
afterAll(async () => {
  await t?.close();
  await smtp?.stop();
});

const messagesTo = (recipients: string[]) =>
  t.prisma.outboxMessage.findMany({ where: { recipient: { in: recipients } }, orderBy: { recipient: 'asc' } });

describe('with an SMTP server', () => {
  it('delivers an invitation and marks it SENT', async () => {
    const { organisation, owner } = await createPartner(t.prisma);
    const asOwner = await signedInClient(t.baseUrl, owner.email, PASSWORD);
    const recipient = `livraison-${randomUUID().slice(0, 8)}@example.fr`;
    await asOwner.ok(INVITE, { input: { organisationId: organisation.id, email: recipient, role: 'MEMBER' } });

    const sent = await waitFor(async () => {
      const [message] = await messagesTo([recipient]);
      return message?.status === 'SENT' ? message : null;
    }, 15_000);
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
    const failedOnce = await waitFor(async () => {
      const messages = await messagesTo(recipients);
      return messages.length === 5 && messages.every((m) => m.attempts >= 1 && m.lastError) ? messages : null;
    }, 20_000);
    expect(failedOnce).not.toBeNull();
    for (const message of failedOnce!) {
      expect(message).toMatchObject({ status: 'PENDING', sentAt: null });
      expect(message.lastError).toMatch(/ECONNREFUSED|connect/i);
    }
    // pg-boss holds a retry for each, as the worker expects (retryLimit 9, 5 s exponential backoff).
    const jobs = await t.prisma.$queryRawUnsafe<{ id: string; state: string; retry_limit: number; retry_delay: number; retry_backoff: boolean }[]>(
      `SELECT data->>'id' AS id, state::text AS state, retry_limit, retry_delay, retry_backoff FROM pgboss.job
       WHERE name = 'outbox-deliver' AND data->>'id' = ANY($1::text[])`,
      failedOnce!.map((m) => m.id),
    );
    expect(new Set(jobs.map((j) => j.id)).size).toBe(5);
    for (const job of jobs) expect(job).toMatchObject({ retry_limit: 9, retry_delay: 5, retry_backoff: true });
    expect(jobs.some((j) => j.state === 'retry')).toBe(true);

    await smtp.start();
    const allSent = await waitFor(async () => {
      const messages = await messagesTo(recipients);
      return messages.every((m) => m.status === 'SENT') ? messages : null;
    }, 75_000, 500);
    expect(allSent?.map((m) => m.status)).toEqual(Array(5).fill('SENT'));
    for (const message of allSent!) {
      expect(message.sentAt).toBeInstanceOf(Date);
      expect(message.attempts).toBeGreaterThanOrEqual(2);
    }
    // Give any stray retry or sweep a moment, then count: exactly one delivery per recipient.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(recipients.map((r) => smtp.countFor(r))).toEqual([1, 1, 1, 1, 1]);
  }, 120_000);

  it('delivers a message once even when the SMTP server is slow to accept it', async () => {
    const user = await createUser(t.prisma);
    smtp.slowFor.set(user.email.toLowerCase(), 6_000);
    await new GraphQLClient(t.baseUrl).ok(REQUEST_RESET, { email: user.email });
    const settled = await waitFor(async () => {
      const [message] = await messagesTo([user.email]);
      return message?.status === 'SENT' || smtp.countFor(user.email) >= 2 ? message : null;
    }, 45_000, 500);
    smtp.slowFor.clear();
    const [message] = await messagesTo([user.email]);
    expect({ deliveries: smtp.countFor(user.email), status: message?.status, lastError: message?.lastError }).toEqual({
      deliveries: 1,
      status: 'SENT',
      lastError: null,
    });
    expect(settled).not.toBeNull();
  }, 60_000);

  it('hides single-use links from the outbox once an SMTP server delivers them', async () => {
    const { outbox } = await staff.ok('{ outbox(page: { limit: 100 }) { items { template text } } }');
    const withLinks = outbox.items.filter((m: { template: string }) => ['invitation', 'password-reset'].includes(m.template));
    expect(withLinks.length).toBeGreaterThan(0);
    for (const message of withLinks) {
      expect(message.text).toContain('[lien personnel masqué]');
      expect(message.text).not.toContain('token=');
    }
  });

  it('lists the outbox for staff, newest first, and says SMTP is configured', async () => {
    const { outbox } = await staff.ok(OUTBOX, { page: { offset: 0, limit: 100 } });
    expect(outbox.smtpConfigured).toBe(true);
    expect(outbox.total).toBeGreaterThanOrEqual(7);
    const times = outbox.items.map((m: { createdAt: string }) => new Date(m.createdAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const { outbox: sentOnly } = await staff.ok(OUTBOX, { status: 'SENT' });
    expect(sentOnly.items.length).toBeGreaterThan(0);
    expect(sentOnly.items.every((m: { status: string }) => m.status === 'SENT')).toBe(true);
  });
});
