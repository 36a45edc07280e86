// The whole runtime configuration, validated once at start: a missing or malformed variable stops
// the app with a message that names it.
import { z } from 'zod';

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgresql://');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Address of the portal as users reach it; used in e-mail links and to decide Secure cookies. */
    PUBLIC_URL: z.string().url().optional(),
    /** An external PostgreSQL; when unset the app starts an embedded one under DATA_DIR. */
    DATABASE_URL: postgresUrl.optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    /** At least 32 characters; when unset one is generated and kept under DATA_DIR. */
    SESSION_SECRET: z.string().min(32).optional(),
    /** smtp:// or smtps:// URL of a real mail server; without it e-mails stay in the outbox. */
    SMTP_URL: z
      .string()
      .url()
      .refine((value) => /^smtps?:\/\//.test(value), 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Office de Tourisme du Pays de Gex <extranet@paysdegex-tourisme.fr>'),
    /**
     * Sign-in attempts allowed per minute for one address and for one account (docs/security.md
     * promises 5). Test runs raise it so that a file may sign the same account in many times.
     */
    THROTTLE_SIGN_IN_LIMIT: z.coerce.number().int().min(1).max(1000).default(5),
    /**
     * Failed sign-ins, and password-reset requests, allowed per minute from one client address
     * (whatever the account): generous, since a whole office may sit behind one address.
     */
    THROTTLE_CLIENT_LIMIT: z.coerce.number().int().min(1).max(100000).default(30),
    /**
     * Express's `trust proxy` when a reverse proxy sets X-Forwarded-For: a hop count, or addresses
     * and keywords (`loopback`, `uniquelocal`…), comma-separated. Unset: 1 when PUBLIC_URL is
     * https (TLS ends at a proxy), otherwise the socket's address is the client's.
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .regex(/^(\d+|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, 'must be a hop count, or addresses and keywords separated by commas')
      .optional(),
    /**
     * `off`: this process schedules no background sweep (reminders, news e-mails). Default `on`, but
     * `off` under NODE_ENV=test (tests call the sweeps themselves); command-line tools set it `off`.
     * Mail delivery is not a scheduled job: it runs whenever SMTP_URL is set.
     */
    SCHEDULED_JOBS: z.enum(['on', 'off']).optional(),
    /** When the freshness reminders sweep runs (pg-boss cron, five fields). Default: every five minutes. */
    FRESHNESS_REMINDERS_CRON: z.string().trim().regex(/^(\S+\s+){4}\S+$/, 'must be a cron expression of five fields').default('*/5 * * * *'),
    /** When the tourist-tax reminders sweep runs (pg-boss cron). Default: hourly, at minute 17. */
    TAX_REMINDERS_CRON: z.string().trim().regex(/^(\S+\s+){4}\S+$/, 'must be a cron expression of five fields').default('17 * * * *'),
    /** When the news e-mail sweep runs (scheduled items due, weekly digests). Default: every fifteen minutes. */
    NEWS_MAIL_CRON: z.string().trim().regex(/^(\S+\s+){4}\S+$/, 'must be a cron expression of five fields').default('*/15 * * * *'),
    /**
     * Stripe (packs paid online by card or SEPA debit): both keys or neither. Without them the
     * portal hides online payment and partners pay by transfer or cheque.
     */
    STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)').optional(),
    STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_\w+$/, 'must be a Stripe webhook signing secret (whsec_…)').optional(),
    /** When the pack renewal reminders sweep runs (pg-boss cron, Paris time). Default: every day at 08:00. */
    PACK_REMINDERS_CRON: z.string().trim().regex(/^(\S+\s+){4}\S+$/, 'must be a cron expression of five fields').default('0 8 * * *'),
    /** Tests and local fakes only: where the Stripe SDK sends its requests (http://127.0.0.1:PORT). */
    STRIPE_API_URL: z.string().url().optional(),
  })
  .refine((env) => Boolean(env.STRIPE_SECRET_KEY) === Boolean(env.STRIPE_WEBHOOK_SECRET), {
    path: ['STRIPE_WEBHOOK_SECRET'],
    message: 'STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together: set both (online payment) or neither (offline only)',
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.THROTTLE_SIGN_IN_LIMIT <= 5, {
    path: ['THROTTLE_SIGN_IN_LIMIT'],
    message: 'must be at most 5 in production (docs/security.md: 5 sign-in attempts per minute)',
  })
  .transform((env) => ({
    ...env,
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    SCHEDULED_JOBS: env.SCHEDULED_JOBS ?? (env.NODE_ENV === 'test' ? 'off' : 'on'),
  }));

export type Env = z.infer<typeof envSchema>;

export class InvalidConfigError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new InvalidConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Injection token of the validated configuration. */
export const ENV = Symbol('ENV');
