import { Injectable } from '@nestjs/common';
import type { AccessScope, IssuedInvoice, Page, PackPaymentMethod, PaymentChoice, PricedLine, SubscriptionStatus } from '@extranet/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../prisma/prisma.service.js';
import { withinScope } from '../prisma/scope.js';

const subscriptionSelect = {
  id: true, organisationId: true, year: true, status: true, paymentChoice: true, termsAcceptedAt: true,
  totalExclCents: true, totalVatCents: true, totalInclCents: true, paidCents: true, paidAt: true,
  stripeSessionId: true, checkoutAttempts: true, lastPaymentError: true, version: true, createdAt: true,
  organisation: { select: { name: true, category: true } },
  terms: { select: { version: true } },
  lines: { orderBy: { position: 'asc' }, select: { id: true, catalogueItemId: true, kind: true, label: true, unitPriceExclCents: true, vatRateBp: true } },
  payments: { orderBy: [{ receivedOn: 'asc' }, { createdAt: 'asc' }], select: { id: true, method: true, amountCents: true, receivedOn: true, reference: true, createdAt: true } },
  invoices: { orderBy: { createdAt: 'asc' }, select: { id: true, kind: true, number: true, issuedOn: true, totalInclCents: true } },
} as const satisfies Prisma.SubscriptionSelect;
type SubscriptionRow = Prisma.SubscriptionGetPayload<{ select: typeof subscriptionSelect }>;

export interface PaymentView {
  id: string;
  method: PackPaymentMethod;
  amountCents: number;
  receivedOn: string;
  reference: string;
  createdAt: Date;
}

export interface InvoiceSummary {
  id: string;
  kind: 'INVOICE' | 'CREDIT_NOTE';
  number: string;
  issuedOn: string;
  totalInclCents: number;
}

export interface SubscriptionView {
  id: string;
  organisationId: string;
  organisationName: string;
  year: number;
  status: SubscriptionStatus;
  paymentChoice: PaymentChoice;
  termsVersion: number;
  termsAcceptedAt: Date;
  totalExclCents: number;
  totalVatCents: number;
  totalInclCents: number;
  paidCents: number;
  remainingCents: number;
  paidAt: Date | null;
  stripeSessionId: string | null;
  checkoutAttempts: number;
  lastPaymentError: string | null;
  version: number;
  createdAt: Date;
  lines: { id: string; catalogueItemId: string; kind: 'PACK' | 'OPTION'; label: string; unitPriceExclCents: number; vatRateBp: number }[];
  payments: PaymentView[];
  invoices: InvoiceSummary[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);

function toView(row: SubscriptionRow): SubscriptionView {
  const { organisation, terms, payments, invoices, ...rest } = row;
  return {
    ...rest,
    organisationName: organisation.name,
    termsVersion: terms.version,
    remainingCents: Math.max(0, rest.status === 'CANCELLED' ? 0 : rest.totalInclCents - rest.paidCents),
    payments: payments.map((p) => ({ ...p, receivedOn: day(p.receivedOn) })),
    invoices: invoices.map((i) => ({ ...i, issuedOn: day(i.issuedOn) })),
  };
}

export interface NewSubscription {
  organisationId: string;
  year: number;
  paymentChoice: PaymentChoice;
  termsId: string;
  termsAcceptedAt: Date;
  /** The service's clock: « unpaid after 30 days » and the revenue months count from it. */
  createdAt: Date;
  totalExclCents: number;
  totalVatCents: number;
  totalInclCents: number;
  createdById: string;
  lines: (PricedLine & { catalogueItemId: string; kind: 'PACK' | 'OPTION' })[];
}

export interface SubscriptionFilter {
  year?: number | null;
  status?: SubscriptionStatus | null;
  search?: string | null;
}

/** Subscriptions, their payments and invoices, the invoice counters and the Stripe events seen. */
@Injectable()
export class SubscriptionsRepository {
  constructor(private readonly db: PrismaService) {}

  async findById(id: string, scope: AccessScope): Promise<SubscriptionView | null> {
    const row = await this.db.client.subscription.findFirst({ where: withinScope({ id }, scope), select: subscriptionSelect });
    return row ? toView(row) : null;
  }

  /** Locks the subscription row for the rest of the transaction (payments, fulfilment). */
  async lock(id: string): Promise<void> {
    await this.db.client.$executeRaw`SELECT 1 FROM "subscription" WHERE "id" = ${id}::uuid FOR UPDATE`;
  }

  /** Serialises subscriptions of one organisation (one live subscription per year). */
  async lockOrganisation(organisationId: string): Promise<void> {
    await this.db.client.$executeRaw`SELECT 1 FROM "organisation" WHERE "id" = ${organisationId}::uuid FOR UPDATE`;
  }

  async forOrganisation(organisationId: string): Promise<SubscriptionView[]> {
    const rows = await this.db.client.subscription.findMany({ where: { organisationId }, orderBy: [{ year: 'desc' }, { createdAt: 'desc' }], select: subscriptionSelect });
    return rows.map(toView);
  }

  async liveStatus(organisationId: string, year: number): Promise<SubscriptionStatus | null> {
    const row = await this.db.client.subscription.findFirst({ where: { organisationId, year, status: { not: 'CANCELLED' } }, select: { status: true } });
    return row?.status ?? null;
  }

  async list(filter: SubscriptionFilter, page: Page): Promise<{ items: SubscriptionView[]; total: number }> {
    const search = filter.search?.trim();
    const where: Prisma.SubscriptionWhereInput = {
      ...(filter.year ? { year: filter.year } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(search ? { organisation: { name: { contains: search, mode: 'insensitive' } } } : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.client.subscription.findMany({ where, orderBy: [{ year: 'desc' }, { organisation: { name: 'asc' } }], skip: page.offset, take: page.limit, select: subscriptionSelect }),
      this.db.client.subscription.count({ where }),
    ]);
    return { items: rows.map(toView), total };
  }

  async summary(year: number): Promise<{ awaitingCount: number; awaitingCents: number; paidCount: number; revenueCents: number }> {
    const [awaiting, paid] = await Promise.all([
      this.db.client.subscription.aggregate({ where: { year, status: 'AWAITING_PAYMENT' }, _count: true, _sum: { totalInclCents: true, paidCents: true } }),
      this.db.client.subscription.aggregate({ where: { year, status: 'PAID' }, _count: true }),
    ]);
    const received = await this.db.client.payment.aggregate({ where: { subscription: { year, status: { not: 'CANCELLED' } } }, _sum: { amountCents: true } });
    return {
      awaitingCount: awaiting._count,
      awaitingCents: (awaiting._sum.totalInclCents ?? 0) - (awaiting._sum.paidCents ?? 0),
      paidCount: paid._count,
      revenueCents: received._sum.amountCents ?? 0,
    };
  }

  async create(s: NewSubscription): Promise<string> {
    const { lines, ...rest } = s;
    const row = await this.db.client.subscription.create({
      data: {
        ...rest,
        lines: { create: lines.map((l, position) => ({ catalogueItemId: l.catalogueItemId, kind: l.kind, label: l.label, unitPriceExclCents: l.unitPriceExclCents, vatRateBp: l.vatRateBp, position })) },
      },
      select: { id: true },
    });
    return row.id;
  }

  async addPayment(p: { subscriptionId: string; organisationId: string; method: PackPaymentMethod; amountCents: number; receivedOn: string; reference: string; recordedById: string | null; stripePaymentRef?: string | null }): Promise<void> {
    await this.db.client.payment.create({ data: { ...p, receivedOn: new Date(`${p.receivedOn}T00:00:00Z`) }, select: { id: true } });
  }

  async paymentRefExists(ref: string): Promise<boolean> {
    return (await this.db.client.payment.count({ where: { stripePaymentRef: ref } })) > 0;
  }

  /** Adds to what was paid; null when it would exceed the total (someone paid meanwhile). */
  async addPaid(id: string, amountCents: number, paidAt: Date): Promise<{ paidCents: number; totalInclCents: number } | null> {
    const rows = await this.db.client.$queryRaw<{ paid_cents: number; total_incl_cents: number }[]>`
      UPDATE "subscription" SET "paid_cents" = "paid_cents" + ${amountCents},
        "status" = CASE WHEN "paid_cents" + ${amountCents} >= "total_incl_cents" THEN 'PAID'::"SubscriptionStatus" ELSE "status" END,
        "paid_at" = CASE WHEN "paid_cents" + ${amountCents} >= "total_incl_cents" THEN ${paidAt}::timestamptz ELSE "paid_at" END,
        "version" = "version" + 1, "updated_at" = now()
      WHERE "id" = ${id}::uuid AND "status" = 'AWAITING_PAYMENT' AND "paid_cents" + ${amountCents} <= "total_incl_cents"
      RETURNING "paid_cents", "total_incl_cents"`;
    return rows[0] ? { paidCents: rows[0].paid_cents, totalInclCents: rows[0].total_incl_cents } : null;
  }

  async setCheckout(id: string, sessionId: string | null, attempts: number, error: string | null = null): Promise<void> {
    await this.db.client.subscription.update({ where: { id }, data: { stripeSessionId: sessionId, checkoutAttempts: attempts, lastPaymentError: error }, select: { id: true } });
  }

  async setPaymentError(id: string, error: string | null): Promise<void> {
    await this.db.client.subscription.update({ where: { id }, data: { lastPaymentError: error }, select: { id: true } });
  }

  async cancel(id: string): Promise<void> {
    await this.db.client.subscription.update({ where: { id }, data: { status: 'CANCELLED', version: { increment: 1 } }, select: { id: true } });
  }

  /** The subscription a Checkout session was opened for (its id travels in the metadata too). */
  async findIdBySession(sessionId: string, subscriptionId: string | null): Promise<string | null> {
    const row = await this.db.client.subscription.findFirst({
      where: { OR: [{ stripeSessionId: sessionId }, ...(subscriptionId && /^[0-9a-f-]{36}$/i.test(subscriptionId) ? [{ id: subscriptionId }] : [])] },
      select: { id: true },
    });
    return row?.id ?? null;
  }

  /**
   * The next number of the year for invoices or credit notes: one upsert that holds the counter's
   * row lock until the paying transaction ends, so concurrent payments take turns and a rolled-back
   * one gives its number back. No gap, no duplicate.
   */
  async allocateNumber(kind: 'INVOICE' | 'CREDIT_NOTE', year: number): Promise<number> {
    const rows = await this.db.client.$queryRaw<{ last: number }[]>`
      INSERT INTO "invoice_counter" ("kind", "year", "last") VALUES (${kind}::"InvoiceKind", ${year}, 1)
      ON CONFLICT ("kind", "year") DO UPDATE SET "last" = "invoice_counter"."last" + 1
      RETURNING "last"`;
    return rows[0]!.last;
  }

  async createInvoice(i: { organisationId: string; subscriptionId: string; sequence: number; content: IssuedInvoice; creditedInvoiceId: string | null; sign: 1 | -1 }): Promise<string> {
    const c = i.content;
    const row = await this.db.client.invoice.create({
      data: {
        organisationId: i.organisationId, subscriptionId: i.subscriptionId, kind: c.kind, year: Number(c.number.replace(/^\D+(\d{4}).*$/, '$1')),
        sequence: i.sequence, number: c.number, issuedOn: new Date(`${c.issuedOn}T00:00:00Z`),
        totalExclCents: i.sign * c.totals.totalExclCents, totalVatCents: i.sign * c.totals.totalVatCents, totalInclCents: i.sign * c.totals.totalInclCents,
        content: c as unknown as Prisma.InputJsonValue, creditedInvoiceId: i.creditedInvoiceId,
      },
      select: { id: true },
    });
    return row.id;
  }

  async findInvoice(id: string, scope: AccessScope): Promise<{ id: string; organisationId: string; subscriptionId: string; kind: 'INVOICE' | 'CREDIT_NOTE'; number: string; content: IssuedInvoice; credited: boolean } | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const row = await this.db.client.invoice.findFirst({
      where: withinScope({ id }, scope),
      select: { id: true, organisationId: true, subscriptionId: true, kind: true, number: true, content: true, creditNote: { select: { id: true } } },
    });
    return row ? { ...row, content: row.content as unknown as IssuedInvoice, credited: row.creditNote !== null } : null;
  }

  /** Stores a Stripe event id; false when it was already there (a duplicate delivery). */
  async recordStripeEvent(e: { id: string; type: string; sessionId: string | null; outcome: string }): Promise<boolean> {
    const rows = await this.db.client.$queryRaw<{ id: string }[]>`
      INSERT INTO "stripe_event" ("id", "type", "session_id", "outcome") VALUES (${e.id}, ${e.type}, ${e.sessionId}, ${e.outcome})
      ON CONFLICT ("id") DO NOTHING RETURNING "id"`;
    return rows.length > 0;
  }

  async setStripeEventOutcome(id: string, outcome: string): Promise<void> {
    await this.db.client.stripeEvent.update({ where: { id }, data: { outcome }, select: { id: true } });
  }

  /** The sold lines of a year's live subscriptions, for the revenue report. */
  async revenueLines(year: number): Promise<{ itemName: string; kind: 'PACK' | 'OPTION'; amountExclCents: number; paid: boolean; at: Date }[]> {
    const rows = await this.db.client.subscriptionLine.findMany({
      where: { subscription: { year, status: { not: 'CANCELLED' } } },
      select: { kind: true, unitPriceExclCents: true, catalogueItem: { select: { name: true } }, subscription: { select: { status: true, paidAt: true, createdAt: true } } },
    });
    return rows.map((r) => ({
      itemName: r.catalogueItem.name, kind: r.kind, amountExclCents: r.unitPriceExclCents,
      paid: r.subscription.status === 'PAID', at: r.subscription.status === 'PAID' ? (r.subscription.paidAt ?? r.subscription.createdAt) : r.subscription.createdAt,
    }));
  }

  /** Organisations that had a live pack the year before `year`, and whether they took one for `year`. */
  async renewals(year: number): Promise<{ organisationId: string; organisationName: string; previousStatus: SubscriptionStatus; status: SubscriptionStatus | null }[]> {
    const rows = await this.db.client.$queryRaw<{ organisation_id: string; name: string; previous_status: SubscriptionStatus; status: SubscriptionStatus | null }[]>`
      SELECT p."organisation_id"::text AS organisation_id, o."name", p."status"::text AS previous_status, c."status"::text AS status
      FROM "subscription" p
      JOIN "organisation" o ON o."id" = p."organisation_id"
      LEFT JOIN "subscription" c ON c."organisation_id" = p."organisation_id" AND c."year" = ${year} AND c."status" <> 'CANCELLED'
      WHERE p."year" = ${year - 1} AND p."status" <> 'CANCELLED'
      ORDER BY (c."status" IS NOT NULL), o."name"`;
    return rows.map((r) => ({ organisationId: r.organisation_id, organisationName: r.name, previousStatus: r.previous_status, status: r.status }));
  }

  /** Subscriptions of the year still awaiting payment and made before `before`. */
  async overdue(year: number, before: Date): Promise<SubscriptionView[]> {
    const rows = await this.db.client.subscription.findMany({ where: { year, status: 'AWAITING_PAYMENT', createdAt: { lte: before } }, orderBy: { createdAt: 'asc' }, take: 200, select: subscriptionSelect });
    return rows.map(toView);
  }

  /** Active owners of an organisation, to e-mail. */
  async owners(organisationId: string): Promise<{ email: string; name: string }[]> {
    return this.db.client.user.findMany({ where: { active: true, memberships: { some: { organisationId, role: 'OWNER' } } }, select: { email: true, name: true }, orderBy: { email: 'asc' } });
  }
}
