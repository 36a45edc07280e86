import { Controller, Get, Param, ParseIntPipe, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@extranet/domain';
import { Allow, CurrentUser } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { IdPipe } from '../common/id.pipe.js';
import { receiptNumber, renderFormalNotice, renderTaxReceipt } from './tax-receipt.js';
import { TouristTaxService } from './tourist-tax.service.js';

/** `GET /api/tourist-tax/declarations/:id/receipt.pdf`: the declaration's PDF receipt, to whoever may read it. */
@Controller('api/tourist-tax')
export class TaxReceiptController {
  constructor(private readonly service: TouristTaxService) {}

  @Allow('touristTax.read')
  @Get('declarations/:id/receipt.pdf')
  async receipt(@CurrentUser() user: SessionUser, @Param('id', IdPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { declaration, organisationName } = await this.service.receipt(user, id);
    const pdf = await renderTaxReceipt(declaration, organisationName);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(pdf, { type: 'application/pdf', length: pdf.length, disposition: `attachment; filename="recu-taxe-de-sejour-${receiptNumber(declaration)}.pdf"` });
  }

  /** `GET /api/tourist-tax/accommodations/:id/formal-notice.pdf?year=&quarter=`: staff's formal notice, 30 days late or more. */
  @Allow('touristTax.followUp')
  @Get('accommodations/:id/formal-notice.pdf')
  async formalNotice(
    @CurrentUser() user: SessionUser,
    @Param('id', IdPipe) id: string,
    @Query('year', ParseIntPipe) year: number,
    @Query('quarter', ParseIntPipe) quarter: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const notice = await this.service.formalNotice(user, id, year, quarter);
    const pdf = await renderFormalNotice(notice);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(pdf, { type: 'application/pdf', length: pdf.length, disposition: `attachment; filename="mise-en-demeure-${year}-T${quarter}.pdf"` });
  }

  /** `GET /api/tourist-tax/statistics/:year.xlsx`: the statistics and forecast of a year as an Excel workbook, for staff. */
  @Allow('touristTax.followUp')
  @Get('statistics/:file')
  async statistics(@CurrentUser() user: SessionUser, @Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const match = /^(\d{4})\.xlsx$/.exec(file);
    if (!match) throw DomainError.notFound();
    const year = Number(match[1]);
    const xlsx = await this.service.statisticsWorkbook(user, year);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(xlsx, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', length: xlsx.length, disposition: `attachment; filename="taxe-de-sejour-statistiques-${year}.xlsx"` });
  }
}
