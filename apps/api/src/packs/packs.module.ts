import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { CatalogueRepository } from './catalogue.repository.js';
import { CatalogueService } from './catalogue.service.js';
import { PackRemindersRepository } from './pack-reminders.repository.js';
import { PackRemindersService } from './pack-reminders.service.js';
import { InvoicesController, RevenueExportController, StripeWebhookController } from './packs.controller.js';
import { FollowUpService } from './follow-up.service.js';
import { InvoiceSummaryResolver, PacksResolver } from './packs.resolver.js';
import { stripeProvider } from './stripe.provider.js';
import { StripeWebhookService } from './stripe-webhook.service.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';
import { SubscriptionsService } from './subscriptions.service.js';

/** Service packs: catalogue, subscriptions, Stripe and offline payments, invoices, renewals, revenue. */
@Module({
  imports: [OrganisationsModule, MailModule],
  controllers: [InvoicesController, RevenueExportController, StripeWebhookController],
  providers: [stripeProvider, CatalogueRepository, SubscriptionsRepository, CatalogueService, SubscriptionsService, StripeWebhookService, PacksResolver, InvoiceSummaryResolver, PackRemindersRepository, PackRemindersService, FollowUpService],
})
export class PacksModule {}
