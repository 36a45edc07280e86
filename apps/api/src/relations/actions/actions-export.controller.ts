import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { CATEGORY_LABELS, REGISTRATION_STATUS_LABELS } from '@extranet/domain';
import type { Response } from 'express';
import { Allow, CurrentUser } from '../../common/auth/decorators.js';
import type { SessionUser } from '../../common/auth/session-user.js';
import { IdPipe } from '../../common/id.pipe.js';
import { ActionsService } from './actions.service.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A spreadsheet-safe file name: letters, digits and dashes. */
function fileName(title: string): string {
  const slug = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).toLowerCase();
  return `inscriptions-${slug || 'action'}.xlsx`;
}

/** Staff download an action's registrations as XLSX (GraphQL does not carry files). */
@Controller('api/promotion-actions')
export class ActionsExportController {
  constructor(private readonly actions: ActionsService) {}

  @Allow('promotionAction.manage')
  @Get(':id/registrations.xlsx')
  async export(@CurrentUser() user: SessionUser, @Param('id', IdPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { action, rows } = await this.actions.registrations(user, id);
    const { default: ExcelJS } = await import('exceljs'); // loaded on first export, not at start
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Extranet partenaires — Office de Tourisme du Pays de Gex';
    const sheet = workbook.addWorksheet('Inscriptions');
    sheet.columns = [
      { header: 'Organisation', key: 'organisation', width: 36 },
      { header: 'Catégorie', key: 'category', width: 24 },
      { header: 'Commune', key: 'commune', width: 22 },
      { header: 'Courriel', key: 'email', width: 30 },
      { header: 'Statut', key: 'status', width: 20 },
      { header: 'Rang en liste d’attente', key: 'position', width: 12 },
      { header: 'Inscrite le', key: 'queuedAt', width: 20 },
      { header: 'Participation (€)', key: 'cost', width: 16 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const r of rows) {
      sheet.addRow({
        organisation: r.organisationName,
        category: CATEGORY_LABELS[r.category],
        commune: r.communeName,
        email: r.organisationEmail ?? '',
        status: REGISTRATION_STATUS_LABELS[r.status],
        position: r.waitingPosition ?? '',
        queuedAt: r.queuedAt,
        // Money is cents everywhere; the sheet shows euros as a number staff can add up.
        cost: r.status === 'REGISTERED' && action.partnerCostCents !== null ? action.partnerCostCents / 100 : '',
      });
    }
    sheet.getColumn('queuedAt').numFmt = 'dd/mm/yyyy hh:mm';
    sheet.getColumn('cost').numFmt = '#,##0.00';
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(buffer, { type: XLSX_TYPE, length: buffer.length, disposition: `attachment; filename="${fileName(action.title)}"` });
  }
}
