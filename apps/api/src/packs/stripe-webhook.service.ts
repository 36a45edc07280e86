import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@extranet/domain';
import type Stripe from 'stripe';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { STRIPE } from './stripe.provider.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';
import { SubscriptionsService } from './subscriptions.service.js';

/** Seconds a signed webhook stays acceptable (Stripe's own default). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
export const BAD_SIGNATURE = 'Signature Stripe invalide ou expirée.';

/**
 * Stripe's webhooks: the only way a subscription becomes paid online. The signature is checked on
 * the exact bytes received; each event id is stored once (a duplicate is acknowledged and does
 * nothing); the work and the event row commit together, so a failure lets Stripe retry.
 */
@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger('StripeWebhook');

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(STRIPE) private readonly stripe: Stripe | null,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly service: SubscriptionsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async handle(body: Buffer, signature: string | undefined): Promise<{ received: true; outcome: string }> {
    if (!this.stripe || !this.env.STRIPE_WEBHOOK_SECRET) throw DomainError.notFound('Le paiement en ligne n’est pas configuré.');
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(body, signature ?? '', this.env.STRIPE_WEBHOOK_SECRET, WEBHOOK_TOLERANCE_SECONDS);
    } catch {
      throw DomainError.badInput([], BAD_SIGNATURE);
    }
    const outcome = await this.tx.run(async () => {
      const session = event.type.startsWith('checkout.session.') ? (event.data.object as Stripe.Checkout.Session) : null;
      const fresh = await this.subscriptions.recordStripeEvent({ id: event.id, type: event.type, sessionId: session?.id ?? null, outcome: 'received' });
      if (!fresh) return 'duplicate';
      const result = await this.dispatch(event.type, session);
      await this.subscriptions.setStripeEventOutcome(event.id, result);
      return result;
    });
    if (outcome === 'unknown session') this.logger.warn(`Stripe event ${event.id} (${event.type}) for an unknown session: acknowledged, nothing changed`);
    return { received: true, outcome };
  }

  private async dispatch(type: string, session: Stripe.Checkout.Session | null): Promise<string> {
    if (!session) return 'ignored';
    switch (type) {
      case 'checkout.session.completed':
        return session.payment_status === 'paid' ? this.fulfil(session, 'CARD') : this.note(session, null, 'awaiting async payment');
      case 'checkout.session.async_payment_succeeded':
        return this.fulfil(session, 'SEPA_DEBIT');
      case 'checkout.session.async_payment_failed':
        return this.note(session, 'Le prélèvement SEPA a échoué : relancez le paiement en ligne ou réglez par virement ou chèque.', 'payment failed');
      case 'checkout.session.expired':
        return this.expire(session);
      default:
        return 'ignored';
    }
  }

  private async find(session: Stripe.Checkout.Session) {
    const id = await this.subscriptions.findIdBySession(session.id, session.metadata?.['subscriptionId'] ?? session.client_reference_id ?? null);
    if (!id) return null;
    await this.subscriptions.lock(id);
    return this.subscriptions.findById(id, { all: true });
  }

  private async fulfil(session: Stripe.Checkout.Session, method: 'CARD' | 'SEPA_DEBIT'): Promise<string> {
    const s = await this.find(session);
    if (!s) return 'unknown session';
    const ref = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? session.id);
    if (s.status !== 'AWAITING_PAYMENT' || (await this.subscriptions.paymentRefExists(ref))) return 'already fulfilled';
    const amount = Math.min(session.amount_total ?? 0, s.remainingCents);
    if (amount <= 0) return 'nothing due';
    const receivedOn = this.clock.now().toISOString().slice(0, 10);
    const result = await this.service.pay(s, { method, amountCents: amount, receivedOn, reference: ref, recordedById: null, stripePaymentRef: ref });
    await this.subscriptions.setPaymentError(s.id, null);
    return result === 'PAID' ? 'paid' : 'partially paid';
  }

  private async note(session: Stripe.Checkout.Session, error: string | null, outcome: string): Promise<string> {
    const s = await this.find(session);
    if (!s) return 'unknown session';
    if (error && s.status === 'AWAITING_PAYMENT') await this.subscriptions.setPaymentError(s.id, error);
    return outcome;
  }

  private async expire(session: Stripe.Checkout.Session): Promise<string> {
    const s = await this.find(session);
    if (!s) return 'unknown session';
    if (s.status === 'AWAITING_PAYMENT' && s.stripeSessionId === session.id) await this.subscriptions.setCheckout(s.id, null, s.checkoutAttempts, s.lastPaymentError);
    return 'expired';
  }
}
