import { Module } from '@nestjs/common';

/** Service packs: catalogue, subscriptions, Stripe and offline payments, invoices, renewals, revenue. */
@Module({})
export class PacksModule {}
