import { Controller, Get, Headers, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { DomainError } from '@extranet/domain';
import { FollowUpService } from './follow-up.service.js';
import type { Response } from 'express';
import { Allow, CurrentUser } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { SignedBody, Webhook } from '../common/rest/index.js';
import { facturX } from './invoice-document.js';
import { StripeWebhookService } from './stripe-webhook.service.js';
import { SubscriptionsService } from './subscriptions.service.js';

/** Invoices as Factur-X PDF files: the organisation's members, or staff. */
@Controller('api')
export class InvoicesController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Allow('subscription.read')
  @Get('invoices/:id/pdf')
  async download(@CurrentUser() user: SessionUser, @Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const invoice = await this.subscriptions.invoiceFor(user, id);
    const pdf = await facturX(invoice.content);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(pdf, { type: 'application/pdf', length: pdf.length, disposition: `attachment; filename="${invoice.number}.pdf"` });
  }
}

/** The revenue report as an Excel file, for the office's accountant. */
@Controller('api')
export class RevenueExportController {
  constructor(private readonly followUps: FollowUpService) {}

  @Allow('subscription.list')
  @Get('packs/revenue/:year')
  async export(@CurrentUser() user: SessionUser, @Param('year') yearText: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) throw DomainError.badInput([{ field: 'year', message: 'Année invalide.' }]);
    const file = await this.followUps.revenueWorkbook(user, year);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', length: file.length, disposition: `attachment; filename="chiffre-affaires-packs-${year}.xlsx"` });
  }
}

/** `POST /webhooks/stripe`: the address given to Stripe (Dashboard › Développeurs › Webhooks). */
@Controller('webhooks')
export class StripeWebhookController {
  constructor(private readonly webhooks: StripeWebhookService) {}

  @Webhook()
  @Post('stripe')
  @HttpCode(200)
  receive(@SignedBody() body: Buffer, @Headers('stripe-signature') signature: string | undefined) {
    return this.webhooks.handle(body, signature);
  }
}
