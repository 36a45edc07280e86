import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  checkSubscriptionChoice,
  computeTotals,
  DomainError,
  formatEuros,
  numericFrenchDay,
  invoiceNumber,
  PACK_PAYMENT_METHOD_LABELS,
  packYearStatus,
  priceChangedMessage,
  SUBSCRIPTION_MESSAGES,
  validateOfflinePayment,
  type IssuedInvoice,
  type OfflinePaymentInput,
  type Organisation,
  type PackPaymentMethod,
  type PackYearStatus,
  type Page,
  type PaymentChoice,
} from '@extranet/domain';
import type Stripe from 'stripe';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { CatalogueRepository } from './catalogue.repository.js';
import { STRIPE } from './stripe.provider.js';
import { SubscriptionsRepository, type SubscriptionFilter, type SubscriptionView } from './subscriptions.repository.js';

export const SUBSCRIPTION_NOT_FOUND = 'Souscription introuvable.';
export const ALREADY_PAID = 'Cette souscription est déjà réglée (ou annulée) : aucun paiement n’est attendu.';
export const CHECKOUT_FAILED = 'Le paiement en ligne n’a pas pu être ouvert. Réessayez dans un instant, ou choisissez le virement ou le chèque.';

export interface SubscribeInput {
  organisationId: string;
  packId: string;
  optionIds: string[];
  termsId: string;
  acceptTerms: boolean;
  paymentChoice: PaymentChoice;
  /** The total including VAT the portal showed, to tell the partner if the server's differs. */
  shownTotalInclCents?: number | null;
}

export interface SubscribeResult {
  subscription: SubscriptionView;
  priceNotice: string | null;
  checkoutUrl: string | null;
}

const today = (d: Date) => d.toISOString().slice(0, 10);

/** Subscriptions: a partner subscribes, pays (Stripe or offline, recorded by staff), gets invoices. */
@Injectable()
export class SubscriptionsService {
  private readonly logger = new Logger('Packs');

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(STRIPE) private readonly stripe: Stripe | null,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly catalogue: CatalogueRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  get onlinePayment(): boolean {
    return this.stripe !== null && Boolean(this.env.STRIPE_WEBHOOK_SECRET);
  }

  get(user: SessionUser, id: string): Promise<SubscriptionView> {
    return this.load(user, 'subscription.read', id);
  }

  async forOrganisation(user: SessionUser, organisationId: string): Promise<SubscriptionView[]> {
    const organisation = await this.loadOrganisation(user, 'subscription.read', organisationId);
    return this.subscriptions.forOrganisation(organisation.id);
  }

  /** The partner home's line: its pack for the year. */
  async packStatus(user: SessionUser, organisationId: string, year: number | null): Promise<{ year: number; status: PackYearStatus; subscription: SubscriptionView | null }> {
    const organisation = await this.loadOrganisation(user, 'subscription.read', organisationId);
    const forYear = year ?? this.clock.now().getUTCFullYear();
    const all = await this.subscriptions.forOrganisation(organisation.id);
    const live = (y: number) => all.find((s) => s.year === y && s.status !== 'CANCELLED') ?? null;
    const current = live(forYear);
    return { year: forYear, status: packYearStatus(current?.status ?? null, live(forYear - 1)?.status ?? null), subscription: current };
  }

  async list(user: SessionUser, filter: SubscriptionFilter, page: Page) {
    await this.access.check(user, 'subscription.list');
    return { ...(await this.subscriptions.list(filter, page)), ...page };
  }

  async summary(user: SessionUser, year: number | null) {
    await this.access.check(user, 'subscription.list');
    const forYear = year ?? this.clock.now().getUTCFullYear();
    return { year: forYear, ...(await this.subscriptions.summary(forYear)) };
  }

  async subscribe(user: SessionUser, input: SubscribeInput): Promise<SubscribeResult> {
    const result = await this.tx.run(async () => {
      const organisation = await this.loadOrganisation(user, 'subscription.create', input.organisationId);
      await this.subscriptions.lockOrganisation(organisation.id);
      const terms = await this.catalogue.currentTerms();
      if (!input.acceptTerms) throw DomainError.badInput([{ field: 'acceptTerms', message: SUBSCRIPTION_MESSAGES.termsNotAccepted }]);
      if (!terms || terms.id !== input.termsId) throw DomainError.badInput([{ field: 'termsId', message: SUBSCRIPTION_MESSAGES.termsOutdated }]);
      if (input.paymentChoice === 'ONLINE' && !this.onlinePayment) {
        throw DomainError.badInput([{ field: 'paymentChoice', message: SUBSCRIPTION_MESSAGES.onlineUnavailable }]);
      }
      if (new Set(input.optionIds).size !== input.optionIds.length) {
        throw DomainError.badInput([{ field: 'optionIds', message: 'Chaque option ne peut être choisie qu’une fois.' }]);
      }
      const found = await this.catalogue.findByIds([input.packId, ...input.optionIds]);
      // A version replaced since the page was loaded: the catalogue's current one is sold instead.
      const resolve = async (id: string, field: string) => {
        const item = found.find((i) => i.id === id);
        if (!item) throw DomainError.badInput([{ field, message: 'Pack ou option introuvable : rechargez la page.' }]);
        return item.replaced ? ((await this.catalogue.currentOfLineage(item.lineageId)) ?? item) : item;
      };
      const pack = await resolve(input.packId, 'packId');
      const options = [];
      for (const [i, id] of input.optionIds.entries()) options.push(await resolve(id, `optionIds.${i}`)); // one query at a time in a transaction
      const thisYear = this.clock.now().getUTCFullYear();
      const year = pack.year >= thisYear ? pack.year : thisYear;
      const checked = checkSubscriptionChoice({ pack, options }, organisation.category, year);
      if (!checked.ok) throw DomainError.badInput(checked.errors);
      if (await this.subscriptions.liveStatus(organisation.id, year)) {
        throw DomainError.conflict(SUBSCRIPTION_MESSAGES.alreadySubscribed);
      }
      const { lines, totals } = checked.value;
      const items = [pack, ...[...options].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'fr'))];
      const id = await this.subscriptions.create({
        organisationId: organisation.id, year, paymentChoice: input.paymentChoice, termsId: terms.id, termsAcceptedAt: this.clock.now(), createdAt: this.clock.now(),
        totalExclCents: totals.totalExclCents, totalVatCents: totals.totalVatCents, totalInclCents: totals.totalInclCents, createdById: user.id,
        lines: lines.map((l, i) => ({ ...l, catalogueItemId: items[i]!.id, kind: items[i]!.kind })),
      });
      await this.audit.record({
        action: 'subscription.create', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: organisation.id,
        objectType: 'subscription', objectId: id,
        detail: { year, packId: pack.id, optionIds: options.map((o) => o.id), totalInclCents: totals.totalInclCents, termsVersion: terms.version, paymentChoice: input.paymentChoice },
      });
      if (totals.totalInclCents === 0) {
        // Nothing to pay (a free pack): paid at once, with its invoice at 0 €.
        await this.subscriptions.addPaid(id, 0, this.clock.now());
        await this.issue((await this.subscriptions.findById(id, { all: true }))!, 'INVOICE', 'Aucun montant dû.', null);
      }
      return { id, priceNotice: priceChangedMessage(input.shownTotalInclCents, totals.totalInclCents, formatEuros) };
    });
    let checkoutUrl: string | null = null;
    if (input.paymentChoice === 'ONLINE') {
      try {
        checkoutUrl = await this.openCheckout(user, result.id);
      } catch (error) {
        // The subscription stands; the partner can try again from its page or pay offline.
        this.logger.warn(`Stripe Checkout for subscription ${result.id} failed: ${(error as Error).message}`);
      }
    }
    const subscription = (await this.subscriptions.findById(result.id, { all: true }))!;
    return { subscription, priceNotice: result.priceNotice, checkoutUrl };
  }

  /** Opens (again) a Stripe Checkout session for what remains due; returns its URL. */
  async startOnlinePayment(user: SessionUser, subscriptionId: string): Promise<string> {
    await this.load(user, 'subscription.create', subscriptionId);
    if (!this.onlinePayment) throw DomainError.badInput([{ field: 'paymentChoice', message: SUBSCRIPTION_MESSAGES.onlineUnavailable }]);
    try {
      return await this.openCheckout(user, subscriptionId);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      this.logger.warn(`Stripe Checkout for subscription ${subscriptionId} failed: ${(error as Error).message}`);
      throw DomainError.conflict(CHECKOUT_FAILED);
    }
  }

  private async openCheckout(user: SessionUser, subscriptionId: string): Promise<string> {
    const stripe = this.stripe!;
    const { subscription, attempt } = await this.tx.run(async () => {
      await this.subscriptions.lock(subscriptionId);
      const s = (await this.subscriptions.findById(subscriptionId, { all: true }))!;
      if (s.status !== 'AWAITING_PAYMENT' || s.remainingCents <= 0) throw DomainError.conflict(ALREADY_PAID);
      const next = s.checkoutAttempts + 1;
      await this.subscriptions.setCheckout(s.id, s.stripeSessionId, next, s.lastPaymentError);
      return { subscription: s, attempt: next };
    });
    const base = this.env.PUBLIC_URL;
    const session = await stripe.checkout.sessions.create(
      {
        mode: 'payment',
        locale: 'fr',
        client_reference_id: subscription.id,
        customer_email: user.email,
        metadata: { subscriptionId: subscription.id },
        payment_intent_data: { metadata: { subscriptionId: subscription.id } },
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: 'eur',
              unit_amount: subscription.remainingCents,
              product_data: { name: `Pack ${subscription.year} — ${subscription.lines[0]?.label.replace(/^Pack \d{4} — /, '') ?? 'Office de Tourisme du Pays de Gex'}`, description: subscription.lines.map((l) => l.label).join(' ; ').slice(0, 500) },
            },
          },
        ],
        success_url: `${base}/packs?paiement=ok&souscription=${subscription.id}`,
        cancel_url: `${base}/packs?paiement=annule&souscription=${subscription.id}`,
      },
      { idempotencyKey: `subscription-${subscription.id}-checkout-${attempt}` },
    );
    await this.tx.run(() => this.subscriptions.setCheckout(subscription.id, session.id, attempt, null));
    if (!session.url) throw new Error('Stripe returned a session without url');
    return session.url;
  }

  /** Staff record a transfer, cheque or cash payment; the last one that covers the total issues the invoice. */
  recordPayment(user: SessionUser, input: OfflinePaymentInput & { subscriptionId: string }): Promise<SubscriptionView> {
    return this.tx.run(async () => {
      const found = await this.load(user, 'payment.recordOffline', input.subscriptionId);
      await this.subscriptions.lock(found.id);
      const s = (await this.subscriptions.findById(found.id, { all: true }))!;
      if (s.status !== 'AWAITING_PAYMENT') throw DomainError.badInput([{ field: 'amountCents', message: ALREADY_PAID }], ALREADY_PAID);
      const valid = validateOfflinePayment(input, s.remainingCents, today(this.clock.now()));
      if (!valid.ok) throw DomainError.badInput(valid.errors);
      await this.pay(s, { method: valid.value.method, amountCents: valid.value.amountCents, receivedOn: valid.value.receivedOn, reference: valid.value.reference, recordedById: user.id });
      await this.audit.record({
        action: 'payment.recordOffline', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: s.organisationId,
        objectType: 'subscription', objectId: s.id, detail: { method: valid.value.method, amountCents: valid.value.amountCents, receivedOn: valid.value.receivedOn },
      });
      return (await this.subscriptions.findById(s.id, { all: true }))!;
    });
  }

  /**
   * Records money received on a locked, awaiting subscription, inside the caller's transaction;
   * when it covers the total the subscription turns paid and its invoice gets the next number.
   */
  async pay(s: SubscriptionView, p: { method: PackPaymentMethod; amountCents: number; receivedOn: string; reference: string; recordedById: string | null; stripePaymentRef?: string }): Promise<'PAID' | 'PARTIAL'> {
    await this.subscriptions.addPayment({ subscriptionId: s.id, organisationId: s.organisationId, ...p });
    const after = await this.subscriptions.addPaid(s.id, p.amountCents, this.clock.now());
    if (!after) throw DomainError.conflict(ALREADY_PAID);
    if (after.paidCents < after.totalInclCents) return 'PARTIAL';
    const note = `Payée le ${numericFrenchDay(p.receivedOn)} — ${PACK_PAYMENT_METHOD_LABELS[p.method].toLowerCase()}${p.reference ? ` (réf. ${p.reference})` : ''}.`;
    await this.issue(s, 'INVOICE', note, null);
    return 'PAID';
  }

  private async issue(s: SubscriptionView, kind: 'INVOICE' | 'CREDIT_NOTE', note: string, credited: { id: string; number: string } | null): Promise<string> {
    const organisation = (await this.organisations.findById(s.organisationId, { all: true }))!;
    const issuedOn = today(this.clock.now());
    const year = Number(issuedOn.slice(0, 4));
    const sequence = await this.subscriptions.allocateNumber(kind, year);
    const lines = s.lines.map((l) => ({ label: l.label, quantity: 1, unitPriceExclCents: l.unitPriceExclCents, vatRateBp: l.vatRateBp }));
    const totals = computeTotals(lines);
    if (totals.totalInclCents !== s.totalInclCents) throw new Error(`subscription ${s.id}: totals ${totals.totalInclCents} ≠ ${s.totalInclCents}`);
    const content: IssuedInvoice = {
      kind, number: invoiceNumber(kind, year, sequence), issuedOn, creditedNumber: credited?.number ?? null,
      buyer: buyerOf(organisation), year: s.year, lines, totals, paymentNote: note,
    };
    return this.subscriptions.createInvoice({ organisationId: s.organisationId, subscriptionId: s.id, sequence, content, creditedInvoiceId: credited?.id ?? null, sign: kind === 'INVOICE' ? 1 : -1 });
  }

  /** A credit note cancels an invoice (and its subscription); nothing is deleted. */
  cancelInvoice(user: SessionUser, invoiceId: string, reason: string): Promise<SubscriptionView> {
    return this.tx.run(async () => {
      const invoice = await this.access.load(user, 'invoice.cancel', { type: 'invoice', id: invoiceId }, (scope) => this.subscriptions.findInvoice(invoiceId, scope));
      const why = reason.trim();
      if ([...why].length < 3 || [...why].length > 500) throw DomainError.badInput([{ field: 'reason', message: 'Indiquez le motif de l’avoir (3 à 500 caractères).' }]);
      if (invoice.kind !== 'INVOICE') throw DomainError.badInput([{ field: 'invoiceId', message: 'Un avoir ne s’annule pas.' }]);
      await this.subscriptions.lock(invoice.subscriptionId);
      const again = await this.subscriptions.findInvoice(invoiceId, { all: true });
      if (again!.credited) throw DomainError.conflict('Cette facture est déjà annulée par un avoir.');
      const s = (await this.subscriptions.findById(invoice.subscriptionId, { all: true }))!;
      const id = await this.issue(s, 'CREDIT_NOTE', `Avoir annulant la facture ${invoice.number} : ${why}`, { id: invoice.id, number: invoice.number });
      await this.subscriptions.cancel(s.id);
      await this.audit.record({ action: 'invoice.cancel', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: s.organisationId, objectType: 'invoice', objectId: invoice.id, detail: { creditNoteId: id, reason: why } });
      return (await this.subscriptions.findById(s.id, { all: true }))!;
    });
  }

  /** An invoice the caller may download: its organisation's members, or staff. */
  invoiceFor(user: SessionUser, id: string) {
    return this.access.load(user, 'subscription.read', { type: 'invoice', id }, (scope) => this.subscriptions.findInvoice(id, scope));
  }

  private load(user: SessionUser, action: 'subscription.read' | 'subscription.create' | 'payment.recordOffline', id: string): Promise<SubscriptionView> {
    return this.access.load(user, action, { type: 'subscription', id }, (scope) => this.subscriptions.findById(id, scope));
  }

  private loadOrganisation(user: SessionUser, action: 'subscription.read' | 'subscription.create', id: string): Promise<Organisation> {
    return this.access.load(user, action, { type: 'organisation', id }, (scope) => this.organisations.findById(id, scope));
  }
}

export function buyerOf(o: Organisation): IssuedInvoice['buyer'] {
  return { name: o.name, siret: o.siret, street: o.address.street, postalCode: o.address.postalCode, city: o.address.communeName };
}
