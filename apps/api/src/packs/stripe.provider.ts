import type { Provider } from '@nestjs/common';
import type Stripe from 'stripe';
import { ENV, type Env } from '../config/env.js';

/**
 * The Stripe client, or null when the keys are not set (online payment hidden). The SDK is loaded
 * only when it is configured: it costs about a second of start-up otherwise.
 */
export const STRIPE = Symbol('STRIPE');

export const stripeProvider: Provider = {
  provide: STRIPE,
  inject: [ENV],
  useFactory: async (env: Env): Promise<Stripe | null> => {
    if (!env.STRIPE_SECRET_KEY) return null;
    const { default: StripeClient } = await import('stripe');
    const options: Stripe.StripeConfig = { maxNetworkRetries: 2, timeout: 20_000, appInfo: { name: 'extranet-partenaires-ot' } };
    if (env.STRIPE_API_URL) {
      const url = new URL(env.STRIPE_API_URL);
      Object.assign(options, { host: url.hostname, port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)), protocol: url.protocol.replace(':', '') as 'http' | 'https' });
    }
    return new StripeClient(env.STRIPE_SECRET_KEY, options);
  },
};
