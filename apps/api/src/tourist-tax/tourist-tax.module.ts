import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { TaxReceiptController } from './tax-receipt.controller.js';
import { TaxRemindersService } from './tax-reminders.service.js';
import { TaxRequestsRepository } from './tax-requests.repository.js';
import { TaxRequestsResolver, TaxStaffTodoRequestsResolver } from './tax-requests.resolver.js';
import { TaxRequestsService } from './tax-requests.service.js';
import { TaxRepository } from './tax.repository.js';
import { TouristTaxResolver } from './tourist-tax.resolver.js';
import { TouristTaxService } from './tourist-tax.service.js';

/** Tourist tax: accommodations (tax accounts), tariffs, declarations, payments, follow-up. */
@Module({
  imports: [OrganisationsModule, MailModule],
  controllers: [TaxReceiptController],
  providers: [TaxRepository, TouristTaxService, TouristTaxResolver, TaxRemindersService, TaxRequestsRepository, TaxRequestsService, TaxRequestsResolver, TaxStaffTodoRequestsResolver],
  exports: [TouristTaxService],
})
export class TouristTaxModule {}
