import { Inject, Injectable } from '@nestjs/common';
import { DomainError, MONTH_LABELS, OVERDUE_AFTER_DAYS, revenueByItem, type RevenueRow } from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { MailService } from '../mail/mail.service.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';
import { euros } from './money-format.js';

/** The office's follow-up of packs: renewals, subscriptions unpaid after 30 days, reminders, revenue. */
@Injectable()
export class FollowUpService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async followUp(user: SessionUser, year: number) {
    await this.access.check(user, 'subscription.list');
    const before = new Date(this.clock.now().getTime() - OVERDUE_AFTER_DAYS * 86_400_000);
    const [renewals, overdue] = [await this.subscriptions.renewals(year), await this.subscriptions.overdue(year, before)];
    return { year, renewals: renewals.map((r) => ({ ...r, renewed: r.status !== null })), overdue };
  }

  /** One e-mail to the organisation's owners: the payment awaited for `year`, or an invitation to choose its pack. */
  sendReminder(user: SessionUser, organisationId: string, year: number): Promise<number> {
    return this.tx.run(async () => {
      const organisation = await this.access.load(user, 'subscription.remind', { type: 'organisation', id: organisationId }, (scope) => this.organisations.findById(organisationId, scope));
      const live = (await this.subscriptions.forOrganisation(organisation.id)).find((s) => s.year === year && s.status !== 'CANCELLED');
      if (live?.status === 'PAID') throw DomainError.badInput([{ field: 'organisationId', message: `Le pack ${year} de ce partenaire est déjà payé : rien à relancer.` }]);
      const owners = await this.subscriptions.owners(organisation.id);
      if (owners.length === 0) throw DomainError.badInput([{ field: 'organisationId', message: 'Ce partenaire n’a pas de responsable actif à qui écrire.' }]);
      const link = `${this.env.PUBLIC_URL}/packs/organisation/${organisation.id}?annee=${year}`;
      for (const owner of owners) {
        await this.mail.enqueue('pack-staff-reminder', owner.email, { name: owner.name, organisationName: organisation.name, year, remaining: live ? euros(live.remainingCents) : null, link });
      }
      await this.audit.record({ action: 'subscription.remind', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: organisation.id, objectType: 'organisation', objectId: organisation.id, detail: { year, payment: Boolean(live), emails: owners.length } });
      return owners.length;
    });
  }

  async revenue(user: SessionUser, year: number): Promise<RevenueRow[]> {
    await this.access.check(user, 'subscription.list');
    const lines = await this.subscriptions.revenueLines(year);
    return revenueByItem(lines.map((l) => ({ ...l, month: l.at.getUTCMonth() + 1 })));
  }

  /** The revenue report as an Excel workbook (exceljs): one sheet, a row per pack or option, HT. */
  async revenueWorkbook(user: SessionUser, year: number): Promise<Buffer> {
    const rows = await this.revenue(user, year);
    const { default: ExcelJS } = await import('exceljs'); // loaded on first export, not at start
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Extranet partenaires — Office de Tourisme du Pays de Gex';
    workbook.created = this.clock.now();
    const sheet = workbook.addWorksheet(`Packs ${year}`);
    sheet.columns = [
      { header: 'Type', key: 'kind', width: 10 },
      { header: 'Pack ou option', key: 'name', width: 48 },
      { header: 'État', key: 'state', width: 14 },
      ...MONTH_LABELS.map((m, i) => ({ header: m, key: `m${i}`, width: 11 })),
      { header: 'Total HT (€)', key: 'total', width: 14 },
    ];
    for (const row of rows) {
      for (const [state, months, total] of [['Payé', row.paidByMonth, row.paidCents], ['En attente', row.awaitingByMonth, row.awaitingCents]] as const) {
        sheet.addRow({ kind: row.kind === 'PACK' ? 'Pack' : 'Option', name: row.itemName, state, ...Object.fromEntries(months.map((v, i) => [`m${i}`, v / 100])), total: total / 100 });
      }
    }
    sheet.getRow(1).font = { bold: true };
    for (let c = 4; c <= 16; c++) sheet.getColumn(c).numFmt = '#,##0.00';
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
