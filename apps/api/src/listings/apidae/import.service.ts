import { Injectable } from '@nestjs/common';
import {
  APIDAE_SKIP,
  describeListingErrors,
  DomainError,
  fromApidae,
  mergeApidaeImport,
  sameValue,
  validateListing,
  type ApidaeImportReport,
  type ListingType,
} from '@extranet/domain';
import { AuditService } from '../../audit/audit.service.js';
import { AccessService } from '../../common/auth/access.service.js';
import type { SessionUser } from '../../common/auth/session-user.js';
import { Clock } from '../../common/clock.js';
import { TransactionRunner } from '../../prisma/transaction-runner.js';
import { ListingsRepository } from '../listings.repository.js';
import { ListingsService } from '../listings.service.js';
import { openApidaeFile, type ApidaeFile } from './apidae-file.js';
import { ApidaeRepository } from './apidae.repository.js';

export const NO_OFFICE = 'Aucune organisation de catégorie « Office de tourisme » : créez celle de l’office avant d’importer, elle recevra les fiches sans partenaire.';
export const CHANGED_DURING_IMPORT = 'La fiche a été modifiée pendant l’import : relancez l’import pour la mettre à jour.';

/** Who runs an import: a staff member through the upload, or someone at the server's shell (CLI). */
export interface ImportSource {
  user: SessionUser | null;
  fileName: string;
  via: 'upload' | 'cli';
}

type Outcome = 'created' | 'updated' | 'unchanged' | { skipped: string };

/**
 * Imports Apidae objects as published listings, each object in its own transaction: a broken
 * object is listed with its reason and the others are saved. Matched on the Apidae id, so a
 * re-import updates; a listing with a partner's request waiting for review is left alone.
 */
@Injectable()
export class ApidaeImportService {
  constructor(
    private readonly apidae: ApidaeRepository,
    private readonly listings: ListingsRepository,
    private readonly listingsService: ListingsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async importUpload(user: SessionUser, upload: { path: string; originalname: string }): Promise<ApidaeImportReport> {
    await this.access.check(user, 'listing.import');
    // The file is judged whole first (not JSON, not Apidae: a French error, nothing saved).
    const file = await openApidaeFile(upload.path);
    return this.importFile(file, { user, fileName: upload.originalname, via: 'upload' });
  }

  /** Imports a file opened with openApidaeFile (the CLI opens it before it touches the database). */
  async importFile(file: ApidaeFile, source: ImportSource): Promise<ApidaeImportReport> {
    const officeId = await this.apidae.officeOrganisationId();
    if (!officeId) throw DomainError.badInput([], NO_OFFICE);
    const frequencies = await this.listings.frequencies();
    const report: ApidaeImportReport = { created: 0, updated: 0, unchanged: 0, skipped: [] };

    for (const part of file.parts()) {
      if ('error' in part) {
        report.skipped.push({ apidaeId: null, name: part.label, reason: part.error });
        continue;
      }
      for (const raw of part.objects) {
        const item = fromApidae(raw, file.communes);
        if (!item.ok) {
          report.skipped.push({ apidaeId: item.apidaeId, name: item.name, reason: item.reason });
          continue;
        }
        let outcome: Outcome;
        try {
          outcome = await this.importOne(item, officeId, frequencies, source);
        } catch (error) {
          // A race with another import or a partner (unique id, concurrent change) costs this object only.
          if (!(error instanceof DomainError)) throw error;
          outcome = { skipped: error.message };
        }
        if (typeof outcome === 'object') report.skipped.push({ apidaeId: item.apidaeId, name: item.name, reason: outcome.skipped });
        else report[outcome] += 1;
      }
    }

    await this.audit.record({
      action: 'listing.import', outcome: 'SUCCESS', actorUserId: source.user?.id, actorEmail: source.user?.email,
      detail: { via: source.via, file: source.fileName, created: report.created, updated: report.updated, unchanged: report.unchanged, skipped: report.skipped.length },
    });
    return report;
  }

  private importOne(
    item: Extract<ReturnType<typeof fromApidae>, { ok: true }>,
    officeId: string,
    frequencies: Partial<Record<ListingType, number>>,
    source: ImportSource,
  ): Promise<Outcome> {
    return this.tx.run(async () => {
      const now = this.clock.now();
      // Freshness counts from Apidae's last change, never from the future, never backwards.
      const changedAt = item.modifiedAt && item.modifiedAt < now ? item.modifiedAt : now;
      const existing = await this.apidae.findByApidaeId(item.apidaeId);

      if (!existing) {
        const created = await this.listings.create({
          organisationId: officeId, type: item.type, content: item.content, ...this.listingsService.freshnessDates(item.type, changedAt, frequencies),
        });
        await this.apidae.link(created.id, { apidaeId: item.apidaeId, type: item.type, extra: item.extra });
        await this.record(source, 'created', created.id, created.organisationId, item.apidaeId);
        return 'created';
      }

      if (existing.hasOpenRequest) return { skipped: APIDAE_SKIP.pendingRequest };
      const merged = validateListing(item.type, mergeApidaeImport(existing, item));
      if (!merged.ok) return { skipped: describeListingErrors(merged.errors) };
      if (existing.type === item.type && sameValue(existing.content, merged.value) && sameValue(existing.extra, item.extra)) return 'unchanged';

      const confirmedAt = changedAt > existing.lastConfirmedAt ? changedAt : existing.lastConfirmedAt;
      const published = await this.listings.publish(existing.id, existing.version, merged.value, this.listingsService.freshnessDates(item.type, confirmedAt, frequencies));
      if (!published) return { skipped: CHANGED_DURING_IMPORT };
      await this.apidae.link(existing.id, { apidaeId: item.apidaeId, type: item.type, extra: item.extra });
      await this.record(source, 'updated', existing.id, published.organisationId, item.apidaeId);
      return 'updated';
    });
  }

  private record(source: ImportSource, outcome: 'created' | 'updated', listingId: string, organisationId: string, apidaeId: number) {
    return this.audit.record({
      action: 'listing.importApidae', outcome: 'SUCCESS', actorUserId: source.user?.id, actorEmail: source.user?.email,
      organisationId, objectType: 'listing', objectId: listingId, detail: { apidaeId, outcome, via: source.via },
    });
  }
}
